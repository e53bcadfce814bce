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

/** The catalog at `path` when it is there, readable and of this segment and generation. */
export function readCatalog(path: string, segment: string, generation: number): Catalog | undefined {
  let c: Catalog;
  try {
    c = JSON.parse(readFileSync(path, 'utf8')) as Catalog;
  } catch {
    return undefined;
  }
  if (c.format !== CATALOG_FORMAT || c.segment !== segment || c.generation !== generation) return undefined;
  return c;
}
