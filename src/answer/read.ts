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
import { answerPassage } from './answer-passage.ts';
import type { Candidate } from './candidates/candidate.ts';
import { generate } from './candidates/generate.ts';
import { companions } from './companions.ts';
import { citationOf, notFound } from './compose.ts';
import { type Decision, decide } from './decide.ts';
import { featuresOf, type Scored } from './features.ts';
import type { Knowledge } from './knowledge.ts';
import { phrases } from './phrasing.ts';
import { RETRIEVER, type Retrieval, type RetrieverOptions, retrieve } from './retrieve.ts';
import type { Answer, AnswerItem } from './types.ts';
import { DECISION, type DecisionOptions, scoreOf, WEIGHTS, type Weights } from './weights.ts';

export interface Reading {
  question: ParsedQuestion;
  analysis: QuestionAnalysis;
  retrieval: Retrieval;
  scored: Scored[];
  decision: Decision;
  answer: Answer;
}

function item(k: Knowledge, s: Scored, q: ParsedQuestion): AnswerItem {
  const c = s.candidate;
  return { text: lineOf(k, c, q), citation: citationOf(k, c.articleId, c.sentenceIndex), subject: c.subject };
}

/** The line shown for a candidate: its own line, and for a figure whose figure it is. */
export function lineOf(k: Knowledge, c: Candidate, q?: ParsedQuestion): string {
  if (c.line) return c.line;
  if (c.type !== 'quantity' || !c.quantity) return c.text;
  const f = c.quantity;
  const also = q ? companions(q, f, k) : [];
  if (also.length) c = { ...c, text: [c.text, ...also.map((x) => x.phrase)].join(', ') };
  const named = f.provinces.filter((p) => f.source.quote.includes(p));
  if (named.length && named.length <= 2) return `${c.text} — ${named.join(', ')}`;
  const title = k.article(c.articleId)?.title ?? '';
  return title ? `${c.text} — ${title.length > 90 ? `${title.slice(0, 88)}…` : title}` : c.text;
}

function answerOf(q: ParsedQuestion, k: Knowledge, r: Retrieval, d: Decision): Answer {
  const p = phrases(q.lang);
  if (!d.chosen.length) {
    const passage = answerPassage(q, { k, rel: r.rel, inScope: r.inScope });
    const c = passage[0];
    if (!c) return notFound(q.lang);
    const citation = citationOf(k, c.articleId, c.sentenceIndex);
    return {
      found: false,
      kind: 'passage',
      lang: q.lang,
      text: `${p.passage} «${c.text}»`,
      items: [{ text: c.text, citation }],
      citations: [citation],
    };
  }
  const items = d.chosen.map((s) => item(k, s, q));
  const seen = new Set<string>();
  const citations = items
    .map((i) => i.citation)
    .filter((c) => {
      const key = `${c.articleId}#${c.sentenceIndex}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const lines = items.map((i) => i.text);
  const text =
    lines.length > 1 ? `${p.several}\n${lines.map((l) => `• ${l}`).join('\n')}` : (lines[0] as string);
  return { found: true, kind: 'fact', lang: q.lang, text, items, citations };
}

/** Reads one (simple) question, keeping every step for explain. */
/** The reader's options: the retriever's and the decision's (see retrieve.ts, weights.ts). */
export interface ReaderOptions {
  retriever: RetrieverOptions;
  weights: Weights;
  decision: DecisionOptions;
}

export const READER: ReaderOptions = { retriever: RETRIEVER, weights: WEIGHTS, decision: DECISION };

export function readOne(q: ParsedQuestion, k: Knowledge, options: ReaderOptions = READER): Reading {
  const analysis = analyze(q);
  const retrieval = retrieve(q, k, options.retriever);
  const unknown = analysis.constraints.some((c) => c.kind === 'unknown');
  const candidates = unknown || !retrieval.inScope.size ? [] : generate(q, k, retrieval);
  const scored = featuresOf(q, analysis, k, retrieval, candidates).map((s) => ({
    ...s,
    score: s.dropped ? 0 : scoreOf(s.features, options.weights),
  }));
  scored.sort((a, b) => b.score - a.score);
  const decision = decide(q, scored, options.weights.noAnswer, options.decision);
  const answer = unknown || !retrieval.inScope.size ? notFound(q.lang) : answerOf(q, k, retrieval, decision);
  return { question: q, analysis, retrieval, scored, decision, answer };
}

/** Joins the answers to the parts of a compound question; a part with no answer says so. */
function joinParts(q: ParsedQuestion, parts: Answer[]): Answer {
  const p = phrases(q.lang);
  const found = parts.filter((a) => a.found);
  if (!found.length) return notFound(q.lang);
  const lines = parts.map((a) => (a.found ? a.text : p.partNotFound));
  return {
    found: found.length === parts.length,
    kind: found.length === parts.length ? 'fact' : 'passage',
    lang: q.lang,
    text: lines.join('\n'),
    items: found.flatMap((a) => a.items),
    citations: found.flatMap((a) => a.citations),
  };
}

export function read(q: ParsedQuestion, k: Knowledge, options: ReaderOptions = READER): Answer {
  if (q.parts.length > 1)
    return joinParts(
      q,
      q.parts.map((part) => readOne(part, k, options).answer),
    );
  return readOne(q, k, options).answer;
}
