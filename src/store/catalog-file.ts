/**
 * The catalog of one segment: the in-memory entry of each of its articles (see article-entry.ts),
 * derived from the segment file and stamped with its generation, so that opening the store reads
 * small catalogs instead of whole segments. A missing or mismatched catalog is rebuilt.
 */
import { readFileSync } from 'node:fs';
import type { ArticleEntry } from './article-entry.ts';
import { writeFileAtomic } from './atomic-write.ts';

export const CATALOG_FORMAT = 4;

export interface Catalog {
  format: number;
  segment: string;
  generation: number;
  entries: ArticleEntry[];
}

export function writeCatalog(path: string, catalog: Catalog): void {
  writeFileAtomic(path, JSON.stringify(catalog));
}

/**
 * One copy of each of the short strings entries repeat (lookup keys, provinces, localities, clusters,
 * publishers): parsed JSON gives every occurrence its own string, and at 21,000 articles the copies
 * take a fifth of the entries' heap. Bounded by the distinct values, a few thousand.
 */
const interned = new Map<string, string>();

function intern(s: string): string {
  const found = interned.get(s);
  if (found !== undefined) return found;
  interned.set(s, s);
  return s;
}

function internAll(xs: string[]): void {
  for (let i = 0; i < xs.length; i++) xs[i] = intern(xs[i] as string);
}

/** Shares the strings an entry repeats with the other entries (see `intern`). */
function compact(e: ArticleEntry): void {
  internAll(e.keys);
  if (e.publisher !== undefined) e.publisher = intern(e.publisher);
  const s = e.scope;
  if (s.articleId === e.id) s.articleId = e.id;
  if (s.homeProvince !== undefined) s.homeProvince = intern(s.homeProvince);
  if (s.mainClusterKey !== undefined) s.mainClusterKey = intern(s.mainClusterKey);
  internAll(s.provinces);
  internAll(s.localityNames);
  internAll(s.clusterKeys);
}

/** The catalog at `path` when it is there, readable and of this segment and generation. */
export function readCatalog(path: string, segment: string, generation: number): Catalog | undefined {
  let c: Catalog;
  try {
    c = JSON.parse(readFileSync(path, 'utf8')) as Catalog;
  } catch {
    return undefined;
  }
  if (c.format !== CATALOG_FORMAT || c.segment !== segment || c.generation !== generation) return undefined;
  for (const e of c.entries) compact(e);
  return c;
}
