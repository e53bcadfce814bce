/**
 * `cli ask --jsonl`: one {"id","q"} per input line → one answer line per question, in order, on
 * stdout and nothing else. A byte-order mark at the start of a line (a file saved by a Windows
 * editor starts with one) is not part of the JSON. A line that is not JSON gets an answer too
 * (id null, not found), and a warning on stderr.
 */
import { createInterface } from 'node:readline';
import type { Engine } from '../engine.ts';

/** The answer line for one input line; undefined for a blank line. */
export function answerLine(
  engine: Pick<Engine, 'ask'>,
  line: string,
  warn: (msg: string) => void,
): string | undefined {
  const text = line.replace(/^\uFEFF/, '');
  if (!text.trim()) return undefined;
  let id: unknown = null;
  let q = '';
  try {
    const o = JSON.parse(text) as { id?: unknown; q?: unknown };
    id = o?.id ?? null;
    q = typeof o?.q === 'string' ? o.q : '';
  } catch {
    warn(`not a JSON line: ${text.slice(0, 120)}`);
  }
  const a = engine.ask(q);
  const citations = a.citations.map((c) => ({
    articleId: c.articleId,
    title: c.title,
    quote: c.quote,
    publisher: c.publisher,
    date: c.date,
    url: c.url,
    sentenceIndex: c.sentenceIndex,
  }));
  return JSON.stringify({ id, q, found: a.found, answer: a.text, kind: a.kind, citations });
}

export async function askJsonl(engine: Pick<Engine, 'ask'>, warn: (msg: string) => void): Promise<void> {
  const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    const out = answerLine(engine, line, warn);
    if (out !== undefined) process.stdout.write(`${out}\n`);
  }
}
