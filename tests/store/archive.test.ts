/**
 * The data directory keeps its promises: derived files that do not match the manifest's generation
 * are rebuilt, never served; leftovers of an unfinished write are ignored and then removed; a data
 * directory of the earlier single-file format is migrated without losing an article; writes commit
 * segment by segment and rewrite only the segments they change.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { readSources } from '../../src/ingest/read-sources.ts';
import { encodeSegmentIndex } from '../../src/search/segment-index.ts';
import { Archive } from '../../src/store/archive.ts';
import { type Manifest, readManifest } from '../../src/store/manifest.ts';
import { STORE_VERSION } from '../../src/store/store-version.ts';
import { SEEDS } from '../extract/articles.ts';
import { tempDirs } from './temp-dirs.ts';

const tmp = tempDirs();

const QUESTIONS = [
  'Ai là cụm trưởng năm 2024?',
  'Cụm thi đua Nam Sông Hậu gồm những tỉnh nào?',
  'bao nhiêu nhà đại đoàn kết được xây dựng?',
  'Chỉ thị 22-CT/TW về gì?',
];
const answers = (e: Engine) => QUESTIONS.map((q) => e.ask(q)).map(({ context: _, ...a }) => a);

/** Opens a data directory, collecting what it says on stderr. */
async function open(dataDir: string, articlesPerSegment = 2) {
  const said: string[] = [];
  const engine = await Engine.open({
    dataDir,
    storage: { articlesPerSegment, log: (m) => said.push(m) },
  });
  return { engine, said };
}

let reference: ReturnType<typeof answers>;
beforeAll(async () => {
  const { engine } = await open(tmp('mttq-ref-'));
  await engine.ingestPaths([SEEDS]);
  reference = answers(engine);
});

describe('the manifest ties the store and the index together', () => {
  it('writes commit segment by segment; each segment has its records, catalog and postings', async () => {
    const dataDir = tmp('mttq-archive-');
    const { engine } = await open(dataDir);
    await engine.ingestPaths([SEEDS]);
    const m = readManifest(dataDir);
    expect(m?.segments.map((s) => s.articles)).toEqual([2, 2, 1]);
    // each segment written once, by the commit that filled it
    expect(m?.segments.map((s) => s.generation)).toEqual([1, 2, 3]);
    for (const s of m?.segments ?? []) {
      const stem = `${s.id}.g${s.generation}`;
      expect(existsSync(join(dataDir, 'segments', `${stem}.json`))).toBe(true);
      expect(existsSync(join(dataDir, 'segments', `${stem}.catalog.json`))).toBe(true);
      expect(existsSync(join(dataDir, 'index', `${stem}.postings`))).toBe(true);
    }
    expect(answers(engine)).toEqual(reference);
  });

  it('a search index of another generation than the manifest says is rebuilt, not served', async () => {
    const dataDir = tmp('mttq-archive-');
    await (await open(dataDir)).engine.ingestPaths([SEEDS]);
    const m = readManifest(dataDir);
    const [first, second] = m?.segments ?? [];
    // the first segment's postings file holds an index stamped with an older generation (as after a
    // crash between writing a segment and its index); the second's catalog is gone
    const postings = join(dataDir, 'index', `${first?.id}.g${first?.generation}.postings`);
    const archive = await Archive.open(dataDir, { extraction: STORE_VERSION, extract: extractFacts });
    const stale = { ...archive.current.index.segments[0]!, generation: (first?.generation ?? 1) - 1 };
    writeFileSync(postings, encodeSegmentIndex(stale));
    rmSync(join(dataDir, 'segments', `${second?.id}.g${second?.generation}.catalog.json`));

    const { engine, said } = await open(dataDir);
    expect(said.join('\n')).toMatch(new RegExp(`${first?.id}: search index missing or not of generation`));
    expect(said.join('\n')).toMatch(new RegExp(`${second?.id}: catalog missing`));
    expect(answers(engine)).toEqual(reference);
    // repaired on disk: the next process has nothing to say
    expect((await open(dataDir)).said).toEqual([]);
  });

  it('an unreadable index file is rebuilt from its segment', async () => {
    const dataDir = tmp('mttq-archive-');
    await (await open(dataDir)).engine.ingestPaths([SEEDS]);
    const s = readManifest(dataDir)?.segments[1];
    writeFileSync(join(dataDir, 'index', `${s?.id}.g${s?.generation}.postings`), 'garbage');
    const { engine, said } = await open(dataDir);
    expect(said).toHaveLength(1);
    expect(answers(engine)).toEqual(reference);
  });

  it('files of a write that never committed are ignored, then removed by the next write', async () => {
    const dataDir = tmp('mttq-archive-');
    const { engine } = await open(dataDir);
    await engine.ingestPaths([SEEDS]);
    const next = (readManifest(dataDir)?.generation ?? 0) + 1;
    const orphan = join(dataDir, 'segments', `s000001.g${next}.json`);
    writeFileSync(orphan, '{"format":1,"segment":"s000001","generation":99,"records":[\n{}\n]}\n');
    writeFileSync(join(dataDir, 'index', `s000009.g${next}.postings`), 'half written');
    const again = (await open(dataDir)).engine;
    expect(answers(again)).toEqual(reference);
    expect(await again.remove('004_3efc173e9c33baf7')).toBe(true);
    expect(existsSync(orphan)).toBe(false);
    expect(readdirSync(join(dataDir, 'index')).some((f) => f.startsWith('s000009'))).toBe(false);
  });

  it('adding an article rewrites only the segment it goes to', async () => {
    const dataDir = tmp('mttq-archive-');
    const src = tmp('mttq-src-');
    const { engine } = await open(dataDir);
    await engine.ingestPaths([SEEDS]);
    const before = new Map(
      readdirSync(join(dataDir, 'segments')).map((f) => [f, statSync(join(dataDir, 'segments', f)).mtimeMs]),
    );
    writeFileSync(
      join(src, 'moi.txt'),
      'Bài mới\n\nNgày 2/3/2024, Ủy ban MTTQ huyện Kon Rẫy trao 12 căn nhà.\n',
    );
    await engine.ingestPaths([src]);
    const m = readManifest(dataDir);
    expect(m?.segments.map((s) => s.articles)).toEqual([2, 2, 2]);
    const changed = m?.segments.filter((s) => s.generation === m.generation).map((s) => s.id);
    expect(changed).toEqual(['s000003']);
    for (const [f, mtime] of before)
      if (!f.startsWith('s000003') && existsSync(join(dataDir, 'segments', f)))
        expect(statSync(join(dataDir, 'segments', f)).mtimeMs).toBe(mtime);
  });
});

describe('facts from older extractors', () => {
  it('are extracted again on open, only in the segments that have them, each committed as it is done', async () => {
    const dataDir = tmp('mttq-reextract-');
    await (await open(dataDir)).engine.ingestPaths([SEEDS]);
    const before = readManifest(dataDir) as Manifest;
    // as if a re-extraction had stopped after the first segment: the others are of the older version
    const older = {
      ...before,
      extraction: STORE_VERSION - 1,
      segments: before.segments.map((s, i) => ({
        ...s,
        extraction: i === 0 ? STORE_VERSION : STORE_VERSION - 1,
      })),
    };
    writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(older));
    const { engine, said } = await open(dataDir);
    expect(said).toEqual([expect.stringMatching(/^extracting the facts of 3 stored articles again/)]);
    const after = readManifest(dataDir) as Manifest;
    expect(after.extraction).toBe(STORE_VERSION);
    expect(after.segments.map((s) => s.extraction)).toEqual([STORE_VERSION, STORE_VERSION, STORE_VERSION]);
    expect(after.segments[0]?.generation).toBe(before.segments[0]?.generation);
    expect(
      after.segments.slice(1).every((s, i) => s.generation > (before.segments[i + 1]?.generation ?? 0)),
    ).toBe(true);
    expect(answers(engine)).toEqual(reference);
  });
});

describe('migration from the single-file store', () => {
  /** A data directory as the earlier version wrote it: store.json (lowdb) and index.json. */
  async function legacyDataDir(version: number): Promise<string> {
    const dataDir = tmp('mttq-legacy-');
    const articles = (await readSources([SEEDS])).sources.map(parseArticle);
    const extracted = articles.map((a) => extractFacts(a));
    const facts = extracted
      .flatMap((x) => x.facts)
      .map((f) => ({ ...f, source: { ...f.source, quote: undefined } }));
    writeFileSync(
      join(dataDir, 'store.json'),
      JSON.stringify({ version, articles, facts, scopes: extracted.map((x) => x.scope) }),
    );
    writeFileSync(join(dataDir, 'index.json'), '{"format":3}');
    return dataDir;
  }

  it('keeps every article, says so on stderr and keeps the old file aside', async () => {
    const dataDir = await legacyDataDir(STORE_VERSION);
    const { engine, said } = await open(dataDir);
    expect(said[0]).toMatch(/migrating .*: 5 articles from store\.json/);
    expect(said.at(-1)).toMatch(/kept as store\.json\.migrated/);
    expect(engine.stats().articles).toBe(5);
    expect(answers(engine)).toEqual(reference);
    expect(existsSync(join(dataDir, 'store.json'))).toBe(false);
    expect(existsSync(join(dataDir, 'index.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dataDir, 'store.json.migrated'), 'utf8')).articles).toHaveLength(5);
    expect((await open(dataDir)).said).toEqual([]);
  });

  it('facts of older extractors are extracted again from the stored articles', async () => {
    const dataDir = await legacyDataDir(STORE_VERSION - 1);
    const { engine } = await open(dataDir);
    expect(answers(engine)).toEqual(reference);
    expect(readManifest(dataDir)?.extraction).toBe(STORE_VERSION);
  });
});
