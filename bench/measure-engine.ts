/**
 * In-process latency of the engine: opens a data directory, answers every question of a file
 * (one {"q"} per line) once to warm up and then five rounds; prints one JSON line.
 *   measure-engine.ts DATA_DIR QUESTIONS
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/engine.ts';
import { latencies } from './latency.ts';

const [dataDir, questionsFile] = process.argv.slice(2) as [string, string];
const questions = readFileSync(questionsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);
const t0 = performance.now();
const engine = await Engine.open({ dataDir });
const openMs = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ openMs, ...latencies(questions, (q) => engine.ask(q)) })}\n`);
