/**
 * Whole processes, measured: wall time from spawn to exit, CPU time and peak RSS (through peak-rss.mjs), with
 * the old-space cap `npm start` and the CLI use (MTTQ_HEAP_MB, default 256 MB).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = resolve(import.meta.dirname, '..');
const PEAK_RSS = join(ROOT, 'bench/peak-rss.mjs');

export interface Measured {
  ok: boolean;
  ms: number;
  /** CPU time of the process, user + system, every thread (ms). */
  cpuMs: number;
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

/** The heap cap of `npm start` and the CLI. */
export const HEAP_MB = Number(process.env.MTTQ_HEAP_MB ?? 256);

let runs = 0;

/** Runs `node --max-old-space-size=HEAP_MB [extra] script args…`, feeding `input` on stdin. */
export function measure(
  script: string,
  args: string[],
  options: { input?: string; nodeArgs?: string[] } = {},
): Promise<Measured> {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${runs++}`);
  const argv = [
    `--max-old-space-size=${HEAP_MB}`,
    '--import',
    PEAK_RSS,
    ...(options.nodeArgs ?? []),
    script,
    ...args,
  ];
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, {
      cwd: ROOT,
      env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const usage = existsSync(rssFile)
        ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { rssMb: number; cpuMs: number })
        : { rssMb: Number.NaN, cpuMs: Number.NaN };
      rmSync(rssFile, { force: true });
      done({ ok: code === 0, ms, cpuMs: usage.cpuMs, peakRssMb: usage.rssMb, stdout, stderr });
    });
  });
}

/** The CLI as `npm run cli` runs it, without npm's own start-up. */
export const cli = (args: string[], input?: string) =>
  measure(join(ROOT, 'scripts/start.mjs'), ['cli', ...args], { input });
