/**
 * A batch of good and bad files through the real engine: every file gets its own outcome, the
 * good ones land, the bad ones are refused with the reason and nothing of them is stored, and the
 * seed answers stay what they were. Sidecars are validated field by field.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, type IngestOutcome } from '../../src/engine.ts';
import { SEEDS } from '../answer/engine.ts';
import { Random } from '../fuzz/random.ts';

const SEED = '002_29df154df923ad54.txt';
/** Seed questions the good files of the batch do not touch: junk must not change them either. */
const QUESTIONS = [
  'how many houses were built?',
  'MTTQ tỉnh Điện Biên huy động nhân dân đóng góp bao nhiêu ngày công?',
  'Cụm thi đua MTTQ các tỉnh miền núi biên giới phía Bắc gồm những tỉnh nào?',
];

const ARTICLE = (year: number) =>
  `Hội nghị Cụm thi đua năm ${year}\n\nNgày 5/12/${year}, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết. ` +
  `Hội nghị đã suy tôn tỉnh Gia Lai làm Cụm trưởng năm ${year + 1}.\n`;

let dir = '';
let dataDir = '';
let engine: Engine;
let outcomes: IngestOutcome[];
let before: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mttq-batch-'));
  dataDir = mkdtempSync(join(tmpdir(), 'mttq-batch-data-'));
  engine = await Engine.open({ dataDir, seedPaths: [SEEDS] });
  before = QUESTIONS.map((q) => engine.ask(q).text);
  mkdirSync(join(dir, '2023'));
  mkdirSync(join(dir, '2024'));
  copyFileSync(join(SEEDS, SEED), join(dir, 'good.txt'));
  writeFileSync(join(dir, '2023', 'bai1.txt'), ARTICLE(2023));
  writeFileSync(join(dir, '2024', 'bai1.txt'), ARTICLE(2024));
  writeFileSync(
    join(dir, 'deep.html'),
    `<html><body>${'<div>'.repeat(10_000)}${'</div>'.repeat(10_000)}</body></html>`,
  );
  const binary = new Random(42).bytes(50_000);
  binary[100] = 0;
  writeFileSync(join(dir, 'ls.txt'), binary);
  writeFileSync(
    join(dir, 'random.txt'),
    new Random(7).bytes(100_000).map((b) => (b === 0 ? 1 : b)),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '  \n\t\n   \n');
  writeFileSync(join(dir, 'short.txt'), 'Xin chào.');
  writeFileSync(
    join(dir, 'menu.html'),
    `<html><body><nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/t${i}">Tin ${i}</a></li>`).join('')}</ul></nav></body></html>`,
  );
  writeFileSync(join(dir, 'sidecar.txt'), ARTICLE(2022));
  writeFileSync(
    join(dir, 'sidecar.meta.json'),
    JSON.stringify({
      title: 'Tiêu đề từ sidecar',
      date: '9999-99-99',
      url: 'javascript:alert(1)',
      publisher: 42,
    }),
  );
  outcomes = await engine.ingestPaths([dir]);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const outcomeOf = (path: string) => outcomes.find((o) => o.path === join(dir, path));

describe('a batch with bad files in it', () => {
  it('gives every file one outcome; the good ones land', () => {
    expect(outcomes).toHaveLength(11);
    expect(outcomeOf('good.txt')).toMatchObject({ status: 'added', id: 'good' });
    expect(outcomeOf('2023/bai1.txt')).toMatchObject({ status: 'added', id: 'bai1' });
    expect(outcomeOf('sidecar.txt')).toMatchObject({ status: 'added', id: 'sidecar' });
  });

  it.each([
    ['deep.html', 'too-short'],
    ['ls.txt', 'binary'],
    ['random.txt', 'binary'],
    ['empty.txt', 'empty'],
    ['blank.md', 'empty'],
    ['short.txt', 'too-short'],
    ['menu.html', 'navigation-only'],
  ])('%s is refused as %s and not stored', (file, reason) => {
    expect(outcomeOf(file)).toMatchObject({ status: 'refused', refusal: { reason } });
    const id = file.replace(/\.\w+$/, '');
    expect(engine.listArticles().some((a) => a.id === id)).toBe(false);
  });

  it('refuses the second file of the same name instead of overwriting the first', () => {
    expect(outcomeOf('2024/bai1.txt')).toMatchObject({
      status: 'refused',
      refusal: { reason: 'duplicate-id', id: 'bai1', firstPath: join(dir, '2023', 'bai1.txt') },
    });
    expect(engine.listArticles().filter((a) => a.id === 'bai1')).toHaveLength(1);
    expect(engine.ask('Cụm trưởng năm 2024 của Cụm thi đua các tỉnh Tây Nguyên là tỉnh nào?').text).toContain(
      'Gia Lai',
    );
  });

  it('stores no empty title and no control character', () => {
    for (const a of engine.listArticles()) expect(a.title.trim()).not.toBe('');
    for (const a of engine.listArticles()) {
      for (let i = 0; i < a.sentences; i++) {
        expect(engine.citation(a.id, i)?.quote ?? '').not.toMatch(
          /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/,
        );
      }
    }
  });

  it('leaves the seed answers as they were', () => {
    expect(QUESTIONS.map((q) => engine.ask(q).text)).toEqual(before);
  });

  it('keeps the valid fields of a sidecar and reports the others', () => {
    const article = engine.listArticles().find((a) => a.id === 'sidecar');
    expect(article).toMatchObject({ title: 'Tiêu đề từ sidecar' });
    expect(article?.url).toBeUndefined();
    expect(article?.date).not.toBe('9999-99-99');
    const warnings =
      outcomeOf('sidecar.txt')?.status === 'added'
        ? (outcomeOf('sidecar.txt') as { warnings?: string[] }).warnings
        : [];
    expect(warnings).toEqual([
      expect.stringMatching(/sidecar\.meta\.json: url: must be an absolute http\(s\) link/),
      expect.stringMatching(/sidecar\.meta\.json: publisher: .*got 42/),
      expect.stringMatching(
        /sidecar\.meta\.json: date: must be a real date written yyyy-mm-dd \(got "9999-99-99"\)/,
      ),
    ]);
  });
});

describe('a document an admin sends', () => {
  it.each([
    [
      'binary',
      new Random(42)
        .bytes(4000)
        .toString('latin1')
        .replace(/[\s\S]{50}/, '\u0000'),
      'binary',
    ],
    ['near-empty', 'Một dòng.', 'too-short'],
  ])('%s is refused with the reason', async (_, text, reason) => {
    const count = engine.stats().articles;
    expect(await engine.ingestDocument({ text, format: 'txt' })).toMatchObject({
      status: 'refused',
      refusal: { reason },
    });
    expect(engine.stats().articles).toBe(count);
  });
});
