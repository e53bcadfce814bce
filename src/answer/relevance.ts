/**
 * How well each sentence matches a question: one index search per question, scores normalized to
 * the best in-scope sentence, plus the share of the question's words a sentence covers.
 */

import type { ParsedQuestion } from '../qa/question.ts';
import type { SentenceHit } from '../search/sentence-index.ts';
import { bigrams } from '../text/tokenize.ts';
import type { Knowledge } from './knowledge.ts';

export interface Relevance {
  /** Hits sorted best first, with `score` normalized to 0..1. */
  hits: SentenceHit[];
  /** Normalized score of one sentence (0 when it did not match). */
  of(articleId: string, index: number): number;
  /** Best normalized score of an article's sentences. */
  ofArticle(articleId: string): number;
  /** Share (0..1) of the question's content words a sentence contains. */
  coverage(hit: SentenceHit): number;
  terms: string[];
}

export function searchTerms(q: ParsedQuestion): string[] {
  const words = q.keywords;
  const pairs = bigrams(q.folded.split(' ')).filter((b) => {
    const [a, c] = b.split('_');
    return words.includes(a as string) && words.includes(c as string);
  });
  return [...new Set([...words, ...pairs])];
}

export function relevance(q: ParsedQuestion, k: Knowledge, inScope: Set<string>, limit = 300): Relevance {
  const terms = searchTerms(q);
  const raw = k.index.search(terms, { filter: (id) => inScope.has(id), limit });
  const max = raw[0]?.score ?? 1;
  const hits = raw.map((h) => ({ ...h, score: h.score / max }));
  const bySentence = new Map<string, number>();
  const byArticle = new Map<string, number>();
  for (const h of hits) {
    bySentence.set(`${h.articleId}#${h.index}`, h.score);
    byArticle.set(h.articleId, Math.max(byArticle.get(h.articleId) ?? 0, h.score));
  }
  const unigrams = new Set(q.keywords);
  return {
    hits,
    terms,
    of: (a, i) => bySentence.get(`${a}#${i}`) ?? 0,
    ofArticle: (a) => byArticle.get(a) ?? 0,
    coverage: (h) => {
      if (!unigrams.size) return 0;
      const matched = new Set(h.terms.filter((t) => unigrams.has(t)));
      return matched.size / unigrams.size;
    },
  };
}
