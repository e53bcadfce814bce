/**
 * The sentence index: MiniSearch over every sentence, searched in folded space, with the article's
 * title and metadata as boosted fields. Serialized next to the store and reloaded with the same options.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../ingest/article.ts';
import { indexTerms } from '../text/tokenize.ts';

export interface SentenceDoc {
  /** `${articleId}#${sentenceIndex}` */
  id: string;
  articleId: string;
  index: number;
  text: string;
  title: string;
  meta: string;
}

export interface SentenceHit {
  articleId: string;
  index: number;
  score: number;
  /** Query terms (folded) that matched this sentence. */
  terms: string[];
}

/**
 * Fuzzy matching only on longer terms, with a length-graded edit budget (as Meilisearch does):
 * none under 5 characters, one edit from 5, two from 9. Bigrams and whole tokens (numbers, codes) are exact.
 */
function fuzzyBudget(term: string): number | boolean {
  if (term.includes('_') || /\d/.test(term)) return false;
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return false;
}

/** MiniSearch options — the same object builds and reloads the index. */
export const INDEX_OPTIONS: Options<SentenceDoc> = {
  idField: 'id',
  fields: ['text', 'title', 'meta'],
  storeFields: ['articleId', 'index'],
  tokenize: (text) => indexTerms(text),
  processTerm: (term) => term,
  searchOptions: {
    boost: { text: 2, title: 0.6, meta: 0.3 },
    combineWith: 'OR',
  },
};

const INDEX_FILE = 'index.json';

export class SentenceIndex {
  private constructor(private readonly mini: MiniSearch<SentenceDoc>) {}

  static empty(): SentenceIndex {
    return new SentenceIndex(new MiniSearch(INDEX_OPTIONS));
  }

  /** Loads the serialized index of a data directory, or undefined when there is none. */
  static load(dataDir: string): SentenceIndex | undefined {
    const file = join(dataDir, INDEX_FILE);
    if (!existsSync(file)) return undefined;
    return new SentenceIndex(MiniSearch.loadJSON(readFileSync(file, 'utf8'), INDEX_OPTIONS));
  }

  static build(articles: readonly Article[]): SentenceIndex {
    const index = SentenceIndex.empty();
    for (const a of articles) index.add(a);
    return index;
  }

  get size(): number {
    return this.mini.documentCount;
  }

  add(article: Article): void {
    const meta = [article.publisher, article.place, article.date].filter(Boolean).join(' ');
    this.mini.addAll(
      article.sentences.map((s) => ({
        id: `${article.id}#${s.index}`,
        articleId: article.id,
        index: s.index,
        text: s.text,
        title: article.title,
        meta,
      })),
    );
  }

  remove(article: Article): void {
    for (const s of article.sentences) {
      const id = `${article.id}#${s.index}`;
      if (this.mini.has(id)) this.mini.discard(id);
    }
  }

  /**
   * Searches with pre-tokenized folded terms. Prefix matching applies only to the last word term,
   * as a phone user may still be typing it.
   */
  search(
    terms: string[],
    options: { filter?: (articleId: string) => boolean; limit?: number } = {},
  ): SentenceHit[] {
    if (terms.length === 0) return [];
    const lastWord = [...terms].reverse().find((t) => !t.includes('_'));
    const searchOptions: SearchOptions = {
      fuzzy: (term) => fuzzyBudget(term),
      prefix: (term) => term === lastWord && term.length >= 3 && !/\d/.test(term),
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      filter: options.filter ? (r) => options.filter?.(r.articleId as string) ?? true : undefined,
    };
    const results = this.mini.search(terms.join(' '), searchOptions);
    return results.slice(0, options.limit ?? 50).map((r) => ({
      articleId: r.articleId as string,
      index: r.index as number,
      score: r.score,
      terms: r.terms,
    }));
  }

  /** Size of the serialized index in bytes. */
  byteSize(): number {
    return Buffer.byteLength(JSON.stringify(this.mini));
  }

  /** Writes the index atomically (temp file + rename). Returns its size in bytes. */
  save(dataDir: string): number {
    const json = JSON.stringify(this.mini);
    const file = join(dataDir, INDEX_FILE);
    writeFileSync(`${file}.tmp`, json);
    renameSync(`${file}.tmp`, file);
    return Buffer.byteLength(json);
  }
}
