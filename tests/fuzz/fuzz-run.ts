/**
 * The fuzz run, shared by the bounded suite in `npm test` (tests/fuzz/fuzz.test.ts) and the long
 * one (`npm run fuzz`, scripts/fuzz.ts).
 *
 * Documents: generated (documents.ts), written as files in batch folders (with broken sidecars,
 * odd and repeated names) and ingested with the CLI's path, `Engine.ingestPaths`; one in ten goes
 * through `Engine.ingestDocument`, the bot's path. Counted:
 *  - crashes: an ingest call that throws;
 *  - hangs over budget: a task of the worker pool that ran past its budget (the pool must stop it),
 *    a document whose outcome took longer than HANG_MS in all (queueing and a worker's restart
 *    included), or a stall of the event loop — the thread that answers questions — over STALL_MS;
 *  - garbage stored: an accepted document that was meant to be refused, and anything stored that
 *    no article should hold (control characters, U+FFFD, bidi overrides, an empty title, fewer than
 *    two sentences of words, a date that is no real day, a link that is not an absolute http(s)
 *    link, an id or a publisher with control characters);
 *  - wrongly refused: a damaged real article that was refused (not garbage, but a loss);
 *  - refusals by reason.
 * Questions: generated input lines (questions.ts) answered by the `ask --jsonl` line handler over
 * the store the documents built. Counted: crashes (a throw), hangs (over the answer budget), and
 * invalid answers (not one JSON object with the contract's fields, an id that is not the line's,
 * a citation of an article or sentence that does not exist).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { answerLine } from '../../src/cli/ask-jsonl.ts';
import { isHttpUrl } from '../../src/config/http-url.ts';
import { Engine, type IngestOutcome } from '../../src/engine.ts';
import type { Article } from '../../src/ingest/article.ts';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/ingest-limits.ts';
import { ingestPool } from '../../src/ingest/ingest-pool.ts';
import { realIsoDate } from '../../src/ingest/real-date.ts';
import {
  type DocumentScale,
  type FuzzDocument,
  generateDocument,
  realArticles,
  realPages,
} from './documents.ts';
import { generateQuestionLine, realQuestions } from './questions.ts';
import { Random } from './random.ts';

export interface FuzzOptions {
  seed: number;
  documents: number;
  questions: number;
  scale: DocumentScale;
  /** Files per ingest batch. */
  batch?: number;
  /** A question slower than this counts as a hang (ms). */
  answerBudgetMs?: number;
  /** Progress lines (the long run prints them). */
  log?: (line: string) => void;
  /** Build the store here and keep it (to look into what the run found); a temporary one by default. */
  dataDir?: string;
}

export interface FuzzReport {
  seed: number;
  documents: {
    total: number;
    accepted: number;
    refused: Record<string, number>;
    crashes: string[];
    hangs: string[];
    garbage: string[];
    wronglyRefused: string[];
    slowestMs: number;
    slowestKind: string;
    /** Longest stall of the main thread while ingesting (ms). */
    maxStallMs: number;
    seconds: number;
  };
  questions: {
    total: number;
    crashes: string[];
    hangs: string[];
    invalid: string[];
    slowestMs: number;
    slowestLine: string;
    seconds: number;
  };
}

/** Characters no stored text may hold. */
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD\u202A-\u202E\u2066-\u2069]/;
const PROSE = (text: string) =>
  (text.replace(/<[^>]*>/g, ' ').match(/\p{Script=Latin}{2,}/gu)?.length ?? 0) >= 3;
/** A pool task may overrun its budget by this much (timer latency) before it counts as a hang. */
const TASK_SLACK_MS = 1000;
/** A document whose outcome takes longer than this in all counts as a hang. */
const HANG_MS = 4 * DEFAULT_INGEST_LIMITS.parseBudgetMs;
/** A stall of the answering thread longer than this counts as a hang. */
const STALL_MS = 2000;

const show = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** What no stored article may be, whatever document it came from. */
export function garbageIn(a: Article): string[] {
  const problems: string[] = [];
  const where = `article ${show(a.id)}`;
  if (FORBIDDEN.test(a.id)) problems.push(`${where}: id with a control character`);
  if (!a.title.trim()) problems.push(`${where}: empty title`);
  if (FORBIDDEN.test(a.title)) problems.push(`${where}: title ${show(a.title)} with a control character`);
  for (const s of a.sentences) {
    if (FORBIDDEN.test(s.text))
      problems.push(`${where}: sentence ${s.index} ${show(s.text)} with a control character`);
  }
  if (a.sentences.filter((s) => PROSE(s.text)).length < 2)
    problems.push(`${where}: fewer than 2 sentences of words`);
  if (a.date !== undefined && realIsoDate(a.date) !== a.date) problems.push(`${where}: date ${show(a.date)}`);
  if (a.url !== undefined && !isHttpUrl(a.url)) problems.push(`${where}: url ${show(a.url)}`);
  if (a.publisher !== undefined && FORBIDDEN.test(a.publisher))
    problems.push(`${where}: publisher ${show(a.publisher)} with a control character`);
  return problems;
}

async function ingestDocuments(engine: Engine, opts: FuzzOptions, report: FuzzReport['documents']) {
  const r = new Random(opts.seed);
  const real = realArticles();
  const pages = realPages();
  const batchSize = opts.batch ?? 100;
  const work = mkdtempSync(join(tmpdir(), 'mttq-fuzz-docs-'));
  const judge = (doc: FuzzDocument, o: IngestOutcome, ms: number) => {
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestKind = doc.kind;
    }
    report.total++;
    if (ms > HANG_MS) report.hangs.push(`${doc.kind} ${show(doc.name)}: outcome after ${ms} ms`);
    if (o.status === 'refused') {
      report.refused[o.refusal.reason] = (report.refused[o.refusal.reason] ?? 0) + 1;
      if (doc.expect === 'accept' && o.refusal.reason !== 'duplicate-id') {
        report.wronglyRefused.push(`${doc.kind} ${show(doc.name)}: ${o.refusal.reason}`);
      }
      return;
    }
    report.accepted++;
    if (doc.expect === 'refuse')
      report.garbage.push(`${doc.kind} ${show(doc.name)} was stored as ${show(o.id)}`);
  };

  try {
    for (let start = 0; start < opts.documents; start += batchSize) {
      const docs = Array.from({ length: Math.min(batchSize, opts.documents - start) }, (_, i) =>
        generateDocument(r, start + i, opts.scale, real, pages),
      );
      const direct = docs.filter((_, i) => i % 10 === 9);
      const files = docs.filter((_, i) => i % 10 !== 9);
      // files: in two folders, so that a repeated name meets its twin in the same batch
      const dir = join(work, `batch-${start}`);
      const byPath = new Map<string, FuzzDocument>();
      for (const [i, doc] of files.entries()) {
        let folder = join(dir, i % 2 ? 'a' : 'b');
        // a name already used in that folder goes to a folder of its own (still the same id)
        if (byPath.has(join(folder, doc.name))) folder = join(dir, `more-${i}`);
        mkdirSync(folder, { recursive: true });
        const path = join(folder, doc.name);
        writeFileSync(path, doc.bytes);
        if (doc.sidecar !== undefined)
          writeFileSync(join(folder, doc.name.replace(/\.\w+$/, '.meta.json')), doc.sidecar);
        byPath.set(path, doc);
      }
      let last = Date.now();
      /** Time between an outcome and the one before: what that file took, at most. */
      const took = new Map<number, number>();
      try {
        const outcomes = await engine.ingestPaths([dir], {
          onProgress: (done) => {
            const now = Date.now();
            took.set(done, now - last);
            last = now;
          },
        });
        for (const [i, o] of outcomes.entries()) {
          const doc = o.path ? byPath.get(o.path) : undefined;
          if (doc) judge(doc, o, took.get(i + 1) ?? 0);
        }
      } catch (err) {
        report.crashes.push(`ingest of batch ${start}: ${(err as Error)?.stack ?? err}`);
      }
      rmSync(dir, { recursive: true, force: true });
      for (const doc of direct) {
        const started = Date.now();
        try {
          const o = await engine.ingestDocument({ text: decodeText(doc.bytes), format: doc.format });
          judge(doc, o, Date.now() - started);
        } catch (err) {
          report.crashes.push(`ingestDocument ${doc.kind}: ${(err as Error)?.stack ?? err}`);
        }
      }
      opts.log?.(
        `documents ${Math.min(start + batchSize, opts.documents)}/${opts.documents}: ${report.accepted} stored, ` +
          `${report.crashes.length} crashes, ${report.hangs.length} hangs, ${report.garbage.length} garbage`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function checkAnswer(engine: Engine, line: string, out: string | undefined): string | undefined {
  const text = line.replace(/^\uFEFF/, '');
  if (!text.trim()) return out === undefined ? undefined : 'an answer to a blank line';
  if (out === undefined) return 'no answer';
  let a: {
    id?: unknown;
    q?: unknown;
    found?: unknown;
    answer?: unknown;
    kind?: unknown;
    citations?: unknown;
  };
  try {
    a = JSON.parse(out);
  } catch {
    return `not JSON: ${show(out)}`;
  }
  if (typeof a.found !== 'boolean' || typeof a.answer !== 'string' || typeof a.q !== 'string') {
    return `wrong shape: ${show(out)}`;
  }
  if (!Array.isArray(a.citations)) return 'citations is not an array';
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    input = undefined;
  }
  const id =
    input && typeof input === 'object' && !Array.isArray(input) ? (input as { id?: unknown }).id : undefined;
  if ((id ?? null) !== a.id) return `id ${show(String(a.id))} for a line with id ${show(String(id))}`;
  const k = engine.knowledgeForDiagnostics();
  for (const c of a.citations as Array<{ articleId: string; sentenceIndex: number; quote: string }>) {
    const article = k.article(c.articleId);
    if (!article) return `a citation of a missing article ${show(c.articleId)}`;
    if (!article.sentences[c.sentenceIndex] || !c.quote)
      return `a citation of a missing sentence in ${show(c.articleId)}`;
  }
  return undefined;
}

function askQuestions(engine: Engine, opts: FuzzOptions, report: FuzzReport['questions']) {
  const r = new Random(opts.seed ^ 0x5eed);
  const real = realQuestions();
  const budget = opts.answerBudgetMs ?? 1000;
  for (let i = 0; i < opts.questions; i++) {
    const line = generateQuestionLine(r, i, real);
    const started = Date.now();
    let out: string | undefined;
    try {
      out = answerLine(engine, line, () => {});
    } catch (err) {
      report.crashes.push(`${show(line)}: ${(err as Error)?.stack ?? err}`);
      continue;
    }
    const ms = Date.now() - started;
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestLine = show(line);
    }
    if (ms > budget) report.hangs.push(`${show(line)}: ${ms} ms`);
    const problem = checkAnswer(engine, line, out);
    if (problem) report.invalid.push(`${show(line)}: ${problem}`);
    report.total++;
    if ((i + 1) % 1000 === 0) {
      opts.log?.(
        `questions ${i + 1}/${opts.questions}: ${report.crashes.length} crashes, ${report.hangs.length} hangs`,
      );
    }
  }
}

/** Runs the documents, then the questions, on a fresh data dir; see the module comment. */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'mttq-fuzz-data-'));
  const report: FuzzReport = {
    seed: opts.seed,
    documents: {
      total: 0,
      accepted: 0,
      refused: {},
      crashes: [],
      hangs: [],
      garbage: [],
      wronglyRefused: [],
      slowestMs: 0,
      slowestKind: '',
      maxStallMs: 0,
      seconds: 0,
    },
    questions: { total: 0, crashes: [], hangs: [], invalid: [], slowestMs: 0, slowestLine: '', seconds: 0 },
  };
  try {
    const engine = await Engine.open({
      dataDir,
      seedPaths: [new URL('../../seeds', import.meta.url).pathname],
    });
    // every task the pool runs is timed: none may run past its budget
    const pool = ingestPool();
    const run = pool.run.bind(pool);
    pool.run = async (name, input, options) => {
      const result = await run(name, input, options);
      const ms = result.ok ? result.elapsedMs : result.failure.elapsedMs;
      if (ms > options.budgetMs + TASK_SLACK_MS) report.documents.hangs.push(`a ${name} task ran ${ms} ms`);
      return result;
    };
    const stalls = monitorEventLoopDelay({ resolution: 20 });
    stalls.enable();
    let t = Date.now();
    await ingestDocuments(engine, opts, report.documents);
    stalls.disable();
    report.documents.maxStallMs = Math.round(stalls.max / 1e6);
    if (report.documents.maxStallMs > STALL_MS) {
      report.documents.hangs.push(`the answering thread stalled ${report.documents.maxStallMs} ms`);
    }
    pool.run = run;
    report.documents.seconds = (Date.now() - t) / 1000;
    const k = engine.knowledgeForDiagnostics();
    for (const summary of engine.listArticles()) {
      const article = k.article(summary.id);
      if (article) report.documents.garbage.push(...garbageIn(article));
    }
    // the first question after the writes loads what answering needs: not a question's own time
    engine.ask('Ai là cụm trưởng năm 2024?');
    t = Date.now();
    askQuestions(engine, opts, report.questions);
    report.questions.seconds = (Date.now() - t) / 1000;
  } finally {
    if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  return report;
}

/** The report in a few lines. */
export function formatReport(r: FuzzReport): string {
  const d = r.documents;
  const q = r.questions;
  const refused = Object.entries(d.refused)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const lines = [
    `fuzz seed ${r.seed}`,
    `documents: ${d.total} in ${d.seconds.toFixed(0)} s — ${d.accepted} stored, refused: ${refused || 'none'}`,
    `  crashes ${d.crashes.length}, hangs over budget ${d.hangs.length}, garbage stored ${d.garbage.length}, ` +
      `damaged real articles refused ${d.wronglyRefused.length}`,
    `  slowest document ${d.slowestMs} ms (${d.slowestKind}), longest stall of the answering thread ${d.maxStallMs} ms`,
    `questions: ${q.total} in ${q.seconds.toFixed(0)} s — crashes ${q.crashes.length}, hangs over budget ${q.hangs.length}, ` +
      `invalid answers ${q.invalid.length}, slowest ${q.slowestMs} ms (${q.slowestLine})`,
  ];
  for (const [what, list] of [
    ['document crash', d.crashes],
    ['document hang', d.hangs],
    ['garbage', d.garbage],
    ['wrongly refused', d.wronglyRefused],
    ['question crash', q.crashes],
    ['question hang', q.hangs],
    ['invalid answer', q.invalid],
  ] as const) {
    for (const item of list.slice(0, 10)) lines.push(`  ${what}: ${item}`);
    if (list.length > 10) lines.push(`  … and ${list.length - 10} more ${what}s`);
  }
  return lines.join('\n');
}
