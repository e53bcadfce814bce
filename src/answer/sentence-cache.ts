/**
 * What answerers read off a sentence (its localities, dates, people), computed once per sentence
 * and kept as long as the sentence is in memory.
 */
import { type ClusterMention, findClusterMentions } from '../extract/cluster-mentions.ts';
import {
  findLocalities,
  findPersons,
  type LocalityMention,
  type PersonMention,
} from '../extract/mentions.ts';
import type { Sentence } from '../ingest/article.ts';
import { identifiersIn } from '../qa/parse-question.ts';
import { type DateMention, findDates } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { normalizedTerms, type SyllableToken, syllables } from '../text/tokenize.ts';

const localities = new WeakMap<Sentence, LocalityMention[]>();
const dates = new WeakMap<Sentence, DateMention[]>();
const persons = new WeakMap<Sentence, PersonMention[]>();
const folded = new WeakMap<Sentence, string>();
const numbers = new WeakMap<Sentence, NumberMention[]>();
const clusters = new WeakMap<Sentence, ClusterMention[]>();
const series = new WeakMap<Sentence, Array<{ word: string; n: number }>>();

function cached<T>(map: WeakMap<Sentence, T>, s: Sentence, make: () => T): T {
  let v = map.get(s);
  if (v === undefined) {
    v = make();
    map.set(s, v);
  }
  return v;
}

/** Localities of a sentence; `toks` its syllables when the caller has them. */
export function localitiesIn(s: Sentence, toks?: SyllableToken[]): LocalityMention[] {
  return cached(localities, s, () => findLocalities(s.text, toks));
}

/** Dates of a sentence, a missing year taken from the article's reference year. */
export function datesIn(s: Sentence, refYear: number | undefined): DateMention[] {
  return cached(dates, s, () => findDates(s.text, refYear));
}

/** The sentence folded for matching (see `fold`). */
export function foldedText(s: Sentence): string {
  return cached(folded, s, () => fold(s.text));
}

export function personsIn(s: Sentence): PersonMention[] {
  // (among the localities already found; the syllables are not kept: they would double the memory)
  return cached(persons, s, () => {
    const toks = syllables(s.text);
    return findPersons(s.text, { syllables: toks, localities: localitiesIn(s, toks) });
  });
}

/** The numbers a sentence writes, with where they stand. */
export function numbersIn(s: Sentence): NumberMention[] {
  return cached(numbers, s, () => findNumbers(s.text));
}

/** The clusters and blocs a sentence names ("Cụm thi đua … Nam Sông Hậu", "Khối thi đua 7"). */
export function clustersIn(s: Sentence): ClusterMention[] {
  return cached(clusters, s, () => findClusterMentions(s.text));
}

/** Which one of a series a sentence names ("đợt 2", "khóa XV", "nhiệm kỳ 2024-2029"). */
export function seriesIn(s: Sentence): Array<{ word: string; n: number }> {
  return cached(series, s, () => identifiersIn(normalizedTerms(s.text).join(' ')));
}
