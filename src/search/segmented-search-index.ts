/**
 * The embedded search index: one `SegmentIndex` per segment of the store, searched together. Scores,
 * matches and order are MiniSearch's (see bm25.ts): the same BM25+ over the same terms with the same
 * document count and average lengths, fuzzy and prefix matches weighted and ordered as MiniSearch's
 * term tree gives them, results combined with OR and sorted by score, ties in document order — so a
 * store gets the same answers as from one MiniSearch over all its sentences, at a few bytes per
 * posting instead of a Map entry, and with each segment loaded or rewritten on its own.
 */
import { bm25, type FieldStats, fuzzyWeight, prefixWeight } from './bm25.ts';
import { ScoreAccumulator } from './score-accumulator.ts';
import {
  DEFAULT_TUNING,
  fuzzyBudget,
  prefixAllowed,
  type SearchIndex,
  type SearchOptions,
  type SearchTuning,
  type SentenceHit,
  selectInformativeTerms,
} from './search-index.ts';
import { ARTICLE_BOOSTS, ARTICLE_FIELDS, type SegmentIndex } from './segment-index.ts';
import type { FieldPostings, SegmentPostings } from './segment-postings.ts';
import { Vocabulary } from './vocabulary.ts';

/** Document count and average field lengths of both kinds of documents (kept in the manifest). */
export interface IndexStats {
  sentences: FieldStats;
  articles: FieldStats;
}

type Kind = 'sentences' | 'articles';

/** Which segments' documents a search may score: the filter's verdict per article, asked once. */
type Accept = (segment: number, doc: number) => boolean;

/** The query's terms, one by one (a bigram "a_b" is one term). */
const splitTerms = (terms: readonly string[]) =>
  terms
    .join(' ')
    .split(' ')
    .filter((t) => !!t);

/** First index i with `sorted[i] > value`, over an ascending array. */
function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a posting list (documents ascending) holds the document. */
function holds(docs: Uint32Array, from: number, to: number, doc: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid] as number;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

export class SegmentedSearchIndex implements SearchIndex {
  private sentenceTerms?: Vocabulary;
  private readonly numbered: Partial<Record<Kind, { base: number[]; scores: ScoreAccumulator }>> = {};
  private articleTerms?: Vocabulary;

  /**
   * @param segments the segments' indexes, in the store's order
   * @param stats document counts and average lengths, as maintained by the writer
   * @param bytes size of the segments' index files
   */
  constructor(
    readonly segments: readonly SegmentIndex[],
    readonly stats: IndexStats,
    private readonly bytes = 0,
  ) {}

  get size(): number {
    return this.stats.sentences.documentCount;
  }

  private sentenceVocabulary(): Vocabulary {
    this.sentenceTerms ??= new Vocabulary(
      this.segments.map((s) => s.sentences),
      1,
    );
    return this.sentenceTerms;
  }

  private articleVocabulary(): Vocabulary {
    this.articleTerms ??= new Vocabulary(
      this.segments.map((s) => s.articles),
      ARTICLE_FIELDS.length,
    );
    return this.articleTerms;
  }

  docFrequency(term: string): number {
    return this.sentenceVocabulary().frequencyOf(term);
  }

  selectTerms(terms: string[], tuning: SearchTuning = DEFAULT_TUNING): string[] {
    return selectInformativeTerms(terms, (t) => this.docFrequency(t), this.size, tuning);
  }

  /** First document number of each segment, for each kind, and the accumulator of each kind. */
  private numbering(kind: Kind): { base: number[]; scores: ScoreAccumulator } {
    let n = this.numbered[kind];
    if (!n) {
      const base: number[] = [];
      let total = 0;
      for (const s of this.segments) {
        base.push(total);
        total += s[kind].documents;
      }
      n = { base, scores: new ScoreAccumulator(total) };
      this.numbered[kind] = n;
    }
    return n;
  }

  /**
   * Adds the matches of one index term (`derived`, matched for the current query term) in every
   * segment, as MiniSearch's `termResults` does: field by field, segment by segment, documents in order.
   */
  private termResults(kind: Kind, derived: string, weight: number, accept: Accept): void {
    const vocabulary = kind === 'sentences' ? this.sentenceVocabulary() : this.articleVocabulary();
    const { base, scores } = this.numbering(kind);
    const stats = this.stats[kind];
    const boosts = kind === 'sentences' ? [1] : ARTICLE_BOOSTS;
    for (let f = 0; f < boosts.length; f++) {
      const matching = vocabulary.frequencyOf(derived, f);
      if (!matching) continue;
      const average = stats.averageLength[f] as number;
      const fieldBoost = boosts[f] as number;
      vocabulary.forEachPlace(derived, (segment, local) => {
        const p: SegmentPostings = (this.segments[segment] as SegmentIndex)[kind];
        const postings = p.byField[f] as SegmentPostings['byField'][number];
        const first = base[segment] as number;
        const end = postings.offsets[local + 1] as number;
        for (let i = postings.offsets[local] as number; i < end; i++) {
          const doc = postings.docs[i] as number;
          if (!accept(segment, doc)) continue;
          const raw = bm25(
            postings.freqs[i] as number,
            matching,
            stats.documentCount,
            p.lengths[doc * p.fields + f] as number,
            average,
          );
          // (MiniSearch's term and document boosts are 1)
          scores.add(first + doc, weight * fieldBoost * raw);
        }
      });
    }
  }

  /** Segment and document in it of a document number. */
  private locate(kind: Kind, doc: number): [segment: number, local: number] {
    const { base } = this.numbering(kind);
    const segment = upperBound(base, doc) - 1;
    return [segment, doc - (base[segment] as number)];
  }

  /** The last filter's verdicts, by segment and article in it (a question searches twice with one filter). */
  private verdicts?: { filter: (articleId: string) => boolean; bySegment: Array<Int8Array | undefined> };

  /** The filter as a verdict per segment document, each article asked once. */
  private acceptance(kind: Kind, filter: ((articleId: string) => boolean) | undefined): Accept {
    if (!filter) return () => true;
    if (this.verdicts?.filter !== filter) this.verdicts = { filter, bySegment: [] };
    const verdicts = this.verdicts.bySegment;
    return (segment, doc) => {
      const s = this.segments[segment] as SegmentIndex;
      const article = kind === 'sentences' ? (s.docArticle[doc] as number) : doc;
      let seen = verdicts[segment];
      if (!seen) {
        seen = new Int8Array(s.articleIds.length);
        verdicts[segment] = seen;
      }
      let v = seen[article] as number;
      if (v === 0) {
        v = filter(s.articleIds[article] as string) ? 1 : -1;
        seen[article] = v;
      }
      return v > 0;
    };
  }

  search(terms: string[], options: SearchOptions = {}): SentenceHit[] {
    if (terms.length === 0) return [];
    const vocabulary = this.sentenceVocabulary();
    const lastWord = [...terms].reverse().find((t) => !t.includes('_'));
    const accept = this.acceptance('sentences', options.filter);
    const { scores } = this.numbering('sentences');
    // every index term searched, in the order searched: a hit lists those it holds
    const searched: string[] = [];
    const search = (derived: string, weight: number) => {
      if (!searched.includes(derived)) searched.push(derived);
      this.termResults('sentences', derived, weight, accept);
    };
    try {
      for (const term of splitTerms(terms)) {
        const known = vocabulary.has(term);
        scores.beginTerm(term);
        search(term, 1);
        const budget = known ? false : fuzzyBudget(term);
        const fuzzy = budget ? vocabulary.near(term, budget) : undefined;
        if (prefixAllowed(term, lastWord, known)) {
          for (const longer of vocabulary.withPrefix(term)) {
            const distance = longer.length - term.length;
            if (!distance) continue;
            fuzzy?.delete(longer);
            search(longer, prefixWeight(longer, distance));
          }
        }
        if (fuzzy) {
          for (const [near, distance] of fuzzy) {
            if (!distance) continue;
            search(near, fuzzyWeight(near, distance));
          }
        }
        scores.endTerm();
      }
      return scores.top(options.limit ?? 50).map(({ doc, score }) => {
        const [segment, local] = this.locate('sentences', doc);
        const s = this.segments[segment] as SegmentIndex;
        return {
          articleId: s.articleIds[s.docArticle[local] as number] as string,
          index: s.docSentence[local] as number,
          score,
          terms: this.termsHeld(searched, segment, local),
        };
      });
    } finally {
      scores.reset();
    }
  }

  /**
   * The searched index terms a sentence holds, in MiniSearch's order of its `match` keys: the order
   * they were searched, integer-like keys first (an object's own key order).
   */
  private termsHeld(searched: readonly string[], segment: number, local: number): string[] {
    const postings = (this.segments[segment] as SegmentIndex).sentences.byField[0] as FieldPostings;
    const match: Record<string, true> = {};
    for (const term of searched) {
      const t = this.sentenceVocabulary().localIn(term, segment);
      if (t === undefined) continue;
      if (holds(postings.docs, postings.offsets[t] as number, postings.offsets[t + 1] as number, local))
        match[term] = true;
    }
    return Object.keys(match);
  }

  searchArticles(terms: string[], filter?: (articleId: string) => boolean): Map<string, number> {
    const out = new Map<string, number>();
    if (!terms.length) return out;
    const accept = this.acceptance('articles', filter);
    const { scores } = this.numbering('articles');
    try {
      for (const term of splitTerms(terms)) {
        scores.beginTerm(term);
        this.termResults('articles', term, 1, accept);
        scores.endTerm();
      }
      for (const { doc, score } of scores.top()) {
        const [segment, local] = this.locate('articles', doc);
        out.set((this.segments[segment] as SegmentIndex).articleIds[local] as string, score);
      }
      return out;
    } finally {
      scores.reset();
    }
  }

  byteSize(): number {
    return this.bytes;
  }
}
