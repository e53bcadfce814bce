/**
 * The store as it was before segments: one lowdb file, `store.json` (articles with their sentences,
 * facts without quotes, scopes), and a serialized MiniSearch, `index.json`. Read once, to migrate a
 * data directory; never written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleScope } from '../extract/article-scope.ts';
import type { Fact } from '../extract/fact.ts';
import type { Article } from '../ingest/article.ts';

export const LEGACY_STORE = 'store.json';
export const LEGACY_INDEX = 'index.json';

export interface LegacyStore {
  /** The extractors' version its facts come from. */
  version: number;
  articles: Article[];
  facts: Fact[];
  scopes: ArticleScope[];
}

export function hasLegacyStore(dataDir: string): boolean {
  return existsSync(join(dataDir, LEGACY_STORE));
}

export function readLegacyStore(dataDir: string): LegacyStore {
  const data = JSON.parse(readFileSync(join(dataDir, LEGACY_STORE), 'utf8')) as Partial<LegacyStore>;
  return {
    version: data.version ?? 0,
    articles: data.articles ?? [],
    facts: data.facts ?? [],
    scopes: data.scopes ?? [],
  };
}
