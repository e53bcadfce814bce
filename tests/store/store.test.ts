/**
 * The store: ingest is idempotent, a changed file replaces its old sentences and facts, and removing
 * an article drops it, its facts and its index entries — all persisted in the data directory.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, type IngestReport } from '../../src/engine.ts';
import { SentenceIndex } from '../../src/search/sentence-index.ts';
import { FactStore } from '../../src/store/fact-store.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const dirs: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const V1 = `Ủy ban MTTQ huyện Kon Rẫy bàn giao 120 căn nhà Đại đoàn kết

Ngày 12/3/2024, tại huyện Kon Rẫy, Ủy ban MTTQ Việt Nam huyện Kon Rẫy tổ chức lễ bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo.

Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo".
`;
const V2 = `Ủy ban MTTQ huyện Kon Rẫy bàn giao 95 căn nhà Đại đoàn kết

Ngày 12/3/2024, tại huyện Kon Rẫy, Ủy ban MTTQ Việt Nam huyện Kon Rẫy tổ chức lễ bàn giao 95 căn nhà Đại đoàn kết cho hộ nghèo.
`;
const QUESTION = 'Huyện Kon Rẫy bàn giao bao nhiêu căn nhà Đại đoàn kết?';

describe('seeding and idempotent re-ingest', () => {
  let dataDir: string;
  let engine: Engine;
  beforeAll(async () => {
    dataDir = tmp('mttq-store-');
    engine = await Engine.open({ dataDir, seedPaths: [SEEDS] });
  });

  it('an empty data dir is seeded with the five seed articles', () => {
    expect(engine.stats()).toMatchObject({ articles: 5, sentences: 107 });
    expect(engine.stats().facts).toBeGreaterThan(50);
  });

  it('ingesting the seeds again reports "unchanged" and leaves the store file as it was', async () => {
    const store = join(dataDir, 'store.json');
    const before = readFileSync(store);
    const mtime = statSync(store).mtimeMs;
    const reports = await engine.ingestPaths([SEEDS]);
    expect(reports).toHaveLength(5);
    for (const r of reports) expect(r.status).toBe('unchanged');
    expect(readFileSync(store).equals(before)).toBe(true);
    expect(statSync(store).mtimeMs).toBe(mtime);
  });

  it('an unchanged report still counts the sentences and facts', async () => {
    const [r] = (await engine.ingestPaths([join(SEEDS, '002_29df154df923ad54.txt')])) as IngestReport[];
    expect(r?.status).toBe('unchanged');
    expect(r?.sentences).toBeGreaterThan(20);
    expect(r?.facts.cluster).toBe(1);
  });

  it('reopening the data dir gives the same articles and answers', async () => {
    const again = await Engine.open({ dataDir, seedPaths: [SEEDS] });
    expect(again.stats()).toEqual(engine.stats());
    expect(again.ask('Ai là cụm phó năm 2024?').text).toContain('Cao Bằng');
  });

  it('the store file holds the articles and their facts', async () => {
    const store = await FactStore.open(dataDir);
    expect(store.articles).toHaveLength(5);
    expect(store.facts.length).toBe(engine.stats().facts);
    expect(store.scopes).toHaveLength(5);
  });
});

describe('a changed file and a removed article', () => {
  let dataDir: string;
  let srcDir: string;
  let file: string;
  let engine: Engine;
  beforeAll(async () => {
    dataDir = tmp('mttq-store-');
    srcDir = tmp('mttq-src-');
    file = join(srcDir, 'kon-ray.txt');
    engine = await Engine.open({ dataDir });
  });

  it('a new file is added with its facts', async () => {
    writeFileSync(file, V1);
    const [r] = (await engine.ingestPaths([srcDir])) as IngestReport[];
    expect(r).toMatchObject({ id: 'kon-ray', status: 'added', sentences: 3 });
    expect(r?.facts.quantity).toBe(3);
    expect(engine.ask(QUESTION).text).toContain('120 căn nhà Đại đoàn kết');
  });

  it('a changed file replaces its old sentences and facts', async () => {
    writeFileSync(file, V2);
    const [r] = await engine.ingestPaths([srcDir]);
    expect(r).toMatchObject({ id: 'kon-ray', status: 'updated', sentences: 2 });
    expect(engine.stats()).toMatchObject({ articles: 1, sentences: 2 });
    const a = engine.ask(QUESTION);
    expect(a.text).toContain('95 căn nhà Đại đoàn kết');
    expect(a.text).not.toContain('120');
    const index = SentenceIndex.load(dataDir);
    expect(index?.search(['120'])).toEqual([]);
    expect(index?.search(['95']).length).toBeGreaterThan(0);
    expect(engine.listArticles()).toEqual([
      expect.objectContaining({ id: 'kon-ray', sentences: 2, facts: 3 }),
    ]);
  });

  it('remove(id) drops the article, its facts and its index entries', async () => {
    expect(await engine.remove('kon-ray')).toBe(true);
    expect(engine.stats()).toMatchObject({ articles: 0, sentences: 0, facts: 0 });
    expect(engine.listArticles()).toEqual([]);
    expect(SentenceIndex.load(dataDir)?.search(['95'])).toEqual([]);
    expect(engine.ask(QUESTION).found).toBe(false);
    const store = await FactStore.open(dataDir);
    expect(store.articles).toEqual([]);
    expect(store.facts).toEqual([]);
  });

  it('removing an unknown id reports false', async () => {
    expect(await engine.remove('kon-ray')).toBe(false);
  });

  it('a document sent by an admin is ingested and answered like a file', async () => {
    const r = await engine.ingestDocument({ text: V1, format: 'txt' });
    expect(r.status).toBe('added');
    expect(r.id).toMatch(/^uy-ban-mttq-huyen-kon-ray/);
    const a = engine.ask(QUESTION);
    expect(a.citations[0]?.articleId).toBe(r.id);
    expect((await engine.ingestDocument({ text: V1, format: 'txt' })).status).toBe('unchanged');
  });
});
