/**
 * The decision. Every kept reading has a score; an answer's probability is the softmax share of the
 * readings that say it (the same key, or the same words read twice) against all the other readings
 * and against answering nothing. The reader answers with the most probable answer when it is likely
 * enough; it gives several answers when the question asks for several (a list the sentence gives),
 * when one sentence names several that fit (co-chairs, joint recipients), or when different articles
 * each give one that fits as well (other clusters, places or years — each with its own source);
 * otherwise it gives none, and shows the best passage instead.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import type { Scored } from './features.ts';
import { DECISION, type DecisionOptions } from './weights.ts';

export interface Decision {
  /** The answers to give, best first; empty to abstain. */
  chosen: Scored[];
  /** The probability of what is given. */
  confidence: number;
  /** Why (for explain). */
  reason: string;
}

/** Types whose co-answers in one sentence are several true answers (co-chairs, joint recipients). */
const LISTABLE = new Set(['person', 'unit', 'place']);

export function decide(
  q: ParsedQuestion,
  scored: Scored[],
  noAnswer: number,
  options: DecisionOptions = DECISION,
): Decision {
  const kept = scored.filter((s) => !s.dropped);
  if (!kept.length) return { chosen: [], confidence: 0, reason: 'no candidate' };
  const max = Math.max(noAnswer, ...kept.map((s) => s.score));
  const weight = (s: Scored) => Math.exp(s.score - max);
  const z = kept.reduce((n, s) => n + weight(s), Math.exp(noAnswer - max));
  // answers: the best reading of each key, with the probability of all readings of that key
  const best = new Map<string, Scored>();
  const mass = new Map<string, number>();
  // (an exact reading is shown over a rounded one of the same figure)
  const shown = (s: Scored) => s.score - (s.candidate.rounded ? 100 : 0);
  for (const s of kept) {
    const prev = best.get(s.candidate.key);
    if (!prev || shown(s) > shown(prev)) best.set(s.candidate.key, s);
    mass.set(s.candidate.key, (mass.get(s.candidate.key) ?? 0) + weight(s) / z);
  }
  const p = (s: Scored) => mass.get(s.candidate.key) ?? 0;
  const ranked = [...best.values()].sort((a, b) => p(b) - p(a) || b.score - a.score);
  let top = ranked[0] as Scored;
  // a list the sentence gives that holds the best answer ("hai xã Tân Trạch và Thượng Trạch"), or any
  // list near it when several are asked: the whole list answers
  if ((top.candidate.items?.length ?? 0) < 2) {
    const first = top;
    const list = ranked.find(
      (s) =>
        s.candidate.items &&
        s.candidate.items.length > 1 &&
        (sameReading(first, s) || q.several) &&
        (p(s) >= options.listRatio * p(first) * (q.several ? 0.5 : 1) ||
          // a question that asks for several takes the list that names the best answer, even when the
          // answer alone reads better ("gồm những ai": "ông A, Phó Chủ tịch; bà B, … Phó Chủ tịch")
          (q.several && sameReading(first, s) && p(s) >= options.severalListRatio * p(first))),
    );
    if (list) top = list;
  }
  const chosen = [top];
  let confidence = p(top);
  // what reads the same words another way ("Bắc Kạn", "Ủy ban MTTQ tỉnh Bắc Kạn"; a list's items)
  for (const s of ranked) if (s !== top && sameReading(top, s)) confidence += p(s);
  const likely = (s: Scored) => p(s) >= options.listRatio * p(top);
  for (const s of ranked) {
    if (s === top || chosen.length >= options.maxItems || chosen.some((c) => sameReading(c, s))) continue;
    const c = s.candidate;
    // co-answers of one sentence
    const coAnswer =
      LISTABLE.has(c.type) &&
      c.articleId === top.candidate.articleId &&
      c.sentenceIndex === top.candidate.sentenceIndex;
    // the best answer of another article, each constraint shown as near it as for the best one
    // (of the kind asked as much as the best, its words as near it, each constraint as near it)
    const otherArticle =
      !chosen.some((x) => x.candidate.articleId === c.articleId) &&
      ranked.find((x) => x.candidate.articleId === c.articleId) === s &&
      asWellShown(s, top) &&
      s.features.fit >= top.features.fit - 0.1 &&
      s.features.focus >= top.features.focus - 0.25 &&
      // (reading against reading: an answer many sentences repeat does not crowd out the others)
      Math.exp(s.score - top.score) >= 0.25;
    if ((coAnswer && likely(s)) || otherArticle) {
      chosen.push(s);
      confidence += p(s);
    }
  }
  if (confidence < options.confidence)
    return { chosen: [], confidence, reason: `confidence ${confidence.toFixed(2)} < ${options.confidence}` };
  return { chosen, confidence, reason: chosen.length > 1 ? 'several' : 'best' };
}

/**
 * Two readings of the same words: spans that overlap in one sentence ("Bắc Kạn" and "Ủy ban MTTQ
 * tỉnh Bắc Kạn"), or a list and a shorter list of the same items.
 */
export function sameReading(a: Scored, b: Scored): boolean {
  const x = a.candidate;
  const y = b.candidate;
  if (
    x.articleId === y.articleId &&
    x.sentenceIndex === y.sentenceIndex &&
    x.span[0] < y.span[1] &&
    y.span[0] < x.span[1]
  )
    return true;
  const items = (c: typeof x) => (c.items ?? [c.text]).map((t) => t.toLowerCase());
  const [small, large] = items(x).length <= items(y).length ? [items(x), items(y)] : [items(y), items(x)];
  return large.length > 1 && small.every((s) => large.some((l) => l.includes(s) || s.includes(l)));
}

const LEVEL_RANK = { clause: 4, sentence: 3, context: 2, article: 1, absent: 0, contradicted: -1 } as const;

/** True when every constraint is shown as near the answer for `s` as for `best`. */
function asWellShown(s: Scored, best: Scored): boolean {
  return s.verdicts.every(
    (v, i) => LEVEL_RANK[v.verdict] >= LEVEL_RANK[best.verdicts[i]?.verdict ?? 'absent'],
  );
}
