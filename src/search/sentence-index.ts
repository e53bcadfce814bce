/**
 * The search index: MiniSearch over every sentence, and a small MiniSearch over articles (title, lead
 * and metadata) — both searched in folded space with the same tokenizer. Document frequencies are
 * kept so a query searches only its informative terms. Serialized into the data directory and
 * reloaded with the same options.
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
}

export interface ArticleDoc {
  id: string;
  title: string;
  lead: string;
  meta: string;
}

export interface SentenceHit {
  articleId: string;
  index: number;
  score: number;
  /** Query terms (folded) that matched this sentence. */
  terms: string[];
}

export interface SearchTuning {
  /** A term in more than this share of sentences is too common to search (unless too few remain). */
  maxDocShare: number;
  /** At most this many terms are searched, the rarest first. */
  maxTerms: number;
  /**
   * Cost budget: terms are taken rarest first until their posting lists add up to this many
   * sentences (at least `minTerms` are always taken). Bounds the latency of a large store; a small
   * store never reaches it.
   */
  postingBudget: number;
  minTerms: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  maxDocShare: 0.2,
  maxTerms: 16,
  postingBudget: 3000,
  minTerms: 3,
};

/**
 * Fuzzy matching only on longer terms, with a length-graded edit budget (as Meilisearch does):
 * none under 5 characters, one edit from 5, two from 9. Bigrams and whole tokens (numbers, codes) are exact.
 */
export function fuzzyBudget(term: string): number | false {
  if (term.includes('_') || /\d/.test(term)) return false;
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return false;
}

const tokenize = (text: string) => indexTerms(text);
const processTerm = (term: string) => term;

/** MiniSearch options for sentences — the same object builds and reloads the index. */
export const SENTENCE_OPTIONS: Options<SentenceDoc> = {
  idField: 'id',
  fields: ['text'],
  tokenize,
  processTerm,
};

/** MiniSearch options for articles. */
export const ARTICLE_OPTIONS: Options<ArticleDoc> = {
  idField: 'id',
  fields: ['title', 'lead', 'meta'],
  tokenize,
  processTerm,
  searchOptions: { boost: { title: 2, lead: 1, meta: 0.5 } },
};

const INDEX_FILE = 'index.json';
const FORMAT = 3;

/** A sentence document's id is `${articleId}#${index}`. */
function articleOf(id: string): string {
  return id.slice(0, id.lastIndexOf('#'));
}

interface Serialized {
  format: number;
  sentences: unknown;
  articles: unknown;
  df: Record<string, number>;
}

export class SentenceIndex {
  private constructor(
    private readonly sentences: MiniSearch<SentenceDoc>,
    private readonly articles: MiniSearch<ArticleDoc>,
    private readonly df: Map<string, number>,
  ) {}

  static empty(): SentenceIndex {
    return new SentenceIndex(new MiniSearch(SENTENCE_OPTIONS), new MiniSearch(ARTICLE_OPTIONS), new Map());
  }

  /** Loads the serialized index of a data directory; undefined when there is none or it is outdated. */
  static load(dataDir: string): SentenceIndex | undefined {
    const file = join(dataDir, INDEX_FILE);
    if (!existsSync(file)) return undefined;
    const data = JSON.parse(readFileSync(file, 'utf8')) as Serialized;
    if (data.format !== FORMAT) return undefined;
    return new SentenceIndex(
      MiniSearch.loadJS(data.sentences as never, SENTENCE_OPTIONS),
      MiniSearch.loadJS(data.articles as never, ARTICLE_OPTIONS),
      new Map(Object.entries(data.df)),
    );
  }

  static build(articles: readonly Article[]): SentenceIndex {
    const index = SentenceIndex.empty();
    for (const a of articles) index.add(a);
    return index;
  }

  get size(): number {
    return this.sentences.documentCount;
  }

  private count(text: string, delta: number): void {
    for (const t of new Set(tokenize(text))) {
      const n = (this.df.get(t) ?? 0) + delta;
      if (n > 0) this.df.set(t, n);
      else this.df.delete(t);
    }
  }

  add(article: Article): void {
    const docs = article.sentences.map((s) => ({
      id: `${article.id}#${s.index}`,
      articleId: article.id,
      index: s.index,
      text: s.text,
    }));
    this.sentences.addAll(docs);
    for (const d of docs) this.count(d.text, 1);
    this.articles.add({
      id: article.id,
      title: article.title,
      lead: article.sentences
        .filter((s) => s.kind === 'lead')
        .map((s) => s.text)
        .join(' '),
      meta: [article.publisher, article.place, article.date].filter(Boolean).join(' '),
    });
  }

  remove(article: Article): void {
    for (const s of article.sentences) {
      const id = `${article.id}#${s.index}`;
      if (this.sentences.has(id)) {
        this.sentences.discard(id);
        this.count(s.text, -1);
      }
    }
    if (this.articles.has(article.id)) this.articles.discard(article.id);
  }

  /** The informative terms of a query: rare enough to discriminate, the rarest first. */
  selectTerms(terms: string[], tuning: SearchTuning = DEFAULT_TUNING): string[] {
    const n = Math.max(1, this.sentences.documentCount);
    const unique = [...new Set(terms)];
    const ranked = unique.map((t) => ({ t, df: this.df.get(t) ?? 0 })).sort((a, b) => a.df - b.df);
    const informative = ranked.filter((x) => x.df / n <= tuning.maxDocShare);
    const pool = informative.length >= tuning.minTerms ? informative : ranked;
    const chosen: string[] = [];
    let postings = 0;
    for (const x of pool) {
      if (chosen.length >= tuning.maxTerms) break;
      if (chosen.length >= tuning.minTerms && postings + x.df > tuning.postingBudget) break;
      chosen.push(x.t);
      postings += x.df;
    }
    return chosen;
  }

  /**
   * Searches sentences with pre-tokenized folded terms. A term missing from the vocabulary may match
   * fuzzily; prefix matching applies only to the last word, as a phone user may still be typing it.
   */
  search(
    terms: string[],
    options: { filter?: (articleId: string) => boolean; limit?: number } = {},
  ): SentenceHit[] {
    if (terms.length === 0) return [];
    const lastWord = [...terms].reverse().find((t) => !t.includes('_'));
    const searchOptions: SearchOptions = {
      fuzzy: (term) => (this.df.has(term) ? false : fuzzyBudget(term)),
      prefix: (term) => term === lastWord && term.length >= 3 && !/\d/.test(term) && !this.df.has(term),
      tokenize: (q) => q.split(' '),
      processTerm,
      combineWith: 'OR',
      // out-of-scope sentences are skipped while the postings are walked, before any result is built
      boostDocument: options.filter ? (id) => (options.filter?.(articleOf(id as string)) ? 1 : 0) : undefined,
    };
    return this.sentences
      .search(terms.join(' '), searchOptions)
      .slice(0, options.limit ?? 50)
      .map((r) => {
        const id = r.id as string;
        return {
          articleId: articleOf(id),
          index: Number(id.slice(id.lastIndexOf('#') + 1)),
          score: r.score,
          terms: r.terms,
        };
      });
  }

  /** Document frequency of a term (sentences containing it) and the number of sentences. */
  docFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Scores articles by title, lead and metadata. */
  searchArticles(terms: string[], filter?: (articleId: string) => boolean): Map<string, number> {
    const out = new Map<string, number>();
    if (!terms.length) return out;
    const results = this.articles.search(terms.join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm,
      combineWith: 'OR',
      boostDocument: filter ? (id) => (filter(id as string) ? 1 : 0) : undefined,
    });
    for (const r of results) out.set(r.id as string, r.score);
    return out;
  }

  private serialize(): string {
    const data: Serialized = {
      format: FORMAT,
      sentences: this.sentences.toJSON(),
      articles: this.articles.toJSON(),
      df: Object.fromEntries(this.df),
    };
    return JSON.stringify(data);
  }

  /** Size of the serialized index in bytes. */
  byteSize(): number {
    return Buffer.byteLength(this.serialize());
  }

  /** Writes the index atomically (temp file + rename). Returns its size in bytes. */
  save(dataDir: string): number {
    const json = this.serialize();
    const file = join(dataDir, INDEX_FILE);
    writeFileSync(`${file}.tmp`, json);
    renameSync(`${file}.tmp`, file);
    return Buffer.byteLength(json);
  }
}
