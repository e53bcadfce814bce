/**
 * Finds the articles to ingest: files or folders (searched recursively) → sources with their text
 * and optional sidecar metadata, and an outcome for every path that cannot become one.
 *
 * `.txt`, `.md`/`.markdown`, `.html`/`.htm` files are sources; their id is the file name without
 * extension (control characters replaced, see `articleIdOf`). A sidecar `NAME.meta.json` next to
 * `NAME.ext` is read into `meta` (sidecar.ts); its problems become the source's `warnings`.
 * Hidden files and folders are ignored. Refused, with the reason:
 *  - a path that does not exist, or cannot be read;
 *  - a file named explicitly whose extension is not one of the above;
 *  - a folder with no source in it;
 *  - a file larger than the limit for its format (not even read);
 *  - a second file with the same id in the batch (`2023/bai1.txt` and `2024/bai1.txt`): the first
 *    in path order is kept, the others are refused, naming it — an article is never silently
 *    overwritten by another of the same batch.
 * Files of other extensions inside folders are `skipped` (listed, not refused). Bytes are decoded
 * as decode-text.ts says. Sources are sorted by id (then path) so that ingest is deterministic.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ArticleMeta, SourceFormat } from './article.ts';
import { decodeText } from './decode-text.ts';
import { DEFAULT_INGEST_LIMITS, type IngestLimits, maxBytesFor } from './ingest-limits.ts';
import type { RefusedInput } from './outcome.ts';
import { readSidecar } from './sidecar.ts';

export interface Source {
  id: string;
  path: string;
  format: SourceFormat;
  raw: string;
  meta?: ArticleMeta;
  /** Sidecar problems, "NAME.meta.json: date: must be a real date…". */
  warnings?: string[];
}

export interface SkippedPath {
  path: string;
  reason: 'unknown-extension';
}

export interface ReadSourcesResult {
  sources: Source[];
  /** Paths that cannot become an article, with the reason. */
  refused: RefusedInput[];
  /** Files of other extensions found inside folders. */
  skipped: SkippedPath[];
}

const FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

const SIDECAR = '.meta.json';

/** The article id of a file: its name without extension, with no control or bidi characters. */
export function articleIdOf(fileName: string): string {
  const ext = extname(fileName);
  const id = fileName
    .slice(0, fileName.length - ext.length)
    .normalize('NFC')
    .replace(/[\p{Cc}\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]+/gu, '_')
    .trim();
  return id || '_';
}

function errorDetail(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code ?? (err instanceof Error ? err.message : String(err));
}

interface Listing {
  files: string[];
  refused: RefusedInput[];
}

/** Files under `path`: the file itself, or every non-hidden file of the folder, recursively. */
async function listFiles(path: string, listing: Listing): Promise<'file' | 'folder' | 'refused'> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    const refusal =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? ({ reason: 'not-found' } as const)
        : ({ reason: 'unreadable', detail: errorDetail(err) } as const);
    listing.refused.push({ status: 'refused', path, refusal });
    return 'refused';
  }
  if (info.isFile()) {
    listing.files.push(path);
    return 'file';
  }
  if (!info.isDirectory()) {
    listing.refused.push({
      status: 'refused',
      path,
      refusal: { reason: 'unreadable', detail: 'not a file' },
    });
    return 'refused';
  }
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (err) {
    listing.refused.push({
      status: 'refused',
      path,
      refusal: { reason: 'unreadable', detail: errorDetail(err) },
    });
    return 'refused';
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) await listFiles(full, listing);
    else if (e.isFile()) listing.files.push(full);
  }
  return 'folder';
}

const formatOf = (file: string): SourceFormat | undefined => FORMATS[extname(file).toLowerCase()];
const isSidecar = (file: string) => basename(file).toLowerCase().endsWith(SIDECAR);

async function sidecarOf(file: string, id: string): Promise<Pick<Source, 'meta' | 'warnings'>> {
  const name = basename(file);
  const sidecar = join(
    file.slice(0, file.length - name.length),
    `${basename(name, extname(name))}${SIDECAR}`,
  );
  let json: string;
  try {
    json = decodeText(await readFile(sidecar));
  } catch {
    return {}; // no sidecar
  }
  const { meta, problems } = readSidecar(json);
  const out: Pick<Source, 'meta' | 'warnings'> = {};
  if (Object.keys(meta).length > 0) out.meta = meta;
  if (problems.length > 0) out.warnings = problems.map((p) => `${sidecar}: ${p} — ignored (article ${id})`);
  return out;
}

/** A file to read as an article, found by `listSources`. */
export interface SourceFile {
  id: string;
  path: string;
  format: SourceFormat;
}

export interface SourceListing {
  /** The files to read, in ingest order (by id, then path). */
  files: SourceFile[];
  /** Paths that cannot become an article (not found, unsupported, empty folder, duplicate id). */
  refused: RefusedInput[];
  /** Files of other extensions found inside folders. */
  skipped: SkippedPath[];
}

/** Lists the sources under the given files and folders without reading them; see the module comment. */
export async function listSources(paths: readonly string[]): Promise<SourceListing> {
  const result: SourceListing = { files: [], refused: [], skipped: [] };
  const files: string[] = [];
  for (const p of paths) {
    const listing: Listing = { files: [], refused: result.refused };
    const kind = await listFiles(p, listing);
    if (kind === 'file' && !formatOf(p) && !isSidecar(p)) {
      result.refused.push({ status: 'refused', path: p, refusal: { reason: 'unsupported-format' } });
    }
    if (kind === 'folder' && !listing.files.some((f) => formatOf(f) && !isSidecar(f))) {
      result.refused.push({ status: 'refused', path: p, refusal: { reason: 'no-articles' } });
    }
    for (const f of listing.files) {
      if (isSidecar(f)) continue;
      if (formatOf(f)) files.push(f);
      else if (kind === 'folder') result.skipped.push({ path: f, reason: 'unknown-extension' });
    }
  }

  const seenPaths = new Set<string>();
  const firstOfId = new Map<string, string>();
  const candidates = files
    .filter((f) => {
      const abs = resolve(f);
      if (seenPaths.has(abs)) return false;
      seenPaths.add(abs);
      return true;
    })
    .map((path) => ({ path, id: articleIdOf(basename(path)), format: formatOf(path) as SourceFormat }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const file of candidates) {
    const { path, id } = file;
    const first = firstOfId.get(id);
    if (first !== undefined) {
      result.refused.push({
        status: 'refused',
        path,
        id,
        refusal: { reason: 'duplicate-id', id, firstPath: first },
      });
      continue;
    }
    firstOfId.set(id, path);
    result.files.push(file);
  }
  return result;
}

/** Reads one listed file (and its sidecar): the source, or why it cannot be one. */
export async function readSource(
  file: SourceFile,
  limits: IngestLimits = DEFAULT_INGEST_LIMITS,
): Promise<Source | RefusedInput> {
  const { path, id, format } = file;
  const limit = maxBytesFor(format, limits);
  let raw: string;
  try {
    const { size } = await stat(path);
    if (size > limit)
      return { status: 'refused', path, id, refusal: { reason: 'too-large', bytes: size, limit } };
    raw = decodeText(await readFile(path));
  } catch (err) {
    return { status: 'refused', path, id, refusal: { reason: 'unreadable', detail: errorDetail(err) } };
  }
  return { id, path, format, raw, ...(await sidecarOf(path, id)) };
}

/** Reads the sources under the given files and folders; see the module comment. */
export async function readSources(
  paths: readonly string[],
  limits: IngestLimits = DEFAULT_INGEST_LIMITS,
): Promise<ReadSourcesResult> {
  const listing = await listSources(paths);
  const result: ReadSourcesResult = { sources: [], refused: listing.refused, skipped: listing.skipped };
  for (const file of listing.files) {
    const read = await readSource(file, limits);
    if ('status' in read) result.refused.push(read);
    else result.sources.push(read);
  }
  return result;
}
