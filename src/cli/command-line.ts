/**
 * The CLI's commands, their options and their help, and the parsing of a command line against
 * them. Parsing never throws: a mistyped option, a missing argument or an unknown command is a
 * `usage-error` with a one-line message and the command's usage line, which main.ts prints on
 * stderr with exit status 2; `--help` (or `help COMMAND`) is the command's full help on stdout.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

export type CommandName = 'ingest' | 'ask' | 'chat' | 'stats';

type Options = NonNullable<ParseArgsConfig['options']>;

interface CommandSpec {
  usage: string;
  summary: string;
  /** What follows the usage line in `--help`. */
  details: string;
  options: Options;
  /** Whether the command takes positional arguments. */
  positionals: boolean;
}

const DATA_DIR = { 'data-dir': { type: 'string' } } as const satisfies Options;
const HELP = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

const DATA_DIR_HELP = `  --data-dir DIR   the store (default: data/ in the repository, built from seeds/ on first use)`;
const EXISTING_DIR_NOTE = `A --data-dir that does not exist is an error: only \`ingest\` creates one.`;

export const COMMANDS: Record<CommandName, CommandSpec> = {
  ingest: {
    usage: 'cli ingest [--data-dir DIR] [--keep-going] [--quiet] [--jsonl] PATH...',
    summary: 'add .txt/.md/.html files or folders of them to the store (idempotent)',
    details: `Folders are searched recursively; an optional NAME.meta.json next to NAME.txt gives url, title,
publisher and date. Every file is added, updated, unchanged or refused with its reason; a refused
file never stops the others. Refused: paths that do not exist, other extensions named explicitly,
folders with nothing to ingest, binary or empty files, fewer than 2 sentences of Vietnamese or
English, pages of menus and links only, files over the size caps (INGEST_MAX_TEXT_BYTES,
INGEST_MAX_HTML_BYTES), pages whose parsing exceeds INGEST_TIMEOUT_MS, and a second file with the
same name in one batch (the first in path order is kept; rename one). Files of other extensions
inside folders are listed as skipped.

Options:
  --data-dir DIR   the store, created when missing (default: data/ in the repository)
  --keep-going     exit 0 when at least one file was ingested, even if others were refused
                   (refusals are still listed on stderr)
  --quiet, -q      no progress bar and no summary (refusals and warnings are still printed)
  --jsonl          one JSON line per file on stdout: {"path","id","status",...,"reason","message"}
  --help, -h       this help

Exit status: 0 when every file was ingested (or unchanged); 1 when a file or path was refused
(with --keep-going: only when nothing was ingested); 2 for a usage error.`,
    options: {
      ...DATA_DIR,
      ...HELP,
      'keep-going': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      jsonl: { type: 'boolean' },
    },
    positionals: true,
  },
  ask: {
    usage: 'cli ask [--data-dir DIR] (--jsonl | "question")',
    summary: 'answer one question, or one JSON question per stdin line',
    details: `With a question: a readable answer and its sources on stdout.
With --jsonl: reads {"id","q"} per stdin line (a UTF-8 byte-order mark is ignored) and writes one
line per question, in order: {"id","q","found","answer","kind","citations":[...]}. Nothing else is
written on stdout; a closed stdout (| head) ends quietly. ${EXISTING_DIR_NOTE}

Options:
${DATA_DIR_HELP}
  --jsonl          JSON lines in, JSON lines out
  --help, -h       this help`,
    options: { ...DATA_DIR, ...HELP, jsonl: { type: 'boolean' } },
    positionals: true,
  },
  chat: {
    usage: 'cli chat [--data-dir DIR]',
    summary: 'the terminal chat (answers as the bot does)',
    details: `Type questions; "help" shows examples, "exit" or Ctrl+C leaves. ${EXISTING_DIR_NOTE}

Options:
${DATA_DIR_HELP}
  --help, -h       this help`,
    options: { ...DATA_DIR, ...HELP },
    positionals: false,
  },
  stats: {
    usage: 'cli stats [--data-dir DIR] [--json]',
    summary: 'what the store holds: articles, sentences, facts, index size',
    details: `A table by default; --json prints {"articles","sentences","facts","indexBytes"}. ${EXISTING_DIR_NOTE}

Options:
${DATA_DIR_HELP}
  --json           JSON instead of a table
  --help, -h       this help`,
    options: { ...DATA_DIR, ...HELP, json: { type: 'boolean' } },
    positionals: false,
  },
};

const NAMES = Object.keys(COMMANDS) as CommandName[];

export const GENERAL_USAGE = `usage: cli <command> [options]

Commands:
${NAMES.map((n) => `  ${n.padEnd(7)} ${COMMANDS[n].summary}`).join('\n')}

Run 'cli <command> --help' for a command's options.`;

export function commandHelp(name: CommandName): string {
  return `usage: ${COMMANDS[name].usage}\n\n${COMMANDS[name].details}`;
}

export type CommandLine =
  | { kind: 'help'; text: string }
  | { kind: 'usage-error'; message: string; usage: string }
  | {
      kind: 'run';
      command: CommandName;
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    };

const isCommand = (s: string | undefined): s is CommandName => NAMES.includes(s as CommandName);

/** A parse error of node:util's parseArgs, as one line without its hints. */
function parseErrorLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? message).replace(/\. To specify a positional argument.*$/, '');
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'usage-error', message: 'no command given', usage: GENERAL_USAGE };
  if (first === '--help' || first === '-h') return { kind: 'help', text: GENERAL_USAGE };
  if (first === 'help') {
    const topic = rest[0];
    return { kind: 'help', text: isCommand(topic) ? commandHelp(topic) : GENERAL_USAGE };
  }
  if (!isCommand(first)) {
    const message = first.startsWith('-')
      ? `a command comes first, got ${first}`
      : `unknown command: ${first}`;
    return { kind: 'usage-error', message, usage: GENERAL_USAGE };
  }
  const spec = COMMANDS[first];
  const usage = `usage: ${spec.usage}\nRun 'cli ${first} --help' for details.`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true });
  } catch (err) {
    return { kind: 'usage-error', message: `cli ${first}: ${parseErrorLine(err)}`, usage };
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { kind: 'help', text: commandHelp(first) };
  const { positionals } = parsed;
  if (!spec.positionals && positionals.length > 0) {
    return { kind: 'usage-error', message: `cli ${first}: unexpected argument ${positionals[0]}`, usage };
  }
  if (first === 'ingest' && positionals.length === 0) {
    return { kind: 'usage-error', message: 'cli ingest: no PATH given', usage };
  }
  if (first === 'ask' && values.jsonl && positionals.length > 0) {
    return {
      kind: 'usage-error',
      message: 'cli ask: --jsonl reads questions from stdin, not arguments',
      usage,
    };
  }
  if (first === 'ask' && !values.jsonl && positionals.join(' ').trim() === '') {
    return { kind: 'usage-error', message: 'cli ask: no question given (or use --jsonl)', usage };
  }
  if (values['data-dir'] === '') {
    return { kind: 'usage-error', message: `cli ${first}: --data-dir needs a directory`, usage };
  }
  return { kind: 'run', command: first, values, positionals };
}
