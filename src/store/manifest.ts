/**
 * The manifest: the one small file that says what the data directory holds — the current
 * generation, the segments with the generation of each, and the search index's document counts.
 * Writing it (atomically, through lowdb) is what commits a write: files of a generation the manifest
 * does not name are leftovers of a write that did not finish, and are removed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { IndexStats } from '../search/segmented-search-index.ts';

/** Version of the data directory's layout. */
export const MANIFEST_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';

export interface SegmentRef {
  /** "s000001", "s000002", … in the store's order. */
  id: string;
  /** Generation of the write that last changed the segment: its files carry it in their names. */
  generation: number;
  articles: number;
  /** The extractors' version its facts come from (absent in early manifests: the manifest's). */
  extraction?: number;
}

export interface Manifest {
  format: number;
  /** Incremented by every write. */
  generation: number;
  /** The oldest extractors' version the stored facts come from (see STORE_VERSION). */
  extraction: number;
  segments: SegmentRef[];
  /** Number of the next segment to create. */
  nextSegment: number;
  /** Document counts and average lengths of the search index, as of this generation. */
  index: IndexStats;
}

export class ManifestError extends Error {}

/** The extractors' version a segment's facts come from. */
export function extractionOf(segment: SegmentRef, manifest: Manifest): number {
  return segment.extraction ?? manifest.extraction;
}

export function manifestPath(dataDir: string): string {
  return join(dataDir, MANIFEST_FILE);
}

/** The manifest of a data directory; undefined when there is none yet. */
export function readManifest(dataDir: string): Manifest | undefined {
  const path = manifestPath(dataDir);
  if (!existsSync(path)) return undefined;
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (err) {
    throw new ManifestError(`${path} cannot be read: ${(err as Error).message}`);
  }
  if (m.format !== MANIFEST_FORMAT)
    throw new ManifestError(`${path} has format ${m.format}; this version reads format ${MANIFEST_FORMAT}`);
  return m;
}

/** Commits a manifest (lowdb writes a temporary file and renames it over the old one). */
export async function writeManifest(dataDir: string, manifest: Manifest): Promise<void> {
  const db = new Low<Manifest>(new JSONFile(manifestPath(dataDir)), manifest);
  await db.write();
}
