/**
 * One writer, nothing lost — with whole processes: two ingests started together both land (the
 * second waits for the first); an ingest killed with SIGKILL at any moment, then run again, leaves
 * exactly the answers of a clean ingest; a writer waits a bounded time for another and then fails
 * naming it. Bounded in count and time; files on the local disk only.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { lockDataDir } from '../../src/store/data-dir-lock.ts';
import { SEEDS } from '../extract/articles.ts';
import { tempDirs } from './temp-dirs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'scripts/start.mjs');
/** The ingest child, bundled as the CLI is (a process that starts in a fraction of tsx's time). */
const CHILD_DIR = join(ROOT, 'dist', `test-ingest-child-${process.pid}`);
const CHILD = join(CHILD_DIR, 'ingest-child.js');

beforeAll(async () => {
  const build = (await import(join(ROOT, 'scripts/build.mjs'))) as {
    bundle(entries: Record<string, string>, outdir: string): Promise<void>;
    WORKER_ENTRIES: Record<string, string>;
  };
  await build.bundle(
    { 'ingest-child': 'tests/store/fixtures/ingest-child.ts', ...build.WORKER_ENTRIES },
    CHILD_DIR,
  );
});
afterAll(() => rmSync(CHILD_DIR, { recursive: true, force: true }));

const tmp = tempDirs();

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
  /** Resolves when the child says the ingest started. */
  started: Promise<void>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  let onStart: () => void = () => {};
  const started = new Promise<void>((r) => {
    onStart = r;
  });
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
    if (stderr.includes('ingesting')) onStart();
  });
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (r) => child.on('close', (code, signal) => r({ code, signal, stdout, stderr })),
  );
  return { child, done, started };
}

/** A folder of small articles, each with a figure of its own. */
function articles(prefix: string, n: number): string {
  const dir = tmp(`mttq-${prefix}-`);
  for (let i = 1; i <= n; i++)
    writeFileSync(
      join(dir, `${prefix}-${i}.txt`),
      `Ủy ban MTTQ xã ${prefix.toUpperCase()} ${i} bàn giao nhà Đại đoàn kết\n\nNgày ${(i % 28) + 1}/3/2024, Ủy ban MTTQ Việt Nam xã ${prefix.toUpperCase()} ${i} bàn giao ${100 + i} căn nhà Đại đoàn kết cho hộ nghèo.\n`,
    );
  return dir;
}

const QUESTIONS = [
  'Ai là cụm trưởng năm 2024?',
  'Cụm thi đua Nam Sông Hậu gồm những tỉnh nào?',
  'bao nhiêu nhà đại đoàn kết được xây dựng?',
  'Phó Chủ tịch Hoàng Công Thủy dự hội nghị nào?',
  'Chỉ thị 22-CT/TW về gì?',
  'xã B 7 bàn giao bao nhiêu căn nhà?',
];
const answers = (e: Engine) => QUESTIONS.map((q) => e.ask(q)).map(({ context: _, ...a }) => a);

describe('two ingests started together', () => {
  it('both land: the second waits for the first, then adds its articles to the first one’s', async () => {
    const dataDir = tmp('mttq-two-');
    const a = articles('a', 12);
    const b = articles('b', 12);
    const [ra, rb] = await Promise.all([
      run([CLI, 'cli', 'ingest', '--data-dir', dataDir, a]).done,
      run([CLI, 'cli', 'ingest', '--data-dir', dataDir, b]).done,
    ]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    for (const r of [ra, rb]) expect(r.stderr).toContain('12 added');
    const engine = await Engine.open({ dataDir });
    expect(engine.stats().articles).toBe(24);
    expect(engine.ask('xã A 7 bàn giao bao nhiêu căn nhà?').text).toContain('107');
    expect(engine.ask('xã B 7 bàn giao bao nhiêu căn nhà?').text).toContain('107');
  }, 60_000);
});

describe('a writer that opened the data directory before another wrote to it', () => {
  it('keeps the other’s articles when it writes (the bot’s /them after a CLI ingest)', async () => {
    const dataDir = tmp('mttq-stale-');
    const bot = await Engine.open({ dataDir });
    const cli = await Engine.open({ dataDir });
    await cli.ingestPaths([articles('c', 3)]);
    const r = await bot.ingestDocument({
      id: 'them-1',
      text: 'Bài mới\n\nNgày 2/3/2024, Ủy ban MTTQ xã D bàn giao 55 căn nhà cho hộ nghèo.',
      format: 'txt',
    });
    expect(r.status).toBe('added');
    expect(bot.stats().articles).toBe(4);
    expect((await Engine.open({ dataDir })).stats().articles).toBe(4);
  });
});

describe('an ingest killed at any moment', () => {
  let sources: string[];
  let clean: ReturnType<typeof answers>;
  let duration: number;

  beforeAll(async () => {
    sources = [SEEDS, articles('b', 8)];
    const dataDir = tmp('mttq-clean-');
    const r = run([CHILD, dataDir, '2', ...sources]);
    await r.started;
    const t0 = Date.now();
    expect((await r.done).code).toBe(0);
    duration = Date.now() - t0;
    clean = answers(await Engine.open({ dataDir }));
  }, 60_000);

  it('then run again gives exactly the answers of a clean ingest', async () => {
    for (const share of [0.15, 0.5, 0.8, 0.95]) {
      const dataDir = tmp('mttq-killed-');
      const r = run([CHILD, dataDir, '2', ...sources]);
      await r.started;
      await new Promise((w) => setTimeout(w, share * duration));
      r.child.kill('SIGKILL');
      await r.done;
      // the killed writer's lock is taken over once stale (10 s); age it rather than wait
      const past = new Date(Date.now() - 60_000);
      try {
        utimesSync(join(dataDir, 'write.lock'), past, past);
      } catch {
        // it had not taken the lock yet, or had released it
      }
      const engine = await Engine.open({ dataDir, storage: { articlesPerSegment: 2 } });
      await engine.ingestPaths(sources);
      expect(answers(engine), `killed after ${Math.round(share * duration)} ms`).toEqual(clean);
      expect(answers(await Engine.open({ dataDir }))).toEqual(clean);
    }
  }, 90_000);
});

describe('the write lock', () => {
  it('a second writer waits a bounded time, then fails naming the holder; the data stays as it was', async () => {
    const dataDir = tmp('mttq-lock-');
    mkdirSync(dataDir, { recursive: true });
    const said: string[] = [];
    const engine = await Engine.open({
      dataDir,
      storage: { lock: { waitMs: 600, staleMs: 10_000 }, log: (m) => said.push(m) },
    });
    const held = await lockDataDir(dataDir, { holder: 'bot /them', waitMs: 0, staleMs: 10_000 });
    await expect(engine.ingestPaths([SEEDS])).rejects.toThrow(
      /being written by bot \/them \(pid \d+, since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)/,
    );
    expect(said).toEqual([expect.stringMatching(/^waiting for bot \/them .* to finish writing/)]);
    expect(engine.stats().articles).toBe(0);
    await held.release();
    await engine.ingestPaths([SEEDS]);
    expect(engine.stats().articles).toBe(5);
  });

  it('a lock left by a process that died is taken over once stale', async () => {
    const dataDir = tmp('mttq-lock-');
    mkdirSync(join(dataDir, 'write.lock'), { recursive: true });
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dataDir, 'write.lock'), past, past);
    const engine = await Engine.open({ dataDir, storage: { lock: { waitMs: 1000, staleMs: 10_000 } } });
    await engine.ingestPaths([SEEDS]);
    expect(engine.stats().articles).toBe(5);
  });
});
