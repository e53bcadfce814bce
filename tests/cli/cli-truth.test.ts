/**
 * The CLI tells the truth, through spawned processes: every refused file is named on stderr with
 * its reason and makes the exit status non-zero (unless --keep-going and something landed); a
 * hostile file in a folder of good ones does not stop them; usage errors are one line and a usage,
 * never a stack trace; a mistyped --data-dir is not silently created; --jsonl input may start with
 * a byte-order mark and its output may be cut by `head`; stats is a table, or JSON on request;
 * messages never show the bot token. Processes run concurrently, each bounded.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName, commandHelp, parseCommandLine } from '../../src/cli/command-line.ts';
import { type CliResult, ROOT, runCli } from './run-cli.ts';

const SEEDS = join(ROOT, 'seeds');
const SEED = '002_29df154df923ad54.txt';
const QUESTION = 'Ai là cụm trưởng năm 2024?';
const STACK = /\n\s+at .+:\d+:\d+/;

let tmp = '';
/** A data dir with the seeds ingested, shared by the read-only commands. */
let seeded = '';
let quietSeeding: CliResult;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mttq-cli-truth-'));
  seeded = join(tmp, 'seeded');
  quietSeeding = await runCli(['ingest', '--quiet', '--data-dir', seeded, SEEDS]);
  expect(quietSeeding.status).toBe(0);
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder of two good articles and every kind of bad file. */
function hostileFolder(): string {
  const dir = join(tmp, 'hostile');
  mkdirSync(join(dir, '2023'), { recursive: true });
  mkdirSync(join(dir, '2024'), { recursive: true });
  copyFileSync(join(SEEDS, SEED), join(dir, 'good.txt'));
  copyFileSync(join(SEEDS, '000_fcae3923cce9c9bf.txt'), join(dir, '2023', 'bai1.txt'));
  copyFileSync(join(SEEDS, '001_24723234f26b1047.txt'), join(dir, '2024', 'bai1.txt'));
  writeFileSync(
    join(dir, 'deep.html'),
    `<html><body>${'<div>'.repeat(10_000)}${'</div>'.repeat(10_000)}</body></html>`,
  );
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0]));
  writeFileSync(join(dir, 'empty.md'), '   \n\n');
  writeFileSync(join(dir, 'photo.jpg'), 'not an article');
  return dir;
}

describe('cli ingest', { timeout: 30_000 }, () => {
  let dir = '';
  let plain: CliResult;
  let keepGoing: CliResult;
  let started = 0;
  let elapsed = 0;
  beforeAll(async () => {
    dir = hostileFolder();
    started = Date.now();
    [plain, keepGoing] = await Promise.all([
      runCli(['ingest', '--data-dir', join(tmp, 'plain'), dir]),
      runCli(['ingest', '--keep-going', '--jsonl', '--data-dir', join(tmp, 'keep-going'), dir]),
    ]);
    elapsed = Date.now() - started;
  }, 120_000);

  it('a path that does not exist and a folder with nothing to ingest: named on stderr, exit status 1', async () => {
    const empty = join(tmp, 'no-articles');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.pdf'), '%PDF');
    // --keep-going changes nothing when nothing was ingested
    const r = await runCli(['ingest', '--keep-going', '--data-dir', join(tmp, 'x'), '/no/such/path', empty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('refused: /no/such/path: not found');
    expect(r.stderr).toContain(`refused: ${empty}: no .txt, .md or .html file in this folder`);
    expect(r.stderr).toContain('nothing ingested: 2 refused');
    expect(r.stdout).toBe('');
  });

  it('a file named that is no article (another extension, only white space): named, exit 1, nothing stored', async () => {
    const pdf = join(tmp, 'bao-cao.pdf');
    const blank = join(tmp, 'trang.txt');
    writeFileSync(pdf, '%PDF-1.4');
    writeFileSync(blank, ' \t\n  \n');
    const store = join(tmp, 'named');
    const r = await runCli(['ingest', '--data-dir', store, pdf, blank]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`refused: ${pdf}: not a .txt, .md or .html file`);
    expect(r.stderr).toContain(`refused: ${blank}: empty`);
    expect(r.stderr).toContain('nothing ingested: 2 refused');
    expect(r.stderr).not.toMatch(STACK);
    const stats = await runCli(['stats', '--json', '--data-dir', store]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ articles: 0 });
  });

  it('a folder with good files and a 10,000-deep page: the good files land, the bad ones are named, in time', () => {
    expect(elapsed).toBeLessThan(60_000);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toBe('');
    for (const [file, why] of [
      ['deep.html', 'too short'],
      ['binary.txt', 'not text'],
      ['empty.md', 'empty'],
      ['2024/bai1.txt', `same article id "bai1" as ${join(dir, '2023', 'bai1.txt')}`],
    ]) {
      expect(plain.stderr).toContain(`refused: ${join(dir, file as string)}: ${why}`);
    }
    expect(plain.stderr).toContain(
      `skipped 1 files that are not .txt, .md or .html: ${join(dir, 'photo.jpg')}`,
    );
    expect(plain.stderr).toMatch(
      /ingested 2 articles \(2 added, 0 updated, 0 unchanged\), 4 refused in [\d.]+ s/,
    );
    expect(plain.stderr).not.toMatch(STACK);
  });

  it('--keep-going exits 0 when something landed; --jsonl reports every file on stdout', () => {
    expect(keepGoing.status).toBe(0);
    const lines = keepGoing.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { path: string; status: string; reason?: string; message?: string });
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.path.endsWith('good.txt'))).toMatchObject({ status: 'added' });
    expect(lines.find((l) => l.path.endsWith('binary.txt'))).toMatchObject({
      status: 'refused',
      reason: 'binary',
      message: 'not text (binary content or a wrong encoding)',
    });
    expect(keepGoing.stderr).toContain('refused:');
  });

  it('the store holds the good articles and nothing of the bad ones', async () => {
    const r = await runCli(['stats', '--json', '--data-dir', join(tmp, 'plain')]);
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: 2 });
  });

  it('--quiet prints no summary and, off a terminal, there is never a progress bar', () => {
    // (the first run after a change of src/ may say that it builds: that is all it may say)
    expect(quietSeeding.stderr.replace(/^building src\/.*\n/m, '')).toBe('');
    expect(plain.stderr).not.toContain('\x1b[');
  });
});

/** `script` (util-linux) gives a spawned process a terminal; without it the terminal test is skipped. */
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));

describe.skipIf(!SCRIPT)('cli ingest on a terminal (spawned under script(1))', { timeout: 60_000 }, () => {
  const onTerminal = (args: string[]) => {
    const command = [process.execPath, '--max-old-space-size=256', 'scripts/start.mjs', 'cli', ...args]
      .map((a) => `'${a}'`)
      .join(' ');
    const r = spawnSync(SCRIPT!, ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LOG_LEVEL: 'warn', NO_COLOR: '1' },
    });
    return { status: r.status, out: r.stdout.replace(/^building src\/.*$/m, '') };
  };

  it('draws a progress bar (files, files per second, time left) and ends with a summary; --quiet neither', () => {
    const shown = onTerminal(['ingest', '--data-dir', join(tmp, 'tty'), SEEDS]);
    expect(shown.status).toBe(0);
    expect(shown.out).toMatch(/ingest \|[=-]+\| \d\/5 files · [\d.–]+ files\/s · ETA \S+/);
    expect(shown.out).toMatch(/ingested 5 articles \(5 added, 0 updated, 0 unchanged\) in [\d.]+ s/);
    const quiet = onTerminal(['ingest', '--quiet', '--data-dir', join(tmp, 'tty-quiet'), SEEDS]);
    expect(quiet.status).toBe(0);
    expect(quiet.out.trim()).toBe('');
  });
});

describe('usage', { timeout: 30_000 }, () => {
  it.each([
    [['ingest', '--frob', 'x'], "cli ingest: Unknown option '--frob'"],
    [['ingest'], 'cli ingest: no PATH given'],
    [['ask', '--data-dir', 'data'], 'cli ask: no question given (or use --jsonl)'],
    [['stats', 'extra'], 'cli stats: unexpected argument extra'],
    [['chat', '--json'], "cli chat: Unknown option '--json'"],
    [['ingest', '--data-dir'], "cli ingest: Option '--data-dir <value>' argument missing"],
    [['frobnicate'], 'unknown command: frobnicate'],
    [[], 'no command given'],
  ])('%j is a usage error: one line and the usage', (argv, message) => {
    const line = parseCommandLine(argv);
    expect(line).toMatchObject({ kind: 'usage-error', message });
    if (line.kind === 'usage-error') expect(line.usage).toMatch(/^usage: cli /);
  });

  it('a usage error from a spawned CLI: message and usage line on stderr, status 2, no stack trace', async () => {
    const r = await runCli(['ask', '--nope']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("cli ask: Unknown option '--nope'");
    expect(r.stderr).toContain('usage: cli ask [--data-dir DIR] (--jsonl | "question")');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('--help for every command describes its options; `cli ingest --help` prints it on stdout', async () => {
    for (const name of Object.keys(COMMANDS) as CommandName[]) {
      expect(parseCommandLine([name, '--help'])).toEqual({ kind: 'help', text: commandHelp(name) });
      expect(commandHelp(name)).toContain('--data-dir DIR');
      expect(parseCommandLine(['help', name])).toEqual({ kind: 'help', text: commandHelp(name) });
    }
    expect(commandHelp('ingest')).toContain('--keep-going');
    const r = await runCli(['ingest', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('usage: cli ingest');
    expect(r.stdout).toContain('Exit status:');
  });
});

describe('a mistyped --data-dir', { timeout: 30_000 }, () => {
  it.each(['ask', 'stats', 'chat'])(
    '%s says the directory does not exist and does not create it',
    async (cmd) => {
      const missing = join(tmp, `missing-${cmd}`);
      const args = cmd === 'ask' ? ['ask', '--data-dir', missing, QUESTION] : [cmd, '--data-dir', missing];
      const r = await runCli(args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`cli ${cmd}: data directory ${missing} does not exist`);
      expect(r.stdout).toBe('');
      expect(existsSync(missing)).toBe(false);
    },
  );

  it('messages never show the bot token, even when a path contains it', async () => {
    const token = '123456789:AAHsecret-token_of_the_bot_0123456789';
    const r = await runCli(['stats', '--data-dir', join(tmp, token)], { env: { TELEGRAM_BOT_TOKEN: token } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[redacted]');
    expect(r.stderr).not.toContain('AAHsecret');
  });
});

describe('cli ask --jsonl streams', { timeout: 30_000 }, () => {
  it('a byte-order mark before the first line does not cost that question its id', async () => {
    const input = `\uFEFF${JSON.stringify({ id: 'q1', q: QUESTION })}\n${JSON.stringify({ id: 'q2', q: QUESTION })}\n`;
    const r = await runCli(['ask', '--data-dir', seeded, '--jsonl'], { input });
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; q: string; found: boolean });
    expect(answers.map((a) => [a.id, a.q, a.found])).toEqual([
      ['q1', QUESTION, true],
      ['q2', QUESTION, true],
    ]);
  });

  it('a reader that goes away (| head -1) ends the process quietly with status 0', async () => {
    const input = `${Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, q: QUESTION })).join('\n')}\n`;
    const r = await runCli(['ask', '--data-dir', seeded, '--jsonl'], { input, closeStdoutAfter: 1 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('cli stats', { timeout: 30_000 }, () => {
  it('prints a readable table by default (JSON with --json, above)', async () => {
    const table = await runCli(['stats', '--data-dir', seeded]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^data directory {2}.+\narticles {8}5\n/);
    expect(table.stdout).toMatch(/\nsentences +107\n/);
    expect(table.stdout).toMatch(/\nindex size +[\d.]+ kB\n/);
  });
});
