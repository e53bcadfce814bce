/**
 * What a question names besides places, clusters and years: dates ("ngày 30-12"), people, bodies and
 * other proper names ("ông Nguyễn Hữu Lạc", "Ea H'Leo", "Quỹ “Vì người nghèo”"), and the events it
 * is about ("hội nghị tổng kết", "lễ bàn giao"). An answer must come from evidence that names them too.
 */
import { findLocalities, findPersons } from '../extract/mentions.ts';
import { ENGLISH_PHRASES } from '../lexicon/english.ts';
import { DELEGATION_EVENTS, MEETING_HEADS, MEETING_KINDS } from '../lexicon/events.ts';
import { findProvinces } from '../lexicon/provinces.ts';
import { CAPITALIZED_COMMON_HEADS, ENGLISH_CAPITALIZED } from '../lexicon/question-patterns.ts';
import { REGION_NAMES } from '../lexicon/regions.ts';
import { findDates } from '../text/dates.ts';
import { fold, hasDiacritics } from '../text/fold.ts';
import { normalizedTerms } from '../text/tokenize.ts';

/** Dates with a day the question names. Typed without marks, "ngay 30-12" is read as "ngày 30-12". */
export function datesIn(vi: string): Array<{ iso: string; surface: string }> {
  const text = hasDiacritics(vi) ? vi : vi.replace(/(?<![a-z])ngay(?![a-z])/gi, 'ngày');
  return findDates(text)
    .filter((d) => d.day !== undefined && d.month !== undefined)
    .map((d) => ({ iso: d.iso, surface: d.surface }));
}

/** English words of the glossary: capitalized in a question ("Mass Mobilization Commission"), no name. */
const GLOSSARY_WORDS = new Set(
  ENGLISH_PHRASES.flatMap(([en]) => en.split(/\s+/)).filter((w) => /^[a-z'’-]+$/.test(w) && w.length > 2),
);

function isEnglishWord(w: string): boolean {
  return ENGLISH_CAPITALIZED.has(w) || GLOSSARY_WORDS.has(w);
}

const QUOTED = /[“"]([^”"]{2,120})[”"]/gu;

/** A run of capitalized syllables: "Ea H'Leo", "Nguyễn Hữu Lạc", "Bính Ngọ". */
const CAPITAL_RUN = /(?<![\p{L}’'])\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+/gu;

/**
 * Proper names a question writes (only a question written with its marks shows them by capitals):
 * quoted names, people, and runs of two or more capitalized syllables that are neither places the
 * gazetteer knows, regions, nor official words Vietnamese capitalizes ("Ủy ban", "Cờ thi đua").
 */
export function namesIn(vi: string, raw?: string): Array<{ surface: string; words: string[] }> {
  const out: Array<{ surface: string; words: string[] }> = [];
  const add = (surface: string) => {
    const words = normalizedTerms(surface).filter((w) => /[a-z0-9]/.test(w));
    if (words.length && !out.some((o) => o.words.join(' ') === words.join(' '))) out.push({ surface, words });
  };
  for (const m of vi.matchAll(QUOTED)) add((m[1] ?? '').trim());
  if (raw !== undefined) {
    // an English question: its capitalized words that are not English are Vietnamese names
    for (const m of raw.matchAll(CAPITAL_RUN)) {
      const words = m[0].split(/\s+/).filter((w) => !isEnglishWord(w.toLowerCase().replace(/['’]s$/, '')));
      if (words.length >= 2 && !findProvinces(words.join(' ')).length)
        add(words.join(' ').replace(/['’]s$/, ''));
    }
    return out;
  }
  if (!hasDiacritics(vi)) return out;
  const taken: Array<[number, number]> = [];
  for (const p of findPersons(vi)) {
    add(p.name);
    taken.push([p.start, p.end]);
  }
  for (const l of findLocalities(vi)) taken.push([l.start, l.end]);
  for (const p of findProvinces(vi)) taken.push([p.start, p.end]);
  for (const m of vi.matchAll(QUOTED)) taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const common = (w: string) => CAPITALIZED_COMMON_HEADS.has(w.normalize('NFC').toLowerCase());
  for (const m of vi.matchAll(CAPITAL_RUN)) {
    const start = m.index ?? 0;
    const words = m[0].split(/\s+/);
    // official words at either end ("Việt Thanh Xuân", "Tết Canh Tý") are not part of the name
    while (words.length && common(words[0] as string)) words.shift();
    while (words.length && common(words[words.length - 1] as string)) words.pop();
    if (words.length < 2 || words.some(common)) continue;
    const surface = words.join(' ');
    const at = start + m[0].indexOf(surface);
    if (taken.some(([a, b]) => at < b && at + surface.length > a)) continue;
    const folded = fold(surface);
    if (REGION_NAMES.some((r) => folded === r || folded.includes(r))) continue;
    add(surface);
  }
  return out;
}

/**
 * Kinds that name an event on their own ("tổng kết", "giao ban", "đại hội"); the others ("trao",
 * "bàn giao", "giám sát") are actions, events only after a head ("lễ bàn giao", "hội nghị giám sát").
 */
const EVENTS_ALONE = new Set([
  'tong ket',
  'so ket',
  'giao ban',
  'ky ket giao uoc',
  'ky giao uoc',
  'hiep thuong',
  'dai hoi',
]);

const EVENT_PHRASES = [
  ...MEETING_HEADS.flatMap((h) => MEETING_KINDS.map(([k]) => `${h} ${k}`)),
  ...MEETING_KINDS.map(([k]) => k).filter((k) => EVENTS_ALONE.has(k)),
  ...MEETING_HEADS.filter((h) => h !== 'le' && h !== 'buoi'),
  ...DELEGATION_EVENTS,
].sort((a, b) => b.length - a.length);

/** The events a question names, longest phrase first, each written once. */
export function eventsIn(folded: string): string[] {
  const out: string[] = [];
  let rest = ` ${folded} `;
  for (const e of EVENT_PHRASES) {
    if (!rest.includes(` ${e} `)) continue;
    out.push(e);
    rest = rest.replaceAll(` ${e} `, ' | ');
  }
  return out;
}
