/**
 * Finds the articles to ingest: files or folders (searched recursively) → sources with their raw
 * text and optional sidecar metadata.
 *
 * `.txt`, `.md`, `.html`/`.htm` files are sources; their id is the file name without extension.
 * A sidecar `NAME.meta.json` next to `NAME.ext` (fields url, title, publisher, date) is read into
 * `meta`; sidecars are not sources themselves. Hidden files are ignored. Other files are reported in
 * `skipped`, as are paths that do not exist and sidecars that are not valid JSON. Sources are
 * sorted by id (then path) so that ingest is deterministic.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ArticleMeta, SourceFormat } from './article.ts';

export interface Source {
  id: string;
  path: string;
  format: SourceFormat;
  raw: string;
  meta?: ArticleMeta;
}

export interface SkippedPath {
  path: string;
  reason: 'unknown-extension' | 'not-found' | 'invalid-sidecar';
}

export interface ReadSourcesResult {
  sources: Source[];
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

/** The sidecar's known fields, kept only when they are non-empty strings. */
export function parseSidecar(json: string): ArticleMeta {
  const data = JSON.parse(json) as Record<string, unknown>;
  const meta: ArticleMeta = {};
  for (const k of ['url', 'title', 'publisher', 'date'] as const) {
    const v = data?.[k];
    if (typeof v === 'string' && v.trim()) meta[k] = v.trim();
  }
  return meta;
}

async function listFiles(path: string, out: string[], skipped: SkippedPath[]): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    skipped.push({ path, reason: 'not-found' });
    return;
  }
  if (info.isFile()) {
    out.push(path);
    return;
  }
  if (!info.isDirectory()) return;
  const entries = await readdir(path, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) await listFiles(full, out, skipped);
    else if (e.isFile()) out.push(full);
  }
}

/** Reads the sources under the given files and folders; see the module comment. */
export async function readSources(paths: readonly string[]): Promise<ReadSourcesResult> {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const p of paths) await listFiles(p, files, skipped);
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const name = basename(file);
    if (name.toLowerCase().endsWith(SIDECAR)) continue;
    const ext = extname(name).toLowerCase();
    const format = FORMATS[ext];
    if (!format) {
      skipped.push({ path: file, reason: 'unknown-extension' });
      continue;
    }
    const id = name.slice(0, name.length - ext.length);
    const raw = await readFile(file, 'utf8');
    const source: Source = { id, path: file, format, raw };
    const sidecar = join(file.slice(0, file.length - name.length), `${id}${SIDECAR}`);
    try {
      const json = await readFile(sidecar, 'utf8');
      try {
        source.meta = parseSidecar(json);
      } catch {
        skipped.push({ path: sidecar, reason: 'invalid-sidecar' });
      }
    } catch {
      // no sidecar
    }
    sources.push(source);
  }
  sources.sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return { sources, skipped };
}
