/**
 * The reader: every question goes the same way (DrQA's retrieve → read, with hand-built features):
 *   analyse    what kind of answer, which constraints, which focus words (qa/constraints.ts)
 *   retrieve   the articles that can satisfy the constraints, their best sentences (retrieve.ts)
 *   candidates typed facts and spans read off those sentences (candidates/)
 *   score      one scoring function over named features (features.ts, weights.ts)
 *   decide     answer, list several, or abstain and show the best passage (decide.ts)
 * A compound question is read part by part; a part with no answer is said to have none.
 */
import { analyze, type QuestionAnalysis } from '../qa/constraints.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import { generate } from './candidates/generate.ts';
import { compose, composeParts, notFound } from './compose.ts';
import { type Decision, decide } from './decide.ts';
import { featuresOf, type Scored } from './features.ts';
import type { Knowledge } from './knowledge.ts';
import { RETRIEVER, type Retrieval, type RetrieverOptions, retrieve } from './retrieve.ts';
import type { Answer } from './types.ts';
import { DECISION, type DecisionOptions, scoreOf, WEIGHTS, type Weights } from './weights.ts';

export interface Reading {
  question: ParsedQuestion;
  analysis: QuestionAnalysis;
  retrieval: Retrieval;
  scored: Scored[];
  decision: Decision;
  answer: Answer;
}

/** Words that only carry a follow-up ("còn …", "thế còn …", "what about …"). */
const FOLLOW_UP_WORDS = new Set(['con', 'the', 'vay', 'what', 'about', 'and']);

/** True when the question says what it asks: a predicate, a role, a title, what is counted, members. */
function asksSomething(q: ParsedQuestion, a: QuestionAnalysis): boolean {
  return (
    a.focus.some((w) => !FOLLOW_UP_WORDS.has(w)) ||
    q.role !== undefined ||
    q.title !== undefined ||
    q.counted !== undefined ||
    q.expected === 'members'
  );
}

/** The reader's options: the retriever's and the decision's (see retrieve.ts, weights.ts). */
export interface ReaderOptions {
  retriever: RetrieverOptions;
  weights: Weights;
  decision: DecisionOptions;
}

export const READER: ReaderOptions = { retriever: RETRIEVER, weights: WEIGHTS, decision: DECISION };

/** Reads one (simple) question, keeping every step for explain. */
export function readOne(q: ParsedQuestion, k: Knowledge, options: ReaderOptions = READER): Reading {
  const analysis = analyze(q);
  const retrieval = retrieve(q, k, options.retriever);
  // a place no article knows, or nothing asked at all ("còn năm 2023?" with no question before it)
  const unknown = analysis.constraints.some((c) => c.kind === 'unknown') || !asksSomething(q, analysis);
  const empty = unknown || retrieval.inScope?.size === 0;
  const candidates = empty ? [] : generate(q, k, retrieval);
  const scored = featuresOf(q, analysis, k, retrieval, candidates).map((s) => ({
    ...s,
    score: s.dropped ? 0 : scoreOf(s.features, options.weights),
  }));
  scored.sort((a, b) => b.score - a.score);
  const decision = decide(q, scored, options.weights.noAnswer, options.decision);
  const answer = empty ? notFound(q.lang) : compose(q, k, retrieval.rel, decision);
  return { question: q, analysis, retrieval, scored, decision, answer };
}

export function read(q: ParsedQuestion, k: Knowledge, options: ReaderOptions = READER): Answer {
  if (q.parts.length > 1)
    return composeParts(
      q,
      q.parts.map((part) => readOne(part, k, options).answer),
    );
  return readOne(q, k, options).answer;
}
