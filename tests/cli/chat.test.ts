/**
 * The terminal chat, in-process over the seeds' engine with fake terminal streams: the banner, help,
 * exit/quit, Ctrl+C with a goodbye, small talk, and piped input that prints only answers. One spawned
 * process checks that an interrupt (SIGINT) ends a piped chat with a goodbye too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/answer/phrasing.ts';
import { runChat } from '../../src/cli/chat.ts';
import { chatStrings } from '../../src/cli/chat-strings.ts';
import { EXAMPLE_QUESTIONS } from '../../src/present/words.ts';
import { withSeeds } from '../answer/engine.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const vi = chatStrings('vi');
const seeds = withSeeds();

interface Session {
  type(text: string): void;
  end(): void;
  done: Promise<void>;
  output(): string;
}

/** A chat on fake streams; `tty` makes the input look like a terminal. */
function session(tty: boolean): Session {
  const input = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (tty) input.isTTY = true;
  const output = new PassThrough();
  let written = '';
  output.on('data', (d: Buffer) => {
    written += d.toString('utf8');
  });
  const done = runChat(seeds(), input, output);
  return {
    type: (text) => input.write(text),
    end: () => input.end(),
    done,
    // strip the terminal's cursor movements
    output: () => written.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''),
  };
}

describe('the terminal chat on a terminal', () => {
  it('opens with a banner of three Vietnamese example questions and one English', async () => {
    const s = session(true);
    s.type('exit\n');
    await s.done;
    const out = s.output();
    expect(out).toContain(vi.banner(seeds().stats().articles).split('\n')[0]);
    for (const q of EXAMPLE_QUESTIONS) expect(out).toContain(`• ${q}`);
    expect(
      EXAMPLE_QUESTIONS.filter((q) => /[ạảãàáâậầấẩẫăắằặẳẵđêệềếểễôộồốổỗơợờớởỡưựừứửữ]/i.test(q)),
    ).toHaveLength(3);
    expect(out).toContain(vi.goodbye);
  });

  it('help and /help explain how to ask; quit says goodbye', async () => {
    const s = session(true);
    s.type('help\n/help\nquit\n');
    await s.done;
    const out = s.output();
    expect(out.split(vi.help.split('\n')[0]!).length - 1).toBe(2);
    expect(out.trimEnd().endsWith(vi.goodbye)).toBe(true);
  });

  it('Ctrl+C says goodbye and ends the chat', async () => {
    const s = session(true);
    s.type('\x03');
    await s.done;
    expect(s.output()).toContain(vi.goodbye);
  });

  it('Ctrl+D (end of input) ends it politely too', async () => {
    const s = session(true);
    s.end();
    await s.done;
    expect(s.output().trimEnd().endsWith(vi.goodbye)).toBe(true);
  });
});

describe('the terminal chat with piped input', () => {
  it('prints only answers: no banner, no prompt, and follow-ups say how they were read', async () => {
    const s = session(false);
    s.type('ai là cụm trưởng năm 2024?\ncòn năm 2023?\n');
    s.end();
    await s.done;
    const out = s.output();
    expect(out).not.toContain('Ví dụ');
    expect(out).not.toContain('> ');
    expect(out).toContain('Lào Cai');
    expect(out).toContain('🔎 Cụm trưởng · năm 2023');
  });

  it('greets with the introduction, thanks with one friendly line, in the language written', async () => {
    const s = session(false);
    s.type('xin chào\ncảm ơn bot nhé 👍\nhello\nthanks\n');
    s.end();
    await s.done;
    const out = s.output();
    expect(out).toContain(EXAMPLE_QUESTIONS[0]);
    expect(out).toContain(vi.thanks);
    expect(out).toContain(chatStrings('en').banner(seeds().stats().articles).split('\n')[0]);
    expect(out).toContain(chatStrings('en').thanks);
    expect(out).not.toContain('Chưa tìm thấy');
  });

  it('exit stops: lines after it are not answered', async () => {
    const s = session(false);
    s.type('exit\nai là cụm trưởng năm 2024?\n');
    s.end();
    await s.done;
    expect(s.output().trim()).toBe(vi.goodbye);
  });

  it('an interrupt (SIGINT) ends a piped chat process with a goodbye', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mttq-chat-'));
    // as `npm run cli` runs it: the precompiled build
    const args = ['--max-old-space-size=256', 'scripts/start.mjs', 'cli', 'chat', '--data-dir', dataDir];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.stdin.write('ai là cụm trưởng năm 2024?\n');
    // once the first answer is out (an empty store named with --data-dir knows nothing), interrupt it
    await new Promise<void>((resolve) => {
      const check = () => (out.includes(phrases('vi').notFound) ? resolve() : setTimeout(check, 50));
      check();
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    rmSync(dataDir, { recursive: true, force: true });
    expect(out.trimEnd().endsWith(vi.goodbye)).toBe(true);
    expect(code).toBe(0);
  }, 30_000);
});
