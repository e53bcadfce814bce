/**
 * The precompiled JavaScript that `npm start` and `npm run cli` run (tsx stays for tests and
 * development): src/ bundled by esbuild into dist/<hash of the sources>/ — main.js, cli.js and the
 * ingestion workers' pool-worker.js and worker-tasks.js, with shared chunks; npm packages stay
 * external. A build is named by the hash of what it was built from, so it is never stale: when
 * the sources change, the next start builds again (about a second). `npm install` builds through
 * `prepare`; `node scripts/build.mjs` builds by hand.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const ENTRIES = {
  main: 'src/main.ts',
  cli: 'src/cli/main.ts',
  'pool-worker': 'src/ingest/pool-worker.ts',
  'worker-tasks': 'src/ingest/worker-tasks.ts',
};
/** Builds kept besides the current one: a running bot may still start workers from its own. */
const KEEP = 2;

function files(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

/** Hash of every source file (path and content) and of this script. */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...files(SRC), fileURLToPath(import.meta.url)]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the build of the current sources, built first when there is none. */
export async function ensureBuilt(log = (message) => process.stderr.write(message)) {
  const hash = sourceHash();
  const dir = join(DIST, hash);
  if (existsSync(join(dir, '.complete'))) return dir;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      `src/ has no build in dist/ and esbuild is not installed: run "npm install" (with dev dependencies) first`,
    );
  }
  log('building src/ (the sources changed since the last build)…\n');
  mkdirSync(DIST, { recursive: true });
  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  await bundle(ENTRIES, temp, esbuild);
  writeFileSync(join(temp, '.complete'), `${hash}\n`);
  try {
    renameSync(temp, dir);
  } catch (err) {
    // another process built the same sources at the same time: use its build
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(join(dir, '.complete'))) throw err;
  }
  prune(hash);
  return dir;
}

/**
 * Bundles entry points ({ name: path }) into `outdir` as the build does: one file per entry at the
 * top (the ingestion workers are found beside the code that starts them), shared chunks, npm packages
 * external. Tests use it to run a fixture as fast as the CLI starts.
 */
export async function bundle(entries, outdir, esbuild) {
  const { build } = esbuild ?? (await import('esbuild'));
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

/** The ingestion workers' entries, which every bundle that ingests needs beside it. */
export const WORKER_ENTRIES = {
  'pool-worker': ENTRIES['pool-worker'],
  'worker-tasks': ENTRIES['worker-tasks'],
};

/** Removes older builds, keeping the newest few. */
function prune(current) {
  const builds = readdirSync(DIST)
    .filter((name) => name !== current && /^[0-9a-f]{16}$/.test(name))
    .map((name) => ({ name, mtime: statSync(join(DIST, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP)) rmSync(join(DIST, old.name), { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = await ensureBuilt();
  process.stderr.write(`built ${relative(ROOT, dir)}\n`);
}
