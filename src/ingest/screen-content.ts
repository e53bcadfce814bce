/**
 * Is it an article? Two checks around parsing:
 *
 *  - `screenRaw`, before: too large for its format, empty or white space only, or not text at
 *    all (NUL bytes; more than 1 % of characters that are control characters or U+FFFD, the mark
 *    invalid UTF-8 decodes to). What passes is returned with the few stray control characters,
 *    U+FFFD and bidirectional overrides a copied text may carry removed, so none is ever stored.
 *  - `screenArticle`, after: fewer than two sentences of at least three Vietnamese or English
 *    words (the title included, markup not counted) is too short to answer anything from; for a page, when that is because the
 *    readable part was menus and links, the refusal says so; thousands of words that are the same
 *    few over and over are no article either.
 */
import type { Article, SourceFormat } from './article.ts';
import { type IngestLimits, maxBytesFor } from './ingest-limits.ts';
import type { Refusal } from './refusal.ts';

/** C0 controls but tab, line feed, vertical tab, form feed, carriage return; DEL; C1; U+FFFD. */
const SUSPICIOUS = /[\u0001-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g;
/** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const MAX_SUSPICIOUS_SHARE = 0.01;

/** A word of Latin letters (Vietnamese with its diacritics, or English). */
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const MIN_WORDS_PER_SENTENCE = 3;
export const MIN_SENTENCES = 2;

export type Screened = { ok: true; text: string } | { ok: false; refusal: Refusal };

/** The checks before parsing; see the module comment. */
export function screenRaw(raw: string, format: SourceFormat, limits: IngestLimits): Screened {
  const bytes = Buffer.byteLength(raw, 'utf8');
  const limit = maxBytesFor(format, limits);
  if (bytes > limit) return { ok: false, refusal: { reason: 'too-large', bytes, limit } };
  if (raw.trim() === '') return { ok: false, refusal: { reason: 'empty' } };
  if (raw.includes('\u0000')) return { ok: false, refusal: { reason: 'binary' } };
  const suspicious = raw.match(SUSPICIOUS)?.length ?? 0;
  if (suspicious > raw.length * MAX_SUSPICIOUS_SHARE) return { ok: false, refusal: { reason: 'binary' } };
  return { ok: true, text: removeControls(raw) };
}

/**
 * Text without control characters (but tab, line breaks, form feed), U+FFFD and bidi overrides:
 * applied to the raw text, and again to what a page's entities decode to (`&#0;`, `&#xD800;`).
 */
export function removeControls(text: string): string {
  SUSPICIOUS.lastIndex = 0;
  const cleaned = SUSPICIOUS.test(text) ? text.replace(SUSPICIOUS, (c) => (c === '\uFFFD' ? '' : ' ')) : text;
  return cleaned.replace(BIDI, '');
}

/** A sentence with at least three Vietnamese or English words (markup left in a text is no word). */
function isProse(text: string): boolean {
  return (text.replace(/<[^>]*>/g, ' ').match(LATIN_WORD)?.length ?? 0) >= MIN_WORDS_PER_SENTENCE;
}

/** Links in a page's source: many of them and no prose means a page of navigation. */
function linkCount(html: string): number {
  return html.match(/<a\s/gi)?.length ?? 0;
}

/** Whether a text holds at least MIN_SENTENCES distinct sentences of words (a rough split). */
export function hasProse(text: string): boolean {
  const sentences = new Set(text.split(/(?<=[.!?…])\s+|\n+/).filter(isProse));
  return sentences.size >= MIN_SENTENCES;
}

/** Words enough to judge repetition, and the share of distinct words below which a text only repeats itself. */
const REPETITION_WORDS = 2000;
const MIN_DISTINCT_SHARE = 0.03;

/** The same few words over and over (real articles use 20–50 % distinct words). */
function isRepetitive(article: Article): boolean {
  const words: string[] = [];
  for (const s of article.sentences)
    for (const w of s.text.match(LATIN_WORD) ?? []) words.push(w.toLowerCase());
  return words.length >= REPETITION_WORDS && new Set(words).size / words.length < MIN_DISTINCT_SHARE;
}

/** The checks after parsing; see the module comment. */
export function screenArticle(article: Article, raw: string): Refusal | undefined {
  if (isRepetitive(article)) return { reason: 'repetitive' };
  // the title counts: a one-line text of words is a title and its lead, a short news item
  const prose = article.sentences.filter((s) => isProse(s.text)).length;
  if (prose >= MIN_SENTENCES) return undefined;
  if (article.format === 'html' && linkCount(raw) >= 5) return { reason: 'navigation-only' };
  return { reason: 'too-short', sentences: prose };
}
