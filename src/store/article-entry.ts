/**
 * What the store keeps in memory of each article, whatever its size: enough to list it, to tell an
 * unchanged file by its hash, to check its scope, to find its facts by type, year, province and
 * cluster, and to read its record from its segment file when answering needs the text — and its
 * facts of the few, small types that questions look for across the whole archive (clusters and
 * their roles), so that those never need the record.
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import { countFacts } from '../extract/extract-facts.ts';
import type { Fact, FactType } from '../extract/fact.ts';
import { headText } from '../ingest/article.ts';
import type { ArticleRecord } from './article-record.ts';

export interface ArticleEntry {
  id: string;
  /** sha256 of the source (see `articleHash`). */
  hash: string;
  title: string;
  /** Its title and lead, as `headText` joins them: what the article says it is about. */
  head: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** Number of sentences. */
  sentences: number;
  /** Facts by type. */
  facts: Record<string, number>;
  scope: ArticleScope;
  /** Lookup keys of its facts (see `factKeys`). */
  keys: string[];
  /** Its facts of the RESIDENT_TYPES (with their quotes). */
  resident: Fact[];
  /** Byte offset and length of its record in the segment file. */
  at: [number, number];
}

/** Fact types kept in memory: few per article, and asked for across the archive (members, leaders by year). */
export const RESIDENT_TYPES: ReadonlySet<FactType> = new Set(['cluster', 'role']);

/** Lookup key of facts of a type about a year. */
export const yearKey = (type: FactType, year: number) => `${type}@${year}`;
/** Lookup key of facts of a type about a province (gazetteer name). */
export const provinceKey = (type: FactType, province: string) => `${type}#${province}`;
/** Lookup key of facts of a type about a cluster (cluster key). */
export const clusterKey = (type: FactType, key: string) => `${type}~${key}`;

/** The cluster a fact is about, when it names one. */
export function clusterOf(f: Fact): string | undefined {
  if (f.type === 'cluster') return f.key || undefined;
  if (f.type === 'role' || f.type === 'meeting') return f.clusterKey || undefined;
  return undefined;
}

/** Every lookup key of an article's facts: type × year, type × province, type × cluster. */
export function factKeys(facts: readonly Fact[]): string[] {
  const keys = new Set<string>();
  for (const f of facts) {
    for (const y of f.years) keys.add(yearKey(f.type, y));
    for (const p of f.provinces) keys.add(provinceKey(f.type, p));
    const c = clusterOf(f);
    if (c) keys.add(clusterKey(f.type, c));
  }
  return [...keys];
}

export function entryOf(record: ArticleRecord, at: [number, number]): ArticleEntry {
  const a = record.article;
  const entry: ArticleEntry = {
    id: a.id,
    hash: a.hash,
    title: a.title,
    head: headText(a),
    sentences: a.sentences.length,
    facts: countFacts(record.facts),
    scope: record.scope,
    keys: factKeys(record.facts),
    resident: record.facts.filter((f) => RESIDENT_TYPES.has(f.type)),
    at,
  };
  if (a.publisher) entry.publisher = a.publisher;
  if (a.date) entry.date = a.date;
  if (a.url) entry.url = a.url;
  return entry;
}
