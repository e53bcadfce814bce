/**
 * Command-line interface — the contract others rely on:
 *   cli ingest [--data-dir DIR] PATH...      ingest .txt/.md/.html files or folders (idempotent)
 *   cli ask [--data-dir DIR] --jsonl          one {"id","q"} per stdin line → one JSON answer per line
 *   cli ask [--data-dir DIR] "question"       a readable answer
 *   cli chat [--data-dir DIR]                 the terminal chat
 *   cli stats [--data-dir DIR]                articles, sentences, facts, index size
 * Only answers go to stdout; logs go to stderr.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { Engine } from '../engine.ts';
import { refusalMessage } from '../ingest/refusal.ts';
import { runChat } from './chat.ts';
import { formatAnswer } from './format-answer.ts';
import { DEFAULT_DATA_DIR, SEED_DIR } from './paths.ts';

const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));

const USAGE = `usage:
  cli ingest [--data-dir DIR] PATH...
  cli ask [--data-dir DIR] (--jsonl | "question")
  cli chat [--data-dir DIR]
  cli stats [--data-dir DIR]`;

async function askJsonl(engine: Engine): Promise<void> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let id: unknown = null;
    let q = '';
    try {
      const o = JSON.parse(line) as { id?: unknown; q?: unknown };
      id = o.id ?? null;
      q = typeof o.q === 'string' ? o.q : '';
    } catch (err) {
      log.warn({ err, line }, 'not a JSON line');
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
    process.stdout.write(
      `${JSON.stringify({ id, q, found: a.found, answer: a.text, kind: a.kind, citations })}\n`,
    );
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stderr.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
  switch (command) {
    case 'ingest': {
      if (!rest.length) {
        process.stderr.write(`${USAGE}\n`);
        return 2;
      }
      const engine = await Engine.open({ dataDir });
      const outcomes = await engine.ingestPaths(rest);
      for (const o of outcomes) {
        if (o.status === 'refused')
          process.stderr.write(`refused: ${o.path}: ${refusalMessage(o.refusal, 'en')}\n`);
        else log.info(o, 'ingested');
      }
      const by = (s: string) => outcomes.filter((r) => r.status === s).length;
      const stored = outcomes.length - by('refused');
      process.stderr.write(
        `ingested ${stored} articles (${by('added')} added, ${by('updated')} updated, ${by('unchanged')} unchanged)` +
          `${by('refused') ? `, ${by('refused')} refused` : ''}\n`,
      );
      return by('refused') ? 1 : 0;
    }
    case 'ask': {
      const engine = await Engine.open({ dataDir, seedPaths: [SEED_DIR] });
      if (values.jsonl) {
        await askJsonl(engine);
        return 0;
      }
      const question = rest.join(' ').trim();
      if (!question) {
        process.stderr.write(`${USAGE}\n`);
        return 2;
      }
      process.stdout.write(`${formatAnswer(engine.ask(question))}\n`);
      return 0;
    }
    case 'chat': {
      const engine = await Engine.open({ dataDir, seedPaths: [SEED_DIR] });
      await runChat(engine);
      return 0;
    }
    case 'stats': {
      const engine = await Engine.open({ dataDir, seedPaths: [SEED_DIR] });
      process.stdout.write(`${JSON.stringify(engine.stats())}\n`);
      return 0;
    }
    default:
      process.stderr.write(`unknown command: ${command}\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    log.error({ err }, 'failed');
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
