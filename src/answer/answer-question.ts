/**
 * Answering: the question's scope is checked against the store, then each answerer in turn is asked;
 * the first that applies gives the answer. Compound questions are answered part by part.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import { answerMembers } from './answer-members.ts';
import { answerPassage } from './answer-passage.ts';
import { answerPerson } from './answer-person.ts';
import { answerPlace } from './answer-place.ts';
import { answerQuantity } from './answer-quantity.ts';
import { answerRole } from './answer-role.ts';
import { answerRoleOf } from './answer-role-of.ts';
import { answerSuperlative } from './answer-superlative.ts';

import { answerTime } from './answer-time.ts';
import { answerUnit } from './answer-unit.ts';
import { answerWhat } from './answer-what.ts';
import type { AnswerContext, Answerer } from './candidate.ts';
import { compose, composeParts, notFound } from './compose.ts';
import type { Knowledge } from './knowledge.ts';
import { lazyRelevance } from './relevance.ts';

import { articlesInScope, outOfScope } from './scope-check.ts';
import { MIN_SUPPORT, support } from './support.ts';
import type { Answer } from './types.ts';

/** In order: the first answerer that applies answers. */
export const ANSWERERS: readonly Answerer[] = [
  answerSuperlative,
  answerRole,
  answerRoleOf,
  answerMembers,
  answerQuantity,
  answerPerson,
  answerUnit,
  answerTime,
  answerPlace,
  answerWhat,
];

/** Answerers whose facts match the question's slots exactly, needing no further support. */
const EXACT: ReadonlySet<Answerer> = new Set([answerRole, answerRoleOf, answerMembers]);

function answerOne(q: ParsedQuestion, k: Knowledge): Answer {
  const inScope = articlesInScope(q, k);
  if (outOfScope(q, inScope)) return notFound(q.lang);
  const ctx: AnswerContext = { k, rel: lazyRelevance(q, k, inScope), inScope };
  for (const answerer of ANSWERERS) {
    const cands = answerer(q, ctx);
    if (cands === undefined) continue;
    // roles and members match their slots exactly; other answers must come from evidence about the question
    if (!EXACT.has(answerer) && cands[0] && support(q, k, cands[0]) < MIN_SUPPORT) return notFound(q.lang);
    return compose(k, q.lang, cands, 'fact');
  }
  return compose(k, q.lang, answerPassage(q, ctx), 'passage');
}

export function answerQuestion(q: ParsedQuestion, k: Knowledge): Answer {
  if (q.parts.length > 1) {
    const parts = q.parts.map((p) => answerOne(p, k));
    // a compound question is answered only when every part is
    return parts.every((a) => a.found) ? composeParts(q.lang, parts) : notFound(q.lang);
  }
  return answerOne(q, k);
}
