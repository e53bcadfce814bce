/**
 * What answering reads of the stored facts and article scopes, and the lookups that let a question
 * touch only the articles in its scope. Lookups answer from memory; reading facts reads the records
 * of the articles asked for (cached), so `facts(type)`, which reads every article, is O(archive).
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import type { FactOf, FactType } from '../extract/fact.ts';
import { type ArticleEntry, clusterKey, provinceKey, yearKey } from './article-entry.ts';
import { type ArticleNumbering, ArticleSet } from './article-set.ts';

/** What a lookup asks for; every criterion given must hold. */
export interface FactQuery {
  year?: number;
  /** Gazetteer name ("Điện Biên"). */
  province?: string;
  /** Cluster key ("mien nui bien gioi phia bac", "so 2"). */
  cluster?: string;
}

/**
 * What a scope lookup asks for: every criterion given must hold. A list of years, provinces or
 * clusters holds when the article names any of them (an empty list: no article); every locality
 * listed must be named.
 */
export interface ScopeQuery {
  /** Years the article writes or covers. */
  years?: readonly number[];
  /** Provinces the article names (gazetteer names). */
  provinces?: readonly string[];
  /** Cluster keys the article names. */
  clusters?: readonly string[];
  /** Localities the article names, every one (folded, "kon ray"). */
  localities?: readonly string[];
}

export interface FactIndex {
  /** Facts of one type extracted from one article. */
  factsOf<T extends FactType>(articleId: string, type: T): FactOf<T>[];
  /** Every fact of a type — reads every article: O(archive), keep it off the answer path. */
  facts<T extends FactType>(type: T): FactOf<T>[];
  /** The articles with facts of this type matching the query (from memory). */
  articlesWith(type: FactType, query?: FactQuery): ArticleSet;
  /** Facts of this type matching the query: read from the articles `articlesWith` gives. */
  factsWhere<T extends FactType>(type: T, query?: FactQuery): FactOf<T>[];
  scope(articleId: string): ArticleScope | undefined;
  /** Every article's scope (from memory), in the store's order. */
  scopes(): readonly ArticleScope[];
  /** The articles whose scope matches the query (from memory). */
  articlesInScope(query: ScopeQuery): ArticleSet;
  /** True when some article names this locality (folded name). */
  isKnownLocality(folded: string): boolean;
  /** Every cluster key some article names. */
  readonly clusterKeys: readonly string[];
}

/** Article numbers by lookup key, built once from the entries (in the store's order). */
export class Lookup {
  private readonly byKey = new Map<string, number[]>();

  constructor(readonly numbering: ArticleNumbering) {}

  add(key: string, article: number): void {
    const numbers = this.byKey.get(key);
    if (!numbers) this.byKey.set(key, [article]);
    else if (numbers[numbers.length - 1] !== article) numbers.push(article);
  }

  /** The articles under a key. */
  get(key: string): ArticleSet {
    return ArticleSet.of(this.numbering, this.byKey.get(key) ?? []);
  }

  /** The articles under every key (every article when no key is given). */
  every(keys: readonly string[]): ArticleSet {
    const [first, ...rest] = keys.map((k) => this.get(k));
    return first ? first.and(...rest) : ArticleSet.all(this.numbering);
  }

  /** The articles under any of the keys (none when no key is given). */
  any(keys: readonly string[]): ArticleSet {
    const [first, ...rest] = keys.map((k) => this.get(k));
    return first ? first.or(...rest) : ArticleSet.of(this.numbering, []);
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

const yearScope = (y: number) => `@${y}`;
const provinceScope = (p: string) => `#${p}`;
const clusterScope = (c: string) => `~${c}`;
const localityScope = (l: string) => `=${l}`;

/** Scope lookups: articles by year, province, cluster and locality. */
export function scopeLookup(entries: Iterable<ArticleEntry>, numbering: ArticleNumbering): Lookup {
  const lookup = new Lookup(numbering);
  let n = 0;
  for (const e of entries) {
    const s = e.scope;
    for (const y of s.years) lookup.add(yearScope(y), n);
    for (const p of s.provinces) lookup.add(provinceScope(p), n);
    for (const c of s.clusterKeys) lookup.add(clusterScope(c), n);
    for (const l of s.localityNames) lookup.add(localityScope(l), n);
    n++;
  }
  return lookup;
}

/** The articles of a scope query (see `ScopeQuery`). */
export function inScope(lookup: Lookup, q: ScopeQuery): ArticleSet {
  const all: ArticleSet[] = [];
  if (q.years) all.push(lookup.any(q.years.map(yearScope)));
  if (q.provinces) all.push(lookup.any(q.provinces.map(provinceScope)));
  if (q.clusters) all.push(lookup.any(q.clusters.map(clusterScope)));
  if (q.localities) all.push(lookup.every(q.localities.map(localityScope)));
  const [first, ...rest] = all;
  return first ? first.and(...rest) : ArticleSet.all(lookup.numbering);
}
