/**
 * `npm run bench` — a benchmark, not a test. At 1× (seeds + dev articles) and at a synthetic 100×
 * corpus, for the engine and for a plain MiniSearch baseline (default tokenizer, best sentence):
 * ingest throughput, cold start (opening the data directory in a fresh process), p50/p99 answer
 * latency in-process over all evaluation questions, peak RSS — and the engine/baseline ratios.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { Engine } from '../src/engine.ts';
import { parseArticle } from '../src/ingest/parse-article.ts';
import { readSources } from '../src/ingest/read-sources.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EVAL = resolve(ROOT, '../shared/eval');
const DEV = join(EVAL, 'dev/articles');

interface Row {
  corpus: string;
  system: string;
  articles: number;
  ingestPerSec: number;
  coldStartMs: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
}

function questionsFile(dir: string): string {
  const files = [join(EVAL, 'seeds/qa.jsonl'), join(EVAL, 'dev/qa.jsonl')].filter(existsSync);
  const lines = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim()),
  );
  if (!lines.length)
    lines.push(
      JSON.stringify({ q: 'ai là cụm trưởng năm 2024?' }),
      JSON.stringify({ q: 'how many houses were built?' }),
    );
  const out = join(dir, 'questions.jsonl');
  writeFileSync(out, `${lines.join('\n')}\n`);
  return out;
}

function measure(
  mode: string,
  dataDir: string,
  questions: string,
): Omit<Row, 'corpus' | 'system' | 'articles' | 'ingestPerSec'> {
  // measured as `npm start` and the CLI run: with the same old-space cap (MTTQ_HEAP_MB, default 256)
  const heap = `--max-old-space-size=${process.env.MTTQ_HEAP_MB ?? 256}`;
  const r = spawnSync(
    process.execPath,
    [heap, '--import', 'tsx', join(ROOT, 'bench/measure-engine.ts'), mode, dataDir, questions],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`measure failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}

async function benchCorpus(name: string, paths: string[], work: string): Promise<Row[]> {
  const questions = questionsFile(work);
  const engineDir = join(work, `${name}-engine`);
  const t0 = performance.now();
  const engine = await Engine.open({ dataDir: engineDir });
  const reports = await engine.ingestPaths(paths);
  const engineSecs = (performance.now() - t0) / 1000;

  // baseline: the same articles, plain MiniSearch over sentences with its default tokenizer
  const baseDir = join(work, `${name}-baseline`);
  const t1 = performance.now();
  const { sources } = await readSources(paths);
  const mini = new MiniSearch({ fields: ['text'], storeFields: ['text', 'articleId'] });
  for (const s of sources) {
    const a = parseArticle(s);
    mini.addAll(a.sentences.map((x) => ({ id: `${a.id}#${x.index}`, text: x.text, articleId: a.id })));
  }
  mkdirSync(baseDir, { recursive: true });

  writeFileSync(join(baseDir, 'baseline.json'), JSON.stringify(mini));
  const baseSecs = (performance.now() - t1) / 1000;

  return [
    {
      corpus: name,
      system: 'engine',
      articles: reports.length,
      ingestPerSec: reports.length / engineSecs,
      ...measure('engine', engineDir, questions),
    },
    {
      corpus: name,
      system: 'baseline',
      articles: sources.length,
      ingestPerSec: sources.length / baseSecs,
      ...measure('baseline', baseDir, questions),
    },
  ];
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
try {
  const rows: Row[] = [];
  const oneX = [join(ROOT, 'seeds'), ...(existsSync(DEV) ? [DEV] : [])];
  rows.push(...(await benchCorpus('1x', oneX, work)));
  const synDir = join(work, 'synthetic');
  writeSyntheticCorpus(join(ROOT, 'seeds'), synDir, 100);
  rows.push(...(await benchCorpus('100x', [synDir, ...oneX], work)));

  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  console.log('corpus  system    articles  ingest/s  cold-start ms  p50 ms  p99 ms  peak RSS MB');
  for (const r of rows)
    console.log(
      `${r.corpus.padEnd(7)} ${r.system.padEnd(9)} ${String(r.articles).padStart(8)} ${fmt(r.ingestPerSec).padStart(9)} ${fmt(r.coldStartMs).padStart(14)} ${fmt(r.p50Ms).padStart(7)} ${fmt(r.p99Ms).padStart(7)} ${fmt(r.peakRssMb).padStart(12)}`,
    );
  console.log('\nengine / baseline');
  for (const corpus of ['1x', '100x']) {
    const e = rows.find((r) => r.corpus === corpus && r.system === 'engine') as Row;
    const b = rows.find((r) => r.corpus === corpus && r.system === 'baseline') as Row;
    console.log(
      `${corpus.padEnd(7)} ingest/s ×${fmt(e.ingestPerSec / b.ingestPerSec)}  cold start ×${fmt(e.coldStartMs / b.coldStartMs)}  p50 ×${fmt(e.p50Ms / b.p50Ms)}  p99 ×${fmt(e.p99Ms / b.p99Ms)}  RSS ×${fmt(e.peakRssMb / b.peakRssMb)}`,
    );
  }
  const big = rows.find((r) => r.corpus === '100x' && r.system === 'engine') as Row;
  console.log(
    `\ntargets at 100×: p99 ≤ 20 ms (${fmt(big.p99Ms)}), cold start ≤ 1000 ms (${fmt(big.coldStartMs)}), RSS ≤ 300 MB (${fmt(big.peakRssMb)})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
