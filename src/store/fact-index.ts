/**
 * What answering reads of the stored facts and article scopes, and the lookups that let a question
 * touch only the articles in its scope. Lookups answer from memory; reading facts reads the records
 * of the articles asked for (cached), so `facts(type)`, which reads every article, is O(archive).
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import type { FactOf, FactType } from '../extract/fact.ts';
import { type ArticleEntry, clusterKey, provinceKey, yearKey } from './article-entry.ts';

/** What a lookup asks for; every criterion given must hold. */
export interface FactQuery {
  year?: number;
  /** Gazetteer name ("Điện Biên"). */
  province?: string;
  /** Cluster key ("mien nui bien gioi phia bac", "so 2"). */
  cluster?: string;
}

export interface ScopeQuery {
  /** A year the article writes or covers. */
  year?: number;
  /** A province the article names (gazetteer name). */
  province?: string;
  /** A cluster key the article names. */
  cluster?: string;
  /** A locality the article names (folded, "kon ray"). */
  locality?: string;
}

export interface FactIndex {
  /** Facts of one type extracted from one article. */
  factsOf<T extends FactType>(articleId: string, type: T): FactOf<T>[];
  /** Every fact of a type — reads every article: O(archive), keep it off the answer path. */
  facts<T extends FactType>(type: T): FactOf<T>[];
  /** Ids of the articles with facts of this type matching the query (from memory). */
  articlesWith(type: FactType, query?: FactQuery): string[];
  /** Facts of this type matching the query: read from the articles `articlesWith` gives. */
  factsWhere<T extends FactType>(type: T, query?: FactQuery): FactOf<T>[];
  scope(articleId: string): ArticleScope | undefined;
  /** Every article's scope (from memory), in the store's order. */
  scopes(): readonly ArticleScope[];
  /** Ids of the articles whose scope matches the query (from memory). */
  articlesInScope(query: ScopeQuery): string[];
  /** True when some article names this locality (folded name). */
  isKnownLocality(folded: string): boolean;
  /** Every cluster key some article names. */
  readonly clusterKeys: readonly string[];
}

/** Article ids by lookup key, built once from the entries. */
export class Lookup {
  private readonly byKey = new Map<string, string[]>();

  add(key: string, id: string): void {
    const ids = this.byKey.get(key);
    if (!ids) this.byKey.set(key, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  }

  get(key: string): readonly string[] {
    return this.byKey.get(key) ?? [];
  }
}

/** Keys of a fact query; empty when it asks for nothing in particular. */
export function queryKeys(type: FactType, q: FactQuery): string[] {
  const keys: string[] = [];
  if (q.year !== undefined) keys.push(yearKey(type, q.year));
  if (q.province !== undefined) keys.push(provinceKey(type, q.province));
  if (q.cluster !== undefined) keys.push(clusterKey(type, q.cluster));
  return keys;
}

/** Scope lookups: articles by year, province, cluster and locality. */
export function scopeLookup(entries: Iterable<ArticleEntry>): Lookup {
  const lookup = new Lookup();
  for (const e of entries) {
    const s = e.scope;
    for (const y of s.years) lookup.add(`@${y}`, e.id);
    for (const p of s.provinces) lookup.add(`#${p}`, e.id);
    for (const c of s.clusterKeys) lookup.add(`~${c}`, e.id);
    for (const l of s.localityNames) lookup.add(`=${l}`, e.id);
  }
  return lookup;
}

export function scopeKeys(q: ScopeQuery): string[] {
  const keys: string[] = [];
  if (q.year !== undefined) keys.push(`@${q.year}`);
  if (q.province !== undefined) keys.push(`#${q.province}`);
  if (q.cluster !== undefined) keys.push(`~${q.cluster}`);
  if (q.locality !== undefined) keys.push(`=${q.locality}`);
  return keys;
}

/** Ids present under every key, in the order of the first key's list. */
export function intersect(lookup: Lookup, keys: readonly string[]): string[] {
  const [first, ...rest] = keys.map((k) => lookup.get(k));
  if (!first) return [];
  const others = rest.map((ids) => new Set(ids));
  return first.filter((id) => others.every((s) => s.has(id)));
}
