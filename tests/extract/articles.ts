/**
 * Articles for the extractor specs: the repo's seeds and the dev articles, parsed as ingest does,
 * and minimal articles built from sentences written in the same style.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import type { Fact, FactOf, FactType } from '../../src/extract/fact.ts';
import type { Article } from '../../src/ingest/article.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { parseSidecar } from '../../src/ingest/sidecar.ts';
import { DEV } from '../shared-eval.ts';

export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
export { DEV, HAS_DEV } from '../shared-eval.ts';

/** A seed by the prefix of its file name ("000", "001", …). */
export function seed(prefix: string): Article {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  return parseArticle({
    id: file.replace(/\.txt$/, ''),
    format: 'txt',
    raw: readFileSync(SEEDS + file, 'utf8'),
  });
}

/** A dev article with its sidecar ("a01", "b13", …). */
export function dev(id: string): Article {
  const raw = readFileSync(`${DEV}${id}.txt`, 'utf8');
  const metaFile = `${DEV}${id}.meta.json`;
  const meta = existsSync(metaFile) ? parseSidecar(readFileSync(metaFile, 'utf8')) : undefined;
  return parseArticle({ id, format: 'txt', raw, meta });
}

/** A minimal article: the first line is the title, the others body sentences. */
export function mini(lines: string[], year?: number, extra: Partial<Article> = {}): Article {
  return {
    id: 'mini',
    title: lines[0] ?? '',
    format: 'txt',
    hash: 'mini',
    year,
    sentences: lines.map((text, index) => ({
      index,
      text,
      kind: index === 0 ? 'title' : 'body',
      paragraph: index,
    })),
    ...extra,
  };
}

const cache = new Map<Article, Fact[]>();

/** The facts of one type extracted from an article. */
export function factsOf<T extends FactType>(article: Article, type: T): FactOf<T>[] {
  let facts = cache.get(article);
  if (!facts) {
    facts = extractFacts(article).facts;
    cache.set(article, facts);
  }
  return facts.filter((f): f is FactOf<T> => f.type === type);
}
