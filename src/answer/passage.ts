/**
 * When no answer is likely enough, the best-matching sentence — only when it covers most of the
 * question's words, and shown as a passage, not as an exact answer.
 */

import type { Sentence } from '../ingest/article.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import type { Knowledge } from './knowledge.ts';
import type { Relevance } from './relevance.ts';
import { sentenceYearFits } from './scope-check.ts';

/** Share of the question's words the passage must contain. */
export const PASSAGE_MIN_COVERAGE = 0.75;

export function bestPassage(
  q: ParsedQuestion,
  k: Knowledge,
  rel: Relevance,
): { articleId: string; sentence: Sentence } | undefined {
  // an English question reaches the articles through a glossary: too lossy to trust a bare passage
  if (q.keywords.length < 3 || q.lang === 'en') return undefined;
  for (const h of rel.hits.slice(0, 5)) {
    const s = k.sentence(h.articleId, h.index);
    if (!s || s.kind === 'title') continue;
    if (!sentenceYearFits(q, s.text, k.scope(h.articleId))) continue;
    if (rel.coverage(h) < PASSAGE_MIN_COVERAGE) return undefined;
    return { articleId: h.articleId, sentence: s };
  }
  return undefined;
}
