/**
 * `npm run bench [-- SCALE…]` — a benchmark, not a test. For each scale (default 1 100 1000; 1× is
 * the 5 seed and 16 dev articles, N× a synthetic archive N times that, see synthetic-corpus.ts), with
 * whole processes at default settings (the CLI as `npm run cli` runs it, heap capped at
 * MTTQ_HEAP_MB, default 256 MB) and beside it the plain MiniSearch baseline (baseline.ts):
 *  - ingest: articles per second and peak RSS;
 *  - cold `ask` (one question, a fresh process), marginal time per question (one process, every
 *    question) and the peak RSS of that process;
 *  - in-process p50/p99 per question;
 *  - adding 10 articles: time beyond process start and the segments rewritten;
 *  - beside the wall times, CPU times (what a machine shared with other work inflates least).
 * The machine's load is printed before and after: concurrent work inflates every timing.
 * Corpora are kept in $BENCH_DIR (default: the system's temp folder) between runs.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readManifest } from '../src/store/manifest.ts';
import type { Latency } from './latency.ts';
import { cli, HEAP_MB, type Measured, measure, ROOT } from './processes.ts';
import { variant, writeSyntheticCorpus } from './synthetic-corpus.ts';

const EVAL = join(ROOT, '../shared/eval');
const SEEDS = join(ROOT, 'seeds');
const DEV = join(EVAL, 'dev/articles');
const scales = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (!scales.length) scales.push(1, 100, 1000);
const work = process.env.BENCH_DIR ?? join(tmpdir(), 'mttq-bench');
mkdirSync(work, { recursive: true });

interface Row {
  corpus: string;
  system: string;
  articles: number;
  ingestPerSec?: number;
  ingestRssMb?: number;
  coldAskS?: number;
  marginalMs?: number;
  askRssMb?: number;
  p50Ms?: number;
  p99Ms?: number;
  /** The same in CPU time (user + system, every thread of the process): what a busy machine inflates least. */
  ingestCpuS?: number;
  coldAskCpuS?: number;
  marginalCpuMs?: number;
  p99CpuMs?: number;
  note?: string;
}

/** Every question of the shared sets, one {"q"} per line. */
function questions(): string[] {
  const files = ['seeds/qa.jsonl', 'dev/qa.jsonl', 'dev2/qa.jsonl']
    .map((f) => join(EVAL, f))
    .filter(existsSync);
  const lines = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim()),
  );
  if (!lines.length) lines.push(JSON.stringify({ q: 'ai là cụm trưởng năm 2024?' }));
  return lines.map((l) => JSON.stringify({ q: (JSON.parse(l) as { q: string }).q }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function check(m: Measured, what: string): Measured {
  if (!m.ok) process.stderr.write(`${what} failed:\n${m.stderr.slice(-2000)}\n`);
  return m;
}

/** 10 articles the archive does not have yet: copies of the first ten, as copy number `scale`. */
function tenNewArticles(scale: number): string {
  const dir = join(work, `add10-${scale}x`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(SEEDS)
    .map((f) => join(SEEDS, f))
    .concat(existsSync(DEV) ? readdirSync(DEV).map((f) => join(DEV, f)) : [])
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 10);
  for (const f of files)
    writeFileSync(
      join(dir, `new${scale}-${f.split('/').pop()}`),
      variant(readFileSync(f, 'utf8'), scale + 1),
    );
  return dir;
}

async function benchEngine(scale: number, corpus: string, articles: number, qs: string[], qFile: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
  try {
    const ingest = check(await cli(['ingest', '--data-dir', dataDir, corpus]), 'engine ingest');
    if (!ingest.ok)
      return { row: { corpus: `${scale}×`, system: 'engine', articles, note: 'ingest failed' } };
    const cold: Measured[] = [];
    for (const line of qs.slice(0, 3)) {
      const q = (JSON.parse(line) as { q: string }).q;
      cold.push(check(await cli(['ask', '--data-dir', dataDir, q]), 'engine ask'));
    }
    const one = check(
      await cli(['ask', '--data-dir', dataDir, '--jsonl'], `${qs[0]}\n`),
      'engine ask --jsonl',
    );
    const all = check(
      await cli(['ask', '--data-dir', dataDir, '--jsonl'], `${qs.join('\n')}\n`),
      'engine ask --jsonl',
    );
    const inProcess = check(
      await measure(join(ROOT, 'bench/measure-engine.ts'), [dataDir, qFile], {
        nodeArgs: ['--import', 'tsx'],
      }),
      'engine latency',
    );
    const latency = inProcess.ok
      ? (JSON.parse(inProcess.stdout.trim().split('\n').pop() as string) as Latency)
      : undefined;
    // adding 10 articles: beyond what a process that opens the store and writes nothing takes
    const before = readManifest(dataDir);
    const start = check(await cli(['stats', '--data-dir', dataDir]), 'engine stats');
    const add = check(await cli(['ingest', '--data-dir', dataDir, tenNewArticles(scale)]), 'engine add 10');
    const after = readManifest(dataDir);
    const rewritten =
      after?.segments.filter((s) =>
        before?.segments.some((b) => b.id === s.id && b.generation !== s.generation),
      ).length ?? 0;
    const created = after?.segments.filter((s) => !before?.segments.some((b) => b.id === s.id)).length ?? 0;
    return {
      row: {
        corpus: `${scale}×`,
        system: 'engine',
        articles,
        ingestPerSec: articles / (ingest.ms / 1000),
        ingestRssMb: ingest.peakRssMb,
        coldAskS: median(cold.map((m) => m.ms)) / 1000,
        marginalMs: (all.ms - one.ms) / Math.max(1, qs.length - 1),
        askRssMb: all.peakRssMb,
        p50Ms: latency?.p50Ms,
        p99Ms: latency?.p99Ms,
        ingestCpuS: ingest.cpuMs / 1000,
        coldAskCpuS: median(cold.map((m) => m.cpuMs)) / 1000,
        marginalCpuMs: (all.cpuMs - one.cpuMs) / Math.max(1, qs.length - 1),
        p99CpuMs: latency?.p99CpuMs,
      } satisfies Row,
      add10: {
        beyondStartS: (add.ms - start.ms) / 1000,
        beyondStartCpuS: (add.cpuMs - start.cpuMs) / 1000,
        startS: start.ms / 1000,
        rewritten,
        created,
        segments: after?.segments.length ?? 0,
      },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchBaseline(
  scale: number,
  corpus: string,
  articles: number,
  qs: string[],
  qFile: string,
  bundle: string,
): Promise<Row> {
  const out = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  try {
    const made = check(await measure(bundle, ['build', out, corpus]), 'baseline build');
    if (!made.ok)
      return {
        corpus: `${scale}×`,
        system: 'baseline',
        articles,
        note: `build failed at ${HEAP_MB} MB heap`,
      };
    const cold: Measured[] = [];
    for (const line of qs.slice(0, 3))
      cold.push(check(await measure(bundle, ['ask', out], { input: `${line}\n` }), 'baseline ask'));
    const one = check(await measure(bundle, ['ask', out], { input: `${qs[0]}\n` }), 'baseline ask');
    const all = check(await measure(bundle, ['ask', out], { input: `${qs.join('\n')}\n` }), 'baseline ask');
    const inProcess = check(await measure(bundle, ['latency', out, qFile]), 'baseline latency');
    const latency = inProcess.ok ? (JSON.parse(inProcess.stdout.trim()) as Latency) : undefined;
    return {
      corpus: `${scale}×`,
      system: 'baseline',
      articles,
      ingestPerSec: articles / (made.ms / 1000),
      ingestRssMb: made.peakRssMb,
      coldAskS: all.ok ? median(cold.map((m) => m.ms)) / 1000 : undefined,
      marginalMs: all.ok ? (all.ms - one.ms) / Math.max(1, qs.length - 1) : undefined,
      askRssMb: all.ok ? all.peakRssMb : undefined,
      p50Ms: latency?.p50Ms,
      p99Ms: latency?.p99Ms,
      ingestCpuS: made.cpuMs / 1000,
      coldAskCpuS: all.ok ? median(cold.map((m) => m.cpuMs)) / 1000 : undefined,
      marginalCpuMs: all.ok ? (all.cpuMs - one.cpuMs) / Math.max(1, qs.length - 1) : undefined,
      p99CpuMs: latency?.p99CpuMs,
      note: all.ok ? undefined : `ask failed at ${HEAP_MB} MB heap`,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

process.stderr.write(`load average before: ${load()} (2 cores: anything above ~1 inflates the timings)\n`);
const qs = questions();
const qFile = join(work, 'questions.jsonl');
writeFileSync(qFile, `${qs.join('\n')}\n`);
const bundle = join(ROOT, 'dist/bench-baseline.mjs');
await build({
  entryPoints: [join(ROOT, 'bench/baseline.ts')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// the CLI's own build, made before anything is timed
const { ensureBuilt } = (await import(join(ROOT, 'scripts/build.mjs'))) as {
  ensureBuilt: () => Promise<string>;
};
await ensureBuilt();

const rows: Row[] = [];
const adds: string[] = [];
for (const scale of scales) {
  const corpus = join(work, `corpus-${scale}x`);
  const articles = writeSyntheticCorpus(existsSync(DEV) ? [SEEDS, DEV] : [SEEDS], corpus, scale);
  process.stderr.write(`${scale}×: ${articles} articles… (load average ${load()})\n`);
  const engine = await benchEngine(scale, corpus, articles, qs, qFile);
  rows.push({ ...engine.row, note: [engine.row.note, `load ${load()}`].filter(Boolean).join('; ') });
  if (engine.add10)
    adds.push(
      `| ${scale}× | ${fmt(engine.add10.beyondStartS, 2)} s | ${fmt(engine.add10.beyondStartCpuS, 2)} s | ${fmt(engine.add10.startS, 2)} s | ${engine.add10.rewritten} rewritten, ${engine.add10.created} new, of ${engine.add10.segments} |`,
    );
  rows.push(await benchBaseline(scale, corpus, articles, qs, qFile, bundle));
  process.stderr.write(`${scale}×: done (load average ${load()})\n`);
}

console.log(`\n${qs.length} questions; heap capped at ${HEAP_MB} MB; load average after: ${load()}\n`);
console.log(
  '| corpus | system | articles | ingest art/s | ingest peak RSS MB | cold ask s | marginal ms/question | ask peak RSS MB | in-process p50 ms | p99 ms | |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.corpus} | ${r.system} | ${r.articles} | ${fmt(r.ingestPerSec)} | ${fmt(r.ingestRssMb)} | ${fmt(r.coldAskS, 2)} | ${fmt(r.marginalMs, 1)} | ${fmt(r.askRssMb)} | ${fmt(r.p50Ms, 1)} | ${fmt(r.p99Ms, 1)} | ${r.note ?? ''} |`,
  );
console.log(
  '\nThe same in CPU time (user + system, every thread; ingest uses both cores, so its wall time on an idle machine is about half its CPU time at best):\n',
);
console.log(
  '| corpus | system | ingest CPU s | ingest art per CPU s | cold ask CPU s | marginal CPU ms/question | in-process p99 CPU ms |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.corpus} | ${r.system} | ${fmt(r.ingestCpuS, 1)} | ${fmt(r.ingestCpuS ? r.articles / r.ingestCpuS : undefined)} | ${fmt(r.coldAskCpuS, 2)} | ${fmt(r.marginalCpuMs, 1)} | ${fmt(r.p99CpuMs, 1)} |`,
  );
console.log(
  '\nAdding 10 articles to the archive (CLI ingest), beyond a process that opens it and writes nothing (`stats`):\n',
);
console.log('| corpus | beyond start | beyond start, CPU | start | segments |');
console.log('|---|---|---|---|---|');
for (const a of adds) console.log(a);
