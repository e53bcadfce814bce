/**
 * The store: ingest is idempotent, a changed file replaces its old sentences and facts, and removing
 * an article drops it, its facts and its index entries — all persisted in the data directory.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine, type IngestReport } from '../../src/engine.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { Archive } from '../../src/store/archive.ts';
import { STORE_VERSION } from '../../src/store/store-version.ts';
import { tempDirs } from './temp-dirs.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const tmp = tempDirs();

const V1 = `Ủy ban MTTQ huyện Kon Rẫy bàn giao 120 căn nhà Đại đoàn kết

Ngày 12/3/2024, tại huyện Kon Rẫy, Ủy ban MTTQ Việt Nam huyện Kon Rẫy tổ chức lễ bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo.

Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo".
`;
const V2 = `Ủy ban MTTQ huyện Kon Rẫy bàn giao 95 căn nhà Đại đoàn kết

Ngày 12/3/2024, tại huyện Kon Rẫy, Ủy ban MTTQ Việt Nam huyện Kon Rẫy tổ chức lễ bàn giao 95 căn nhà Đại đoàn kết cho hộ nghèo.
`;
const QUESTION = 'Huyện Kon Rẫy bàn giao bao nhiêu căn nhà Đại đoàn kết?';

/** The data directory as a fresh process finds it. */
const reopen = async (dataDir: string) =>
  (await Archive.open(dataDir, { extraction: STORE_VERSION, extract: extractFacts })).current;

/** Every file of the data directory with its modification time. */
const files = (dataDir: string) =>
  [
    'manifest.json',
    ...['segments', 'index'].flatMap((d) => readdirSync(join(dataDir, d)).map((f) => `${d}/${f}`)),
  ]
    .sort()
    .map((f) => `${f} ${statSync(join(dataDir, f)).mtimeMs}`);

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

  it('ingesting the seeds again reports "unchanged" and writes nothing', async () => {
    const manifest = readFileSync(join(dataDir, 'manifest.json'));
    const before = files(dataDir);
    const reports = await engine.ingestPaths([SEEDS]);
    expect(reports).toHaveLength(5);
    for (const r of reports) expect(r.status).toBe('unchanged');
    expect(readFileSync(join(dataDir, 'manifest.json')).equals(manifest)).toBe(true);
    expect(files(dataDir)).toEqual(before);
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

  it('the data directory holds the articles, their facts and scopes', async () => {
    const { store } = await reopen(dataDir);
    expect(store.count).toBe(5);
    const entries = [...store.entries()];
    expect(entries.reduce((n, e) => n + Object.values(e.facts).reduce((a, b) => a + b, 0), 0)).toBe(
      engine.stats().facts,
    );
    for (const e of entries) expect(store.scope(e.id)?.articleId).toBe(e.id);
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
    const { index } = await reopen(dataDir);
    expect(index.search(['120'])).toEqual([]);
    expect(index.search(['95']).length).toBeGreaterThan(0);
    expect(engine.listArticles()).toEqual([
      expect.objectContaining({ id: 'kon-ray', sentences: 2, facts: 3 }),
    ]);
  });

  it('remove(id) drops the article, its facts and its index entries', async () => {
    expect(await engine.remove('kon-ray')).toBe(true);
    expect(engine.stats()).toMatchObject({ articles: 0, sentences: 0, facts: 0 });
    expect(engine.listArticles()).toEqual([]);
    const { index, store } = await reopen(dataDir);
    expect(index.search(['95'])).toEqual([]);
    expect(engine.ask(QUESTION).found).toBe(false);
    expect(store.count).toBe(0);
    expect(store.facts('quantity')).toEqual([]);
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
