/**
 * Command-line interface — the contract others rely on:
 *   cli ingest [--data-dir DIR] [--keep-going] [--quiet] [--jsonl] PATH...
 *   cli ask [--data-dir DIR] --jsonl          one {"id","q"} per stdin line → one JSON answer per line
 *   cli ask [--data-dir DIR] "question"       a readable answer
 *   cli chat [--data-dir DIR]                 the terminal chat
 *   cli stats [--data-dir DIR] [--json]       what the store holds
 * Commands and options are described in command-line.ts (`cli COMMAND --help`). Only answers (and
 * reports asked for) go to stdout; messages go to stderr, through the one redaction. Exit status:
 * 0 done, 1 failed or refused, 2 usage error. A closed stdout (`| head`) ends the process quietly.
 */
import { loadIngestLimits } from '../config/config.ts';
import { redact } from '../config/redact.ts';
import { type CommandName, parseCommandLine } from './command-line.ts';
import { dataDirFor } from './data-dir.ts';
import { SEED_DIR } from './paths.ts';

function say(line: string): void {
  process.stderr.write(`${redact(line)}\n`);
}

async function run(
  command: CommandName,
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
): Promise<number> {
  const dir = dataDirFor(values['data-dir'] as string | undefined, command === 'ingest');
  if (!dir.ok) {
    say(`cli ${command}: ${dir.message}`);
    return 1;
  }
  const ingestLimits = loadIngestLimits(process.env);
  // the engine and its dependencies load only now: help and usage errors answer at once
  if (command === 'ingest') {
    const { runIngest } = await import('./ingest-command.ts');
    return runIngest({
      dataDir: dir.path,
      paths: positionals,
      keepGoing: values['keep-going'] === true,
      quiet: values.quiet === true,
      jsonl: values.jsonl === true,
      limits: ingestLimits,
    });
  }
  const { Engine } = await import('../engine.ts');
  // the seeds fill only the default store: a store named with --data-dir holds what was ingested into it
  const engine = await Engine.open({
    dataDir: dir.path,
    ...(dir.given ? {} : { seedPaths: [SEED_DIR] }),
    ingestLimits,
  });
  switch (command) {
    case 'ask': {
      if (values.jsonl) {
        const { askJsonl } = await import('./ask-jsonl.ts');
        await askJsonl(engine, (msg) => say(`warning: ${msg}`));
      } else {
        const { formatAnswer } = await import('./format-answer.ts');
        process.stdout.write(`${formatAnswer(engine.ask(positionals.join(' ').trim()))}\n`);
      }
      return 0;
    }
    case 'chat': {
      const { runChat } = await import('./chat.ts');
      await runChat(engine);
      return 0;
    }
    case 'stats': {
      const { statsTable } = await import('./stats-command.ts');
      if (values.json) process.stdout.write(`${JSON.stringify(engine.stats())}\n`);
      else process.stdout.write(`${statsTable(dir.path, engine.stats(), engine.listArticles())}\n`);
      return 0;
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (line.kind === 'help') {
    process.stdout.write(`${line.text}\n`);
    return 0;
  }
  if (line.kind === 'usage-error') {
    say(`${line.message}\n${line.usage}`);
    return 2;
  }
  return run(line.command, line.values, line.positionals);
}

// `cli ask --jsonl | head -1`: the reader has gone; that is the end, not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  say(`error: cannot write to stdout: ${err.message}`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    say(`error: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.LOG_LEVEL === 'debug' && err instanceof Error && err.stack) say(err.stack);
    process.exitCode = 1;
  },
);
