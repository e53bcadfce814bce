/**
 * Child process of the benchmark: opens a data directory cold, answers every question, and prints
 * one JSON line with the timings and peak RSS. `--baseline` measures the plain MiniSearch baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { Engine } from '../src/engine.ts';

const [mode, dataDir, questionsFile] = process.argv.slice(2) as [string, string, string];
const questions = readFileSync(questionsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const t0 = performance.now();
let ask: (q: string) => unknown;
if (mode === 'baseline') {
  const mini = MiniSearch.loadJSON(readFileSync(join(dataDir, 'baseline.json'), 'utf8'), {
    fields: ['text'],
    storeFields: ['text', 'articleId'],
  });
  ask = (q) => mini.search(q)[0];
} else {
  const engine = await Engine.open({ dataDir });
  ask = (q) => engine.ask(q);
}
const coldStartMs = performance.now() - t0;

// warm up once, then measure every question several times
for (const q of questions) ask(q);
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of questions) {
    const s = performance.now();
    ask(q);
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    coldStartMs,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
