/**
 * Tokenizing for search: folded syllables from natural's Vietnamese aggressive tokenizer, with
 * numbers ("6.690"), dates ("25/5/2023") and codes ("22-CT/TW", "96/KH-MTTW-BTT") kept whole,
 * abbreviations expanded (MTTQ → mat tran to quoc) and syllable bigrams added so compounds
 * ("nong thon moi", "dai doan ket", "lao cai") score as units.
 */
import { createRequire } from 'node:module';
import {
  ABBREVIATIONS,
  AMBIGUOUS_ABBREVIATIONS,
  FUNCTION_SYLLABLES,
  TITLE_ABBREVIATIONS,
  TITLE_BODY_HEADS,
} from '../lexicon/abbreviations.ts';

import { foldWord } from './fold.ts';
import { forEachWordRun } from './word-runs.ts';

// natural's package root loads ~1 s of unrelated modules and prints on stdout: load the tokenizer alone.
const require = createRequire(import.meta.url);
const AggressiveTokenizerVi = require('natural/lib/natural/tokenizers/aggressive_tokenizer_vi') as new () => {
  tokenize(text: string): string[];
};
const viTokenizer = new AggressiveTokenizerVi();

/** Whole tokens: codes, dates, numbers, hyphenated abbreviations. */
const WHOLE =
  /\d+[-/][\p{Lu}Đ][\p{L}\d]*(?:[-/][\p{L}\d]+)*|\d{1,2}\/\d{4}(?!\d)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?<![\p{L}])\d+(?:[.,]\d+)*|[\p{Lu}Đ]{2,}-[\p{Lu}Đ]{2,}/gu;

export interface SyllableToken {
  /** Folded form used for matching. */
  term: string;
  /** As written. */
  surface: string;
  start: number;
  end: number;
}

/**
 * Splits text into syllables/whole tokens with offsets. Letters-only runs are split like natural's
 * Vietnamese aggressive tokenizer does (on anything that is not a letter or digit).
 */
export function syllables(text: string): SyllableToken[] {
  const out: SyllableToken[] = [];
  let last = 0;
  const pushWords = (from: number, to: number) =>
    forEachWordRun(text, from, to, 'digits', (start, end) => {
      const surface = text.slice(start, end);
      out.push({ term: foldWord(surface), surface, start, end });
    });
  for (const m of text.matchAll(WHOLE)) {
    const start = m.index ?? 0;
    pushWords(last, start);
    const surface = m[0].replace(/[.,]+$/, '');
    out.push({ term: foldWord(surface), surface, start, end: start + surface.length });
    last = start + surface.length;
  }
  pushWords(last, text.length);
  return out;
}

/** Words of a text as written, split by natural's Vietnamese aggressive tokenizer, whole tokens kept. */
export function rawWords(text: string): string[] {
  const out: string[] = [];
  // a loop, not push(...words): a text of a few hundred thousand words would overflow the stack
  const add = (words: string[]) => {
    for (const w of words) out.push(w);
  };
  let last = 0;
  for (const m of text.matchAll(WHOLE)) {
    const start = m.index ?? 0;
    add(viTokenizer.tokenize(text.slice(last, start).normalize('NFC')));
    const surface = m[0].replace(/[.,]+$/, '');
    out.push(surface);
    last = start + surface.length;
  }
  add(viTokenizer.tokenize(text.slice(last).normalize('NFC')));
  return out.filter(Boolean);
}

/** Folded words of a text (see rawWords). */
export function words(text: string): string[] {
  return rawWords(text).map(foldWord);
}

const abbreviationKeys = new Map(Object.entries(ABBREVIATIONS));
const titleKeys = new Map(Object.entries(TITLE_ABBREVIATIONS));

/**
 * Expands abbreviations in a list of folded words. Ambiguous ones ("tu" = TƯ or từ) only when
 * the caller says the original was written in capitals; title initials ("ct") only before a body.
 */
export function expandAbbreviations(terms: string[], isUpper?: (i: number) => boolean): string[] {
  const out: string[] = [];
  terms.forEach((t, i) => {
    const exp =
      abbreviationKeys.get(t) ?? (TITLE_BODY_HEADS.has(terms[i + 1] ?? '') ? titleKeys.get(t) : undefined);
    if (exp && (!AMBIGUOUS_ABBREVIATIONS.has(t) || isUpper?.(i))) out.push(...exp.split(' '));
    else out.push(t);
  });
  return out;
}

/** Adjacent pairs joined by "_" (a bigram is never built across a whole token such as a number). */
export function bigrams(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i] as string;
    const b = terms[i + 1] as string;
    if (/^[a-z]+$/.test(a) && /^[a-z]+$/.test(b) && !FUNCTION_SYLLABLES.has(a) && !FUNCTION_SYLLABLES.has(b))
      out.push(`${a}_${b}`);
  }
  return out;
}

/** Folded, abbreviation-expanded syllables of a text (no bigrams). */
export function normalizedTerms(text: string): string[] {
  const raw = rawWords(text);
  return expandAbbreviations(raw.map(foldWord), (i) => {
    const s = raw[i] ?? '';
    return s.length > 1 && s === s.toUpperCase();
  });
}

/** The index's tokenizer: syllables plus syllable bigrams. */
export function indexTerms(text: string): string[] {
  const terms = normalizedTerms(text);
  return [...terms, ...bigrams(terms)];
}
