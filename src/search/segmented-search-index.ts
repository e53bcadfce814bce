/**
 * The embedded search index: one `SegmentIndex` per segment of the store, searched together. Scores,
 * matches and order are MiniSearch's (see bm25.ts): the same BM25+ over the same terms with the same
 * document count and average lengths, fuzzy and prefix matches weighted and ordered as MiniSearch's
 * term tree gives them, results combined with OR and sorted by score, ties in document order — so a
 * store gets the same answers as from one MiniSearch over all its sentences, at a few bytes per
 * posting instead of a Map entry, and with each segment loaded or rewritten on its own.
 */
import { bm25, type FieldStats, fuzzyWeight, prefixWeight } from './bm25.ts';
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
import type { SegmentPostings } from './segment-postings.ts';
import { Vocabulary } from './vocabulary.ts';

/** Document count and average field lengths of both kinds of documents (kept in the manifest). */
export interface IndexStats {
  sentences: FieldStats;
  articles: FieldStats;
}

/** A document of the whole index: segment number × 2^26 + document number in the segment. */
const SEGMENT_SHIFT = 2 ** 26;

interface Match {
  score: number;
  /** Query terms that matched. */
  terms: string[];
  /** Index terms that matched, with the fields they matched in. */
  match: Record<string, string[]>;
}

const own = (o: object, key: string) => Object.hasOwn(o, key);

function addUnique(target: string[], items: readonly string[]): void {
  for (const t of items) if (!target.includes(t)) target.push(t);
}

/** MiniSearch's OR: scores summed, terms and matches merged, first-seen order kept. */
function combine(into: Map<number, Match>, from: Map<number, Match>): void {
  for (const [doc, m] of from) {
    const existing = into.get(doc);
    if (!existing) {
      into.set(doc, m);
      continue;
    }
    existing.score = existing.score + m.score;
    existing.match = Object.assign(existing.match, m.match);
    addUnique(existing.terms, m.terms);
  }
}

export class SegmentedSearchIndex implements SearchIndex {
  private sentenceTerms?: Vocabulary;
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

  /**
   * Adds the matches of one index term (`derived`, matched for the query term `source`) in every
   * segment, as MiniSearch's `termResults` does: field by field, documents in order.
   */
  private termResults(
    kind: 'sentences' | 'articles',
    source: string,
    derived: string,
    weight: number,
    accept: (segment: number, doc: number) => boolean,
    results: Map<number, Match>,
  ): void {
    const vocabulary = kind === 'sentences' ? this.sentenceVocabulary() : this.articleVocabulary();
    const stats = this.stats[kind];
    const fieldNames = kind === 'sentences' ? ['text'] : ARTICLE_FIELDS;
    const boosts = kind === 'sentences' ? [1] : ARTICLE_BOOSTS;
    fieldNames.forEach((field, f) => {
      const matching = vocabulary.frequencyOf(derived, f);
      if (!matching) return;
      const average = stats.averageLength[f] as number;
      const fieldBoost = boosts[f] as number;
      vocabulary.forEachPlace(derived, (segment, local) => {
        const p: SegmentPostings = (this.segments[segment] as SegmentIndex)[kind];
        const postings = p.byField[f] as SegmentPostings['byField'][number];
        for (let i = postings.offsets[local] as number; i < (postings.offsets[local + 1] as number); i++) {
          const doc = postings.docs[i] as number;
          if (!accept(segment, doc)) continue;
          const raw = bm25(
            postings.freqs[i] as number,
            matching,
            stats.documentCount,
            p.lengths[doc * p.fields + f] as number,
            average,
          );
          const termBoost = 1;
          const docBoost = 1;
          const score = weight * termBoost * fieldBoost * docBoost * raw;
          const key = segment * SEGMENT_SHIFT + doc;
          const found = results.get(key);
          if (found) {
            found.score += score;
            addUnique(found.terms, [source]);
            if (own(found.match, derived)) (found.match[derived] as string[]).push(field);
            else found.match[derived] = [field];
          } else results.set(key, { score, terms: [source], match: { [derived]: [field] } });
        }
      });
    });
  }

  search(terms: string[], options: SearchOptions = {}): SentenceHit[] {
    if (terms.length === 0) return [];
    const vocabulary = this.sentenceVocabulary();
    const lastWord = [...terms].reverse().find((t) => !t.includes('_'));
    const filter = options.filter;
    const verdicts = new Map<string, boolean>();
    const accept = filter
      ? (segment: number, doc: number) => {
          const s = this.segments[segment] as SegmentIndex;
          const id = s.articleIds[s.docArticle[doc] as number] as string;
          let ok = verdicts.get(id);
          if (ok === undefined) {
            ok = filter(id);
            verdicts.set(id, ok);
          }
          return ok;
        }
      : () => true;
    const queryTerms = terms
      .join(' ')
      .split(' ')
      .filter((t) => !!t);
    let combined: Map<number, Match> | undefined;
    for (const term of queryTerms) {
      const known = vocabulary.has(term);
      const results = new Map<number, Match>();
      this.termResults('sentences', term, term, 1, accept, results);
      const budget = known ? false : fuzzyBudget(term);
      const fuzzy = budget ? vocabulary.near(term, budget) : undefined;
      if (prefixAllowed(term, lastWord, known)) {
        for (const longer of vocabulary.withPrefix(term)) {
          const distance = longer.length - term.length;
          if (!distance) continue;
          fuzzy?.delete(longer);
          this.termResults('sentences', term, longer, prefixWeight(longer, distance), accept, results);
        }
      }
      if (fuzzy) {
        for (const [near, distance] of fuzzy) {
          if (!distance) continue;
          this.termResults('sentences', term, near, fuzzyWeight(near, distance), accept, results);
        }
      }
      if (combined) combine(combined, results);
      else combined = results;
    }
    const hits: SentenceHit[] = [];
    for (const [key, m] of combined ?? []) {
      const segment = this.segments[Math.floor(key / SEGMENT_SHIFT)] as SegmentIndex;
      const doc = key % SEGMENT_SHIFT;
      hits.push({
        articleId: segment.articleIds[segment.docArticle[doc] as number] as string,
        index: segment.docSentence[doc] as number,
        score: m.score * (m.terms.length || 1),
        terms: Object.keys(m.match),
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, options.limit ?? 50);
  }

  searchArticles(terms: string[], filter?: (articleId: string) => boolean): Map<string, number> {
    const out = new Map<string, number>();
    if (!terms.length) return out;
    const idOf = (segment: number, doc: number) =>
      (this.segments[segment] as SegmentIndex).articleIds[doc] as string;
    const accept = filter ? (segment: number, doc: number) => filter(idOf(segment, doc)) : () => true;
    let combined: Map<number, Match> | undefined;
    for (const term of terms
      .join(' ')
      .split(' ')
      .filter((t) => !!t)) {
      const results = new Map<number, Match>();
      this.termResults('articles', term, term, 1, accept, results);
      if (combined) combine(combined, results);
      else combined = results;
    }
    const scored = [...(combined ?? [])].map(([key, m]) => ({
      id: idOf(Math.floor(key / SEGMENT_SHIFT), key % SEGMENT_SHIFT),
      score: m.score * (m.terms.length || 1),
    }));
    scored.sort((a, b) => b.score - a.score);
    for (const s of scored) out.set(s.id, s.score);
    return out;
  }

  byteSize(): number {
    return this.bytes;
  }
}
