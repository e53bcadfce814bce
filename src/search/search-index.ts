/**
 * What answering asks of the search index, whatever keeps it: sentences and articles searched in
 * folded space, with document frequencies so that a query searches only its informative terms.
 * The embedded implementation is `SegmentedSearchIndex`; a server-backed one (PostgreSQL full-text
 * search with unaccent, a search server) can stand in its place (docs/scaling.md).
 */

export interface SentenceHit {
  articleId: string;
  index: number;
  score: number;
  /** Index terms (folded) that matched this sentence. */
  terms: string[];
}

export interface SearchOptions {
  /**
   * Only sentences of articles for which this is true; skipped while postings are walked. A pure
   * function of the id: the index may keep its verdicts for the next search given the same function.
   */
  filter?: (articleId: string) => boolean;
  /** At most this many hits, the best first (default 50). */
  limit?: number;
}

export interface SearchIndex {
  /** Number of sentences indexed. */
  readonly size: number;
  /** The informative terms of a query: rare enough to discriminate, the rarest first. */
  selectTerms(terms: string[], tuning?: SearchTuning): string[];
  /**
   * Searches sentences with pre-tokenized folded terms (OR). A term missing from the vocabulary may
   * match fuzzily; prefix matching applies only to the last word, as a phone user may still be
   * typing it.
   */
  search(terms: string[], options?: SearchOptions): SentenceHit[];
  /** Scores articles by title, lead and metadata (exact terms, OR). */
  searchArticles(terms: string[], filter?: (articleId: string) => boolean): Map<string, number>;
  /** Number of sentences containing the term. */
  docFrequency(term: string): number;
  /** Bytes the index takes on disk. */
  byteSize(): number;
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

/** Prefix matching: only the last word of the query, of 3 letters or more, when it is no known term. */
export function prefixAllowed(term: string, lastWord: string | undefined, known: boolean): boolean {
  return term === lastWord && term.length >= 3 && !/\d/.test(term) && !known;
}

/** `selectTerms` over any document-frequency function (shared by every implementation). */
export function selectInformativeTerms(
  terms: string[],
  docFrequency: (term: string) => number,
  documentCount: number,
  tuning: SearchTuning = DEFAULT_TUNING,
): string[] {
  const n = Math.max(1, documentCount);
  const unique = [...new Set(terms)];
  const ranked = unique.map((t) => ({ t, df: docFrequency(t) })).sort((a, b) => a.df - b.df);
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
