/**
 * A real Engine on a temp data dir with the repo's seeds (and, for some specs, the dev articles),
 * and the checks every answer's citations must pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { Engine } from '../../src/engine.ts';
import { DEV } from '../shared-eval.ts';

export const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
export { DEV, HAS_DEV } from '../shared-eval.ts';

export interface Opened {
  engine: Engine;
  close(): void;
}

export async function openEngine(withDev = false): Promise<Opened> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mttq-answer-'));
  const engine = await Engine.open({ dataDir, seedPaths: [SEEDS] });
  if (withDev) await engine.ingestPaths([DEV]);
  return { engine, close: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** Every citation points at a stored article, with its title and the sentence quoted as written. */
export function expectWellCited(engine: Engine, a: Answer): void {
  expect(a.found).toBe(true);
  expect(a.citations.length).toBeGreaterThan(0);
  const titles = new Map(engine.listArticles().map((x) => [x.id, x.title]));
  for (const c of a.citations) {
    expect(titles.get(c.articleId)).toBe(c.title);
    expect(c.quote.length).toBeGreaterThan(0);
    expect(engine.citation(c.articleId, c.sentenceIndex)?.quote).toBe(c.quote);
  }
  for (const item of a.items) expect(a.citations).toContainEqual(item.citation);
}

/** The answer has a line naming `needle`, and that line's quoted sentence contains it too. */
export function expectSupported(a: Answer, needle: string): void {
  const item = a.items.find((i) => i.text.includes(needle));
  expect(item, `no answer line with "${needle}" in:\n${a.text}`).toBeDefined();
  expect(item?.citation.quote).toContain(needle);
}

/** The polite "not found" answer. */
export function expectNotFound(a: Answer): void {
  expect(a.found).toBe(false);
  expect(a.kind).toBe('none');
  expect(a.items).toEqual([]);
  expect(a.citations).toEqual([]);
  expect(a.text.length).toBeGreaterThan(0);
}

/** A real Engine on a temp data dir holding only the given articles (file name → text). */
export async function openWithArticles(articles: Record<string, string>): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-articles-'));
  const paths = Object.entries(articles).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  const engine = await Engine.open({ dataDir: join(dir, 'data') });
  await engine.ingestPaths(paths);
  return { engine, close: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens an articles-only engine for the enclosing suite and closes it after; returns its getter. */
export function withArticles(articles: Record<string, string>): () => Engine {
  return withEngine(() => openWithArticles(articles));
}

/** Opens the seeds' engine for the enclosing suite and closes it after; returns its getter. */
export function withSeeds(): () => Engine {
  return withEngine(() => openEngine());
}

function withEngine(open: () => Promise<Opened>): () => Engine {
  let opened: Opened | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(() => opened?.close());
  return () => {
    if (!opened) throw new Error('the engine opens in beforeAll');
    return opened.engine;
  };
}
