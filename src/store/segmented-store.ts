/**
 * The embedded article store as of one generation: every article's entry in memory (from the
 * segments' catalogs), records read from the segment files by offset when first asked for and kept
 * in a bounded cache, and the lookups of facts and scopes. Immutable: a write or a refresh makes the
 * next one.
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import type { Fact, FactOf, FactType } from '../extract/fact.ts';
import type { Article } from '../ingest/article.ts';
import { type ArticleEntry, clusterOf, RESIDENT_TYPES } from './article-entry.ts';
import { type ArticleRecord, parseRecord } from './article-record.ts';
import type { ArticleNumbering, ArticleSet } from './article-set.ts';
import type { ArticleStore } from './article-store.ts';
import {
  type FactIndex,
  type FactQuery,
  inScope,
  Lookup,
  queryKeys,
  type ScopeQuery,
  scopeLookup,
} from './fact-index.ts';
import type { RecordCache } from './record-cache.ts';
import { readRecords } from './segment-file.ts';

/** A segment as the store holds it: where its file is and the entries of its articles, in order. */
export interface StoredSegment {
  id: string;
  generation: number;
  /** Path of its segment file. */
  file: string;
  entries: ArticleEntry[];
}

/** Where an article's record is now, when the file it was in has been replaced by a later write. */
export type Relocate = (articleId: string) => { file: string; entry: ArticleEntry } | undefined;

export class SegmentedStore implements ArticleStore, FactIndex, ArticleNumbering {
  private readonly byId = new Map<string, { entry: ArticleEntry; segment: StoredSegment; number: number }>();
  /** Article ids by number, in the store's order (see `ArticleSet`). */
  readonly ids: string[] = [];
  private factLookup?: Lookup;
  /** Every fact of a type, when gathered once (see `facts`). */
  private readonly gathered = new Map<FactType, Fact[]>();
  /** Every article's scope, in the store's order. */
  private allScopes?: ArticleScope[];
  /** Bytes of all records, on disk. */
  private readonly recordBytes: number;
  private scopesLookup?: Lookup;
  private localities?: Set<string>;
  private clusters?: string[];

  /**
   * @param segments the segments, in the store's order
   * @param cache records already read (shared between generations: keys name the file)
   * @param relocate finds an article again when its segment file was removed by a later write
   */
  constructor(
    readonly segments: readonly StoredSegment[],
    private readonly cache: RecordCache,
    private readonly relocate?: Relocate,
  ) {
    let bytes = 0;
    for (const segment of segments)
      for (const entry of segment.entries) {
        this.byId.set(entry.id, { entry, segment, number: this.ids.length });
        this.ids.push(entry.id);
        bytes += entry.at[1];
      }
    this.recordBytes = bytes;
  }

  get count(): number {
    return this.byId.size;
  }

  *entries(): Iterable<ArticleEntry> {
    for (const s of this.segments) yield* s.entries;
  }

  numberOf(id: string): number | undefined {
    return this.byId.get(id)?.number;
  }

  entry(id: string): ArticleEntry | undefined {
    return this.byId.get(id)?.entry;
  }

  /** The segment an article is in. */
  segmentOf(id: string): StoredSegment | undefined {
    return this.byId.get(id)?.segment;
  }

  /** Records of several articles of one segment file, read in one open. */
  private load(file: string, entries: readonly ArticleEntry[]): ArticleRecord[] {
    const out: ArticleRecord[] = [];
    const missing: ArticleEntry[] = [];
    for (const e of entries) {
      const hit = this.cache.get(`${file}|${e.id}`);
      if (hit) out.push(hit);
      else missing.push(e);
    }
    if (!missing.length) return out;
    const texts = readRecords(
      file,
      missing.map((e) => e.at),
    );
    texts.forEach((text, i) => {
      const record = parseRecord(text);
      this.cache.set(`${file}|${(missing[i] as ArticleEntry).id}`, record, text.length);
      out.push(record);
    });
    return out;
  }

  record(id: string): ArticleRecord | undefined {
    const found = this.byId.get(id);
    if (!found) return undefined;
    try {
      return this.load(found.segment.file, [found.entry])[0];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !this.relocate) throw err;
      const moved = this.relocate(id);
      return moved ? this.load(moved.file, [moved.entry])[0] : undefined;
    }
  }

  article(id: string): Article | undefined {
    return this.record(id)?.article;
  }

  factsOf<T extends FactType>(articleId: string, type: T): FactOf<T>[] {
    const entry = this.byId.get(articleId)?.entry;
    if (!entry?.facts[type]) return [];
    const facts = RESIDENT_TYPES.has(type) ? entry.resident : (this.record(articleId)?.facts ?? []);
    return facts.filter((f): f is FactOf<T> => f.type === type);
  }

  /**
   * Every fact of a type, in the store's order. Resident types are gathered once; the others are read
   * from every record, and gathered once too while the whole archive fits in the record cache (a
   * small archive answers from memory as before; a large one reads, O(archive)).
   */
  facts<T extends FactType>(type: T): FactOf<T>[] {
    const gathered = this.gathered.get(type);
    if (gathered) return gathered as FactOf<T>[];
    const out: Fact[] = [];
    if (RESIDENT_TYPES.has(type)) {
      for (const e of this.entries()) if (e.facts[type]) out.push(...this.factsOf(e.id, type));
    } else {
      for (const s of this.segments) {
        const entries = s.entries.filter((e) => e.facts[type]);
        let records: ArticleRecord[];
        try {
          records = this.load(s.file, entries);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
          records = entries.flatMap((e) => this.record(e.id) ?? []);
        }
        for (const r of records) for (const f of r.facts) if (f.type === type) out.push(f);
      }
    }
    if (RESIDENT_TYPES.has(type) || this.cache.fits(this.recordBytes)) this.gathered.set(type, out);
    return out as FactOf<T>[];
  }

  private lookup(): Lookup {
    if (!this.factLookup) {
      this.factLookup = new Lookup(this);
      let n = 0;
      for (const e of this.entries()) {
        for (const type of Object.keys(e.facts)) this.factLookup.add(type, n);
        for (const k of e.keys) this.factLookup.add(k, n);
        n++;
      }
    }
    return this.factLookup;
  }

  articlesWith(type: FactType, query: FactQuery = {}): ArticleSet {
    const keys = queryKeys(type, query);
    return this.lookup().every(keys.length ? keys : [type]);
  }

  factsWhere<T extends FactType>(type: T, query: FactQuery = {}): FactOf<T>[] {
    const fits = (f: Fact) =>
      (query.year === undefined || f.years.includes(query.year)) &&
      (query.province === undefined || f.provinces.includes(query.province)) &&
      (query.cluster === undefined || clusterOf(f) === query.cluster);
    return [...this.articlesWith(type, query)].flatMap((id) => this.factsOf(id, type).filter(fits));
  }

  scope(articleId: string): ArticleScope | undefined {
    return this.byId.get(articleId)?.entry.scope;
  }

  scopes(): readonly ArticleScope[] {
    this.allScopes ??= [...this.entries()].map((e) => e.scope);
    return this.allScopes;
  }

  articlesInScope(query: ScopeQuery): ArticleSet {
    this.scopesLookup ??= scopeLookup(this.entries(), this);
    return inScope(this.scopesLookup, query);
  }

  isKnownLocality(folded: string): boolean {
    if (!this.localities) {
      this.localities = new Set();
      for (const s of this.scopes()) for (const l of s.localityNames) this.localities.add(l);
    }
    return this.localities.has(folded);
  }

  get clusterKeys(): readonly string[] {
    this.clusters ??= [...new Set([...this.scopes()].flatMap((s) => s.clusterKeys))];
    return this.clusters;
  }
}
