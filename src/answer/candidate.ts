/**
 * An answer candidate: one line, its evidence sentence and its score.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import type { Knowledge } from './knowledge.ts';
import type { Relevance } from './relevance.ts';

export interface Candidate {
  /** The answer line, names and figures as the article writes them. */
  text: string;
  articleId: string;
  sentenceIndex: number;
  score: number;
  /** Candidates with the same key say the same thing; the best one is kept. */
  key: string;
}

export interface AnswerContext {
  k: Knowledge;
  rel: Relevance;
  inScope: Set<string>;
}

/**
 * An answerer reads the question and returns candidates, `[]` when it applies but finds nothing
 * (the question is then answered "not found"), or undefined when the question is not its kind.
 */
export type Answerer = (q: ParsedQuestion, ctx: AnswerContext) => Candidate[] | undefined;

/** Best candidate per key, best first. */
export function dedupe(cands: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const prev = best.get(c.key);
    if (!prev || c.score > prev.score) best.set(c.key, c);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Keeps the candidates close to the best one (ties and near ties), at most `max`. */
export function closeToBest(cands: Candidate[], ratio: number, max: number): Candidate[] {
  const sorted = dedupe(cands);
  const top = sorted[0]?.score ?? 0;
  return sorted.filter((c) => c.score >= top * ratio).slice(0, max);
}
