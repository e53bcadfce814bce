/**
 * Follow-ups: "còn năm 2023?", "còn cụm Nam Sông Hậu?", "what about 2023?" reuse the previous
 * question's intent and change only the slot they name.
 */
import { FOLLOW_UP } from '../lexicon/question-patterns.ts';
import { fold } from '../text/fold.ts';
import type { ParsedQuestion } from './question.ts';

/** True when a parsed question is a follow-up to be resolved against the previous one. */
export function isFollowUp(q: ParsedQuestion): boolean {
  const words = q.folded.split(' ');
  return (
    FOLLOW_UP.test(q.folded) &&
    words.length <= 10 &&
    !/bao nhieu|(?<![a-z])ai(?![a-z])|khi nao|o dau/.test(q.folded)
  );
}

export function resolveFollowUp(q: ParsedQuestion, previous: ParsedQuestion | undefined): ParsedQuestion {
  if (!previous || !isFollowUp(q)) return q;
  const changed = {
    years: q.years.length > 0,
    provinces: q.provinces.length > 0,
    localities: q.localities.length > 0,
    cluster: q.clusterKey !== undefined,
    role: q.role !== undefined,
  };
  const drop = new Set<string>();
  if (changed.provinces) for (const p of previous.provinces) for (const w of fold(p).split(' ')) drop.add(w);

  if (changed.cluster && previous.clusterKey) for (const w of previous.clusterKey.split(' ')) drop.add(w);
  const newWords = q.keywords.filter((w) => !['con', 'the', 'vay', 'what', 'about', 'and'].includes(w));
  const merged: ParsedQuestion = {
    ...previous,
    raw: q.raw,
    lang: q.lang,
    years: changed.years ? q.years : previous.years,
    provinces: changed.provinces ? q.provinces : previous.provinces,
    localities: changed.localities ? q.localities : previous.localities,
    unknownNames: q.unknownNames,
    clusterKey: changed.cluster ? q.clusterKey : previous.clusterKey,
    role: changed.role ? q.role : previous.role,
    identifiers: q.identifiers.length ? q.identifiers : previous.identifiers,
    dates: q.dates.length ? q.dates : previous.dates,
    names: q.names.length ? q.names : previous.names,
    keywords: [...new Set([...previous.keywords.filter((w) => !drop.has(w)), ...newWords])],
    parts: [],
  };
  merged.folded = `${previous.folded} ${newWords.join(' ')}`;
  return merged;
}
