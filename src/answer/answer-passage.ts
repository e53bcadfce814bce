/**
 * The fallback: when no fact answers, the best-matching sentence — only when it covers most of the
 * question's words, and said to be a passage, not an exact answer.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import type { AnswerContext, Candidate } from './candidate.ts';
import { sentenceYearFits } from './scope-check.ts';

/** Share of the question's words the passage must contain. */
export const PASSAGE_MIN_COVERAGE = 0.75;

export function answerPassage(q: ParsedQuestion, { k, rel }: AnswerContext): Candidate[] {
  // an English question reaches the articles through a glossary: too lossy to trust a bare passage
  if (q.keywords.length < 3 || q.lang === 'en') return [];

  for (const h of rel.hits.slice(0, 5)) {
    const s = k.sentence(h.articleId, h.index);
    if (!s || s.kind === 'title') continue;
    if (!sentenceYearFits(q, s.text, k.scope(h.articleId))) continue;
    if (rel.coverage(h) < PASSAGE_MIN_COVERAGE) return [];
    return [{ text: s.text, articleId: h.articleId, sentenceIndex: h.index, score: h.score, key: 'passage' }];
  }
  return [];
}
