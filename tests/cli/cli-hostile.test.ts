/**
 * Issue 9's table of hostile input, through a spawned `cli ingest` at the default heap: one folder
 * of exports holding good articles and every kind of junk the issue measured. Every bad file is
 * named on stderr with its reason, the good ones land, nothing of the junk is stored, the whole
 * run takes well under a minute, and the data directory opens again at the default heap.
 * (On the old path: 10 MB/20 MB text files ran the process out of memory, deep or unclosed HTML
 * overflowed the stack and failed the whole batch, /bin/ls and random bytes were stored as
 * articles, an empty file got an article with an empty title, one bai1.txt overwrote the other,
 * and broken sidecars were ignored without a word or stored `javascript:` links.)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { Random } from '../fuzz/random.ts';
import { type CliResult, ROOT, runCli } from './run-cli.ts';

const SEEDS = join(ROOT, 'seeds');
const STACK = /\n\s+at .+:\d+:\d+/;
const MiB = 1024 * 1024;

/** A seed article as HTML paragraphs. */
function asParagraphs(seed: string): string {
  const text = readFileSync(join(SEEDS, seed), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');
}

let tmp = '';
let dir = '';
let dataDir = '';
let run: CliResult;
let elapsed = 0;
const at = (file: string) => join(dir, file);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mttq-cli-hostile-'));
  dir = join(tmp, 'exports');
  dataDir = join(tmp, 'data');
  for (const sub of ['2023', '2024', 'html']) mkdirSync(join(dir, sub), { recursive: true });
  // good files
  copyFileSync(join(SEEDS, '002_29df154df923ad54.txt'), at('good.txt'));
  writeFileSync(
    at('good.meta.json'),
    JSON.stringify({ title: 'Bài tốt', date: '2023-02-30', url: 'javascript:alert(1)', publisher: 42 }),
  );
  copyFileSync(join(SEEDS, '000_fcae3923cce9c9bf.txt'), at('2023/bai1.txt'));
  writeFileSync(at('2023/bai1.meta.json'), '{"title": "Bài một",');
  copyFileSync(join(SEEDS, '001_24723234f26b1047.txt'), at('2024/bai1.txt'));
  // deep and unclosed pages that hold an article land; one that holds nothing is named
  const article = asParagraphs('003_ccbc969175d33026.txt');
  writeFileSync(
    at('html/unclosed.html'),
    `<html><body>${'<div><b><i>'.repeat(10_000)}${article}</body></html>`,
  );
  writeFileSync(
    at('html/spans.html'),
    `<html><body>${'<span>'.repeat(100_000)}${asParagraphs('004_3efc173e9c33baf7.txt')}${'</span>'.repeat(100_000)}</body></html>`,
  );
  writeFileSync(
    at('html/deep.html'),
    `<html><body>${'<div>'.repeat(10_000)}${'</div>'.repeat(10_000)}</body></html>`,
  );
  // junk
  copyFileSync('/bin/ls', at('ls.txt'));
  writeFileSync(at('random.txt'), new Random(7).bytes(100_000));
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.md'), ' \n\t\n   \n');
  const prose = Buffer.from('Ngày 5/12/2025, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết. ');
  writeFileSync(at('big10.txt'), Buffer.concat(Array(Math.ceil((10 * MiB) / prose.length)).fill(prose)));
  writeFileSync(at('big20.txt'), Buffer.concat(Array(Math.ceil((20 * MiB) / prose.length)).fill(prose)));
  const started = Date.now();
  run = await runCli(['ingest', '--data-dir', dataDir, dir], { timeoutMs: 120_000 });
  elapsed = Date.now() - started;
}, 150_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cli ingest of a folder of exports with junk in it', { timeout: 60_000 }, () => {
  it('finishes within a minute, without a stack trace, exit status 1', () => {
    expect(elapsed).toBeLessThan(60_000);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).not.toMatch(/heap|out of memory|Maximum call stack/i);
    expect(run.stderr).toMatch(
      /ingested 4 articles \(4 added, 0 updated, 0 unchanged\), 8 refused in [\d.]+ s/,
    );
  });

  it.each([
    ['big10.txt', 'too large (10.0 MB, at most 5.0 MB)'],
    ['big20.txt', 'too large (20.0 MB, at most 5.0 MB)'],
    ['ls.txt', 'not text (binary content or a wrong encoding)'],
    ['random.txt', 'not text (binary content or a wrong encoding)'],
    ['empty.txt', 'empty'],
    ['blank.md', 'empty'],
    ['html/deep.html', 'too short: fewer than 2 sentences of Vietnamese or English'],
    [
      '2024/bai1.txt',
      'same article id "bai1" as {dir}/2023/bai1.txt in this batch; rename one of the two files',
    ],
  ])('%s is named with its reason', (file, reason) => {
    expect(run.stderr).toContain(`refused: ${at(file)}: ${reason.replace('{dir}', dir)}`);
  });

  it('reports every invalid sidecar field, and a sidecar that is not JSON, on its own line', () => {
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/good\.meta\.json: url: must be an absolute http\(s\) link/),
        expect.stringMatching(/good\.meta\.json: publisher: .*got 42/),
        expect.stringMatching(
          /good\.meta\.json: date: must be a real date written yyyy-mm-dd \(got "2023-02-30"\)/,
        ),
        expect.stringMatching(/bai1\.meta\.json: not valid JSON .*ignored/),
      ]),
    );
  });

  it('stores the good articles, with the valid sidecar fields only, and nothing of the junk', async () => {
    const engine = await Engine.open({ dataDir });
    const articles = engine.listArticles();
    expect(articles.map((a) => a.id).sort()).toEqual(['bai1', 'good', 'spans', 'unclosed']);
    const good = articles.find((a) => a.id === 'good');
    expect(good?.title).toBe('Bài tốt');
    expect(good?.url).toBeUndefined();
    expect(good?.date).not.toBe('2023-02-30');
    // the first bai1 (2023/) was kept, not overwritten by the second
    const quote = engine.citation('bai1', 1)?.quote ?? '';
    expect(quote.length).toBeGreaterThan(20);
    const words = (seed: string) =>
      readFileSync(join(SEEDS, seed), 'utf8').normalize('NFC').replace(/\s+/g, ' ');
    expect(words('000_fcae3923cce9c9bf.txt')).toContain(quote.slice(0, 20));
    expect(words('001_24723234f26b1047.txt')).not.toContain(quote.slice(0, 20));
    for (const a of articles) expect(a.title.trim()).not.toBe('');
  });

  it('the data directory opens again at the default heap and answers', async () => {
    const r = await runCli(['ask', '--data-dir', dataDir, '--jsonl'], {
      input: `${JSON.stringify({ id: 1, q: 'Ai là cụm trưởng năm 2024?' })}\n`,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 1, found: true });
  });
});
