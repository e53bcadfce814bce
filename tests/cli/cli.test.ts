/**
 * The CLI contract others rely on, through spawned processes: only answers on stdout, one JSON object
 * per non-empty input line in --jsonl mode, a readable answer with its sources, stats --json, and a
 * non-zero exit for an unknown command. Spawns are slow: five in all, one data dir shared.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dataDir: string;

function cli(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
}

interface JsonAnswer {
  id: unknown;
  q: string;
  found: boolean;
  answer: string;
  kind: string;
  citations: Array<{ articleId: string; title: string; quote: string }>;
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mttq-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('cli', () => {
  let ingest: SpawnSyncReturns<string>;
  beforeAll(() => {
    ingest = cli(['ingest', '--data-dir', dataDir, 'seeds']);
  });

  it('ingest exits 0 and prints nothing on stdout', () => {
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toBe('');
    expect(ingest.stderr).toContain('ingested 5 articles');
  });

  it('ask --jsonl answers every non-empty line, in order, with its id', () => {
    const input = [
      JSON.stringify({ id: 'q1', q: 'Ai là cụm trưởng năm 2024?' }),
      '',
      'this is not JSON',
      JSON.stringify({ id: 7, q: 'Chủ tịch Ủy ban MTTQ huyện Mường Tè là ai?' }),
      '',
    ].join('\n');
    const r = cli(['ask', '--data-dir', dataDir, '--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    const [first, malformed, unknown] = lines.map((l) => JSON.parse(l) as JsonAnswer);

    expect(first).toMatchObject({ id: 'q1', q: 'Ai là cụm trưởng năm 2024?', found: true });
    expect(first?.answer).toContain('Lào Cai');
    expect(first?.answer).toContain('Bắc Kạn');
    expect(first?.citations.length).toBeGreaterThanOrEqual(2);
    for (const c of first?.citations ?? []) {
      expect(c.articleId).toMatch(/^00\d_/);
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.quote.length).toBeGreaterThan(0);
    }
    expect(first?.citations.some((c) => c.quote.includes('Lào Cai'))).toBe(true);

    expect(malformed).toMatchObject({ id: null, found: false, citations: [] });
    expect(unknown).toMatchObject({ id: 7, found: false, citations: [] });
    expect(unknown?.answer.length).toBeGreaterThan(0);
  });

  it('ask "question" prints a readable answer with its sources', () => {
    const r = cli(['ask', '--data-dir', dataDir, 'Cụm thi đua Nam Sông Hậu gồm những tỉnh nào?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Bạc Liêu, Cà Mau, An Giang, Hậu Giang, Kiên Giang, Sóc Trăng');
    expect(r.stdout).toContain('Nguồn:');
    expect(r.stdout).toMatch(/^.+\(TTXVN, 15\/12\/2022\)$/m);
    expect(r.stdout).toContain('«Ngày 15/12, tại thành phố Bạc Liêu');
  });

  it('stats --json prints JSON with articles, sentences and facts', () => {
    const r = cli(['stats', '--data-dir', dataDir, '--json']);
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stdout) as Record<string, number>;
    expect(stats).toMatchObject({ articles: 5, sentences: 107 });
    expect(stats.facts).toBeGreaterThan(50);
    expect(stats.indexBytes).toBeGreaterThan(0);
  });

  it('an unknown command exits non-zero with the usage on stderr', () => {
    const r = cli(['frobnicate', '--data-dir', dataDir]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command: frobnicate');
    expect(r.stderr).toContain('usage:');
  });
});
