/**
 * The data directory: the segmented article store and its search index, kept at one generation.
 *
 *   manifest.json                     the commit point: generation, segments, index statistics
 *   segments/s000001.g7.json          a segment's records (lowdb), never changed once written
 *   segments/s000001.g7.catalog.json  its articles' in-memory entries (derived)
 *   index/s000001.g7.postings         its search postings (derived)
 *   write.lock                        held by the one writer (data-dir-lock.ts)
 *
 * A write takes the lock, catches up with writes other processes committed, writes the next
 * generation's files of the segments it changes, then commits by writing the manifest; files no
 * manifest names are leftovers and are removed. On open, derived files that are missing, unreadable
 * or of another generation than the manifest says are rebuilt from the segment (and said on stderr)
 * — never served stale. A data directory of the earlier single-file format is migrated on first open.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleScope } from '../extract/article-scope.ts';
import type { Fact } from '../extract/fact.ts';
import type { Article } from '../ingest/article.ts';
import { emptyIndexStats, IndexWriter } from '../search/index-writer.ts';
import {
  decodeSegmentIndex,
  encodeSegmentIndex,
  type SegmentIndex,
  type TokenizedArticle,
  tokenizeArticle,
} from '../search/segment-index.ts';
import { SegmentedSearchIndex } from '../search/segmented-search-index.ts';
import { type ArticleEntry, entryOf } from './article-entry.ts';
import { type ArticleRecord, parseRecord, stringifyRecord } from './article-record.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { CATALOG_FORMAT, readCatalog, writeCatalog } from './catalog-file.ts';
import { type DataDirLock, DEFAULT_LOCK_OPTIONS, type LockOptions, lockDataDir } from './data-dir-lock.ts';
import { hasLegacyStore, LEGACY_INDEX, LEGACY_STORE, readLegacyStore } from './legacy-store.ts';
import {
  extractionOf,
  MANIFEST_FORMAT,
  type Manifest,
  readManifest,
  type SegmentRef,
  writeManifest,
} from './manifest.ts';
import { inOrder } from './ordered-pipeline.ts';
import { DEFAULT_RECORD_CACHE, RecordCache, type RecordCacheOptions } from './record-cache.ts';
import { readRecords, readSegmentFile, recordOffsets, writeSegmentFile } from './segment-file.ts';
import { SegmentedStore, type StoredSegment } from './segmented-store.ts';

export interface ArchiveOptions {
  /** New articles fill a segment up to this many; a write rewrites only the segments it changes. */
  articlesPerSegment: number;
  /** Records kept in memory after being read (see RecordCache). */
  cache: RecordCacheOptions;
  /** How writers wait for each other (see LockOptions). */
  lock: Omit<LockOptions, 'holder' | 'onWait'>;
  /** Where repairs, migrations and waits are told (default: stderr). */
  log: (message: string) => void;
  /** The extractors' version: stored facts of another version are extracted again. */
  extraction: number;
  /**
   * Extracts an article's facts and scope, and its index tokens when at hand (used when migrating
   * or when the extractors changed; the engine runs it in the worker pool).
   */
  extract: (article: Article) => Promise<Reextraction> | Reextraction;
}

export const DEFAULT_ARCHIVE_OPTIONS: Omit<ArchiveOptions, 'extraction' | 'extract'> = {
  articlesPerSegment: 256,
  cache: DEFAULT_RECORD_CACHE,
  lock: DEFAULT_LOCK_OPTIONS,
  log: (message) => process.stderr.write(`${message}\n`),
};

/** What `extract` gives for an article. */
export interface Reextraction {
  facts: Fact[];
  scope: ArticleScope;
  tokens?: TokenizedArticle;
}

/** How many articles are extracted ahead of the one being written, when re-extracting. */
const REEXTRACTION_DEPTH = 16;

/** The store and its index as of one generation. */
export interface Snapshot {
  manifest: Manifest;
  store: SegmentedStore;
  index: SegmentedSearchIndex;
}

interface LoadedSegment {
  stored: StoredSegment;
  index: SegmentIndex;
  bytes: number;
}

const SEGMENTS = 'segments';
const INDEX = 'index';

const emptyManifest = (extraction: number): Manifest => ({
  format: MANIFEST_FORMAT,
  generation: 0,
  extraction,
  segments: [],
  nextSegment: 1,
  index: emptyIndexStats(),
});

const segmentName = (n: number) => `s${String(n).padStart(6, '0')}`;

export class Archive {
  private snapshot: Snapshot;
  private loaded = new Map<string, LoadedSegment>();
  private readonly cache: RecordCache;

  private constructor(
    readonly dataDir: string,
    readonly options: ArchiveOptions,
  ) {
    this.cache = new RecordCache(options.cache);
    this.snapshot = this.build(emptyManifest(options.extraction), new Map());
  }

  /** Opens a data directory (created when missing), migrating or repairing it when needed. */
  static async open(
    dataDir: string,
    options: Partial<ArchiveOptions> & Pick<ArchiveOptions, 'extraction' | 'extract'>,
  ): Promise<Archive> {
    mkdirSync(join(dataDir, SEGMENTS), { recursive: true });
    mkdirSync(join(dataDir, INDEX), { recursive: true });
    const archive = new Archive(dataDir, { ...DEFAULT_ARCHIVE_OPTIONS, ...options });
    if (!readManifest(dataDir) && hasLegacyStore(dataDir)) await archive.migrate();
    archive.refresh();
    if (archive.outdatedSegments().length) await archive.reextract();
    return archive;
  }

  get current(): Snapshot {
    return this.snapshot;
  }

  get generation(): number {
    return this.snapshot.manifest.generation;
  }

  segmentFile = (id: string, generation: number) => join(this.dataDir, SEGMENTS, `${id}.g${generation}.json`);
  private catalogFile = (id: string, generation: number) =>
    join(this.dataDir, SEGMENTS, `${id}.g${generation}.catalog.json`);
  private postingsFile = (id: string, generation: number) =>
    join(this.dataDir, INDEX, `${id}.g${generation}.postings`);

  /** Catches up with the manifest on disk; true when it changed. Reads only the segments that did. */
  refresh(): boolean {
    const manifest = readManifest(this.dataDir) ?? emptyManifest(this.options.extraction);
    if (
      manifest.generation === this.snapshot.manifest.generation &&
      this.loaded.size === manifest.segments.length
    )
      return false;
    const next = new Map<string, LoadedSegment>();
    for (const ref of manifest.segments) {
      const key = `${ref.id}.g${ref.generation}`;
      next.set(key, this.loaded.get(key) ?? this.loadSegment(ref));
    }
    this.loaded = next;
    this.snapshot = this.build(manifest, next);
    return true;
  }

  private build(manifest: Manifest, segments: Map<string, LoadedSegment>): Snapshot {
    const loaded = [...segments.values()];
    const store = new SegmentedStore(
      loaded.map((s) => s.stored),
      this.cache,
      (id) => {
        this.refresh();
        const store = this.snapshot.store;
        const entry = store.entry(id);
        const segment = store.segmentOf(id);
        return entry && segment ? { file: segment.file, entry } : undefined;
      },
    );
    const index = new SegmentedSearchIndex(
      loaded.map((s) => s.index),
      manifest.index,
      loaded.reduce((n, s) => n + s.bytes, 0),
    );
    return { manifest, store, index };
  }

  /** Reads a segment's catalog and postings, rebuilding them from the segment file when they do not fit. */
  private loadSegment(ref: SegmentRef): LoadedSegment {
    const file = this.segmentFile(ref.id, ref.generation);
    const catalogPath = this.catalogFile(ref.id, ref.generation);
    const postingsPath = this.postingsFile(ref.id, ref.generation);
    const catalog = readCatalog(catalogPath, ref.id, ref.generation);
    let index: SegmentIndex | undefined;
    let bytes = 0;
    try {
      const raw = readFileSync(postingsPath);
      const decoded = decodeSegmentIndex(raw);
      if (decoded.segment === ref.id && decoded.generation === ref.generation) {
        index = decoded;
        bytes = raw.length;
      }
    } catch {
      index = undefined;
    }
    let entries = catalog?.entries;
    if (!entries || !index) {
      const what = [!entries && 'catalog', !index && 'search index'].filter(Boolean).join(' and ');
      this.options.log(
        `${ref.id}: ${what} missing or not of generation ${ref.generation}; rebuilding from ${file}`,
      );
      const data = readSegmentFile(file);
      const records = data.records.map(parseRecord);
      const offsets = recordOffsets(data);
      if (!entries) {
        entries = records.map((r, i) => entryOf(r, offsets[i] as [number, number]));
        writeCatalog(catalogPath, {
          format: CATALOG_FORMAT,
          segment: ref.id,
          generation: ref.generation,
          entries,
        });
      }
      if (!index) {
        index = new IndexWriter(emptyIndexStats()).buildSegment(
          ref.id,
          ref.generation,
          records.map((r) => r.article.id),
          new Map(records.map((r) => [r.article.id, tokenizeArticle(r.article)])),
        );
        const encoded = encodeSegmentIndex(index);
        writeFileAtomic(postingsPath, encoded);
        bytes = encoded.length;
      }
    }
    return { stored: { id: ref.id, generation: ref.generation, file, entries }, index, bytes };
  }

  /**
   * Runs one write: takes the lock (waiting as `LockOptions` say), catches up with other writers,
   * lets `work` put and remove articles, and commits what it left pending. Nothing is committed when
   * `work` throws.
   */
  async write<T>(holder: string, work: (batch: WriteBatch) => Promise<T>): Promise<T> {
    const lock = await lockDataDir(this.dataDir, {
      ...this.options.lock,
      holder,
      onWait: (who) => this.options.log(`waiting for ${who} to finish writing ${this.dataDir}…`),
    });
    try {
      this.refresh();
      const batch = new WriteBatch(this, lock);
      const result = await work(batch);
      await batch.commit();
      return result;
    } finally {
      await lock.release();
    }
  }

  /** Commits a batch's changes as the next generation (called by WriteBatch). */
  async commit(changes: BatchChanges, lock: DataDirLock): Promise<void> {
    const before = this.snapshot.manifest;
    const generation = before.generation + 1;
    const refs = new Map(before.segments.map((r) => [r.id, r]));
    const written = new Map<string, LoadedSegment>();
    for (const [id, articleIds] of changes.segments) {
      if (!articleIds.length) {
        refs.delete(id);
        continue;
      }
      const old = refs.get(id);
      const oldLoaded = old ? this.loaded.get(`${id}.g${old.generation}`) : undefined;
      const oldEntries = new Map((oldLoaded?.stored.entries ?? []).map((e) => [e.id, e]));
      const keptIds = articleIds.filter((a) => !changes.records.has(a));
      const keptTexts = oldLoaded
        ? readRecords(
            oldLoaded.stored.file,
            keptIds.map((a) => (oldEntries.get(a) as ArticleEntry).at),
          )
        : [];
      const kept = new Map(keptIds.map((a, i) => [a, keptTexts[i] as string]));
      const texts = articleIds.map((a) => changes.records.get(a)?.text ?? (kept.get(a) as string));
      const file = this.segmentFile(id, generation);
      const data = { segment: id, generation, records: texts };
      await writeSegmentFile(file, data);
      const offsets = recordOffsets(data);
      const entries = articleIds.map((a, i) => {
        const at = offsets[i] as [number, number];
        const fresh = changes.records.get(a);
        return fresh ? entryOf(fresh.record, at) : { ...(oldEntries.get(a) as ArticleEntry), at };
      });
      writeCatalog(this.catalogFile(id, generation), {
        format: CATALOG_FORMAT,
        segment: id,
        generation,
        entries,
      });
      const index = changes.index.buildSegment(
        id,
        generation,
        articleIds,
        new Map([...changes.records].map(([a, r]) => [a, r.tokens])),
        oldLoaded?.index,
      );
      const encoded = encodeSegmentIndex(index);
      writeFileAtomic(this.postingsFile(id, generation), encoded);
      // a segment's facts are of the current extractors when every article in it is, or was just extracted
      const current =
        keptIds.length === 0 || (old !== undefined && extractionOf(old, before) === this.options.extraction);
      refs.set(id, {
        id,
        generation,
        articles: articleIds.length,
        extraction: current
          ? this.options.extraction
          : old
            ? extractionOf(old, before)
            : this.options.extraction,
      });
      written.set(`${id}.g${generation}`, {
        stored: { id, generation, file, entries },
        index,
        bytes: encoded.length,
      });
    }
    if (lock.compromised)
      throw new Error(
        `the write lock on ${this.dataDir} was taken over by another process; nothing was committed`,
      );
    const order = (id: string) => Number(id.slice(1));
    const segments = [...refs.values()]
      .map((r) => ({ ...r, extraction: extractionOf(r, before) }))
      .sort((a, b) => order(a.id) - order(b.id));
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      generation,
      extraction: Math.min(this.options.extraction, ...segments.map((r) => r.extraction)),
      segments,
      nextSegment: changes.nextSegment,
      index: changes.index.stats,
    };
    await writeManifest(this.dataDir, manifest);
    const next = new Map<string, LoadedSegment>();
    for (const ref of manifest.segments) {
      const key = `${ref.id}.g${ref.generation}`;
      next.set(key, (written.get(key) ?? this.loaded.get(key)) as LoadedSegment);
    }
    this.loaded = next;
    this.snapshot = this.build(manifest, next);
    this.removeLeftovers(before);
  }

  /** Removes files named by neither the manifest just committed nor the one before (readers may still use those). */
  private removeLeftovers(previous: Manifest): void {
    const keep = new Set<string>();
    for (const m of [previous, this.snapshot.manifest])
      for (const r of m.segments) keep.add(`${r.id}.g${r.generation}`);
    for (const dir of [SEGMENTS, INDEX]) {
      for (const name of readdirSync(join(this.dataDir, dir))) {
        const m = name.match(/^(s\d+\.g\d+)\./);
        if (m && keep.has(m[1] as string) && !name.endsWith('.tmp')) continue;
        if (name.endsWith('.tmp') && Date.now() - statSafe(join(this.dataDir, dir, name)) < 60_000) continue;
        rmSync(join(this.dataDir, dir, name), { force: true });
      }
    }
  }

  /** The earlier format (store.json + index.json) → segments; store.json is kept aside, renamed. */
  private async migrate(): Promise<void> {
    await this.write('migration', async (batch) => {
      if (readManifest(this.dataDir)) return; // another process migrated it meanwhile
      const legacy = readLegacyStore(this.dataDir);
      this.options.log(
        `migrating ${this.dataDir}: ${legacy.articles.length} articles from ${LEGACY_STORE} into segments…`,
      );
      const current = legacy.version === this.options.extraction;
      const facts = new Map<string, Fact[]>();
      for (const f of legacy.facts) {
        const list = facts.get(f.source.articleId) ?? [];
        list.push(f);
        facts.set(f.source.articleId, list);
      }
      const scopes = new Map(legacy.scopes.map((s) => [s.articleId, s]));
      for (const article of legacy.articles) {
        const scope = scopes.get(article.id);
        const extraction =
          current && scope
            ? { facts: facts.get(article.id) ?? [], scope }
            : await this.options.extract(article);
        await batch.put({ article, facts: extraction.facts, scope: extraction.scope }, extraction.tokens);
      }
    });
    if (readManifest(this.dataDir) && hasLegacyStore(this.dataDir)) {
      renameSync(join(this.dataDir, LEGACY_STORE), join(this.dataDir, `${LEGACY_STORE}.migrated`));
      rmSync(join(this.dataDir, LEGACY_INDEX), { force: true });
      this.options.log(
        `migrated ${this.dataDir}: the old ${LEGACY_STORE} is kept as ${LEGACY_STORE}.migrated (delete it when satisfied)`,
      );
    }
  }

  /** Segments whose facts come from other extractors than this version's. */
  outdatedSegments(): SegmentRef[] {
    const m = this.snapshot.manifest;
    return m.segments.filter((r) => extractionOf(r, m) !== this.options.extraction);
  }

  /**
   * Facts from older extractors: extracted again from the stored articles, a segment at a time
   * (each committed as it is done, so that an interrupted re-extraction resumes where it stopped),
   * records read straight from the segment files without filling the cache.
   */
  private async reextract(): Promise<void> {
    await this.write('re-extraction', async (batch) => {
      const outdated = this.outdatedSegments();
      if (!outdated.length) return;
      const count = outdated.reduce((n, r) => n + r.articles, 0);
      this.options.log(`extracting the facts of ${count} stored articles again (the extractors changed)…`);
      for (const ref of outdated) {
        const segment = this.snapshot.store.segments.find((s) => s.id === ref.id);
        if (!segment) continue;
        const texts = readRecords(
          segment.file,
          segment.entries.map((e) => e.at),
        );
        await inOrder(
          texts,
          REEXTRACTION_DEPTH,
          async (text) => {
            const { article } = parseRecord(text);
            return { article, ...(await this.options.extract(article)) };
          },
          async (_, x) => batch.put({ article: x.article, facts: x.facts, scope: x.scope }, x.tokens),
        );
        await batch.commit();
      }
    });
  }
}

function statSafe(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** What a batch has changed and not yet committed. */
interface BatchChanges {
  /** Segments changed: their articles, in order (empty: the segment goes). */
  segments: Map<string, string[]>;
  /** New or changed records, with their JSON text and their tokens. */
  records: Map<string, { record: ArticleRecord; text: string; tokens: TokenizedArticle }>;
  index: IndexWriter;
  nextSegment: number;
}

/** One writer's changes, committed by `Archive.write` (and along the way, every segment's worth). */
export class WriteBatch {
  private changes: BatchChanges;
  /** Articles put since the last commit. */
  private pending = 0;
  /** Where this batch put or removed (undefined) articles since the last commit. */
  private placed = new Map<string, string | undefined>();

  constructor(
    private readonly archive: Archive,
    private readonly lock: DataDirLock,
  ) {
    this.changes = this.fresh();
  }

  private fresh(): BatchChanges {
    const m = this.archive.current.manifest;
    return {
      segments: new Map(),
      records: new Map(),
      index: new IndexWriter(m.index),
      nextSegment: m.nextSegment,
    };
  }

  private get snapshot(): Snapshot {
    return this.archive.current;
  }

  /** The segment holding an article, committed or pending (undefined once removed). */
  private segmentOf(id: string): string | undefined {
    if (this.placed.has(id)) return this.placed.get(id);
    return this.snapshot.store.segmentOf(id)?.id;
  }

  /** The articles of a segment as this batch has them. */
  private plan(segment: string): string[] {
    let ids = this.changes.segments.get(segment);
    if (!ids) {
      ids = (this.snapshot.store.segments.find((s) => s.id === segment)?.entries ?? []).map((e) => e.id);
      this.changes.segments.set(segment, ids);
    }
    return ids;
  }

  /** The stored hash of an article (pending changes included), or undefined when there is none. */
  hashOf(id: string): string | undefined {
    return this.changes.records.get(id)?.record.article.hash ?? this.snapshot.store.entry(id)?.hash;
  }

  /** The committed entry of an article (for reports on unchanged files). */
  entry(id: string): ArticleEntry | undefined {
    return this.snapshot.store.entry(id);
  }

  /** Notes that the article's old version leaves the index, wherever it is. */
  private forget(id: string, segment: string): void {
    const pending = this.changes.records.get(id);
    if (pending) {
      this.changes.index.removedTokens(pending.tokens);
      this.changes.records.delete(id);
      return;
    }
    const stored = this.snapshot.index.segments.find((s) => s.segment === segment);
    if (stored) this.changes.index.removed(stored, id);
  }

  /** Adds or replaces an article with its facts and scope; commits once a segment's worth is pending. */
  async put(
    record: ArticleRecord,
    tokens: TokenizedArticle = tokenizeArticle(record.article),
  ): Promise<void> {
    const id = record.article.id;
    let segment = this.segmentOf(id);
    if (segment) {
      this.forget(id, segment);
      this.plan(segment);
    } else {
      segment = this.openSegment();
      this.plan(segment).push(id);
    }
    this.placed.set(id, segment);
    this.changes.index.added(tokens);
    this.changes.records.set(id, { record, text: stringifyRecord(record), tokens });
    this.pending++;
    if (this.pending >= this.archive.options.articlesPerSegment) await this.commit();
  }

  /** Removes an article; false when there is none. */
  remove(id: string): boolean {
    const segment = this.segmentOf(id);
    if (!segment) return false;
    this.forget(id, segment);
    const ids = this.plan(segment);
    ids.splice(ids.indexOf(id), 1);
    this.placed.set(id, undefined);
    return true;
  }

  /** The segment new articles go to: the newest one while it has room, else a new one. */
  private openSegment(): string {
    const newest = [...this.changes.segments.keys(), this.snapshot.manifest.segments.at(-1)?.id ?? '']
      .sort()
      .pop();
    const size =
      this.changes.segments.get(newest ?? '')?.length ??
      this.snapshot.manifest.segments.find((s) => s.id === newest)?.articles ??
      0;
    if (newest && size < this.archive.options.articlesPerSegment) return newest;
    const id = segmentName(this.changes.nextSegment++);
    this.changes.segments.set(id, []);
    return id;
  }

  /** Commits what is pending (nothing to do when nothing changed). */
  async commit(): Promise<void> {
    if (!this.changes.segments.size) return;
    await this.archive.commit(this.changes, this.lock);
    this.changes = this.fresh();
    this.pending = 0;
    this.placed.clear();
  }
}
