/**
 * The baseline the benchmark compares with: plain MiniSearch over the same sentences (its default
 * tokenizer, the sentence and its article stored), answering with the best sentence.
 *   baseline.ts build OUT PATH…        parse the articles, index them, save OUT/baseline.json
 *   baseline.ts ask OUT                one {"q"} per stdin line → the best sentence, one JSON line each
 *   baseline.ts latency OUT QUESTIONS  in-process p50/p99 over every question (five rounds), as JSON
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { parseArticle } from '../src/ingest/parse-article.ts';
import { listSources, readSource } from '../src/ingest/read-sources.ts';
import { latencies } from './latency.ts';

const OPTIONS = { fields: ['text'], storeFields: ['text', 'articleId'] };
const [mode, out, ...rest] = process.argv.slice(2) as [string, string, ...string[]];

function load(): MiniSearch {
  return MiniSearch.loadJSON(readFileSync(join(out, 'baseline.json'), 'utf8'), OPTIONS);
}

if (mode === 'build') {
  const mini = new MiniSearch(OPTIONS);
  const { files } = await listSources(rest);
  for (const file of files) {
    const source = await readSource(file);
    if ('status' in source) continue;
    const a = parseArticle(source);
    mini.addAll(a.sentences.map((s) => ({ id: `${a.id}#${s.index}`, text: s.text, articleId: a.id })));
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'baseline.json'), JSON.stringify(mini));
} else if (mode === 'ask') {
  const mini = load();
  const lines = readFileSync(0, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  for (const line of lines) {
    const top = mini.search((JSON.parse(line) as { q: string }).q)[0];
    process.stdout.write(`${JSON.stringify({ found: Boolean(top), answer: top?.text ?? '' })}\n`);
  }
} else if (mode === 'latency') {
  const t0 = performance.now();
  const mini = load();
  const openMs = performance.now() - t0;
  const questions = readFileSync(rest[0] as string, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  process.stdout.write(`${JSON.stringify({ openMs, ...latencies(questions, (q) => mini.search(q)[0]) })}\n`);
} else {
  process.stderr.write('usage: baseline.ts build|ask|latency OUT …\n');
  process.exitCode = 2;
}
