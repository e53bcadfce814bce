/**
 * Is it an article? Two checks around parsing:
 *
 *  - `screenRaw`, before: too large for its format, empty or white space only, or not text at
 *    all (NUL bytes; more than 1 % of characters that are control characters or U+FFFD, the mark
 *    invalid UTF-8 decodes to). What passes is returned with the few stray control characters,
 *    U+FFFD and bidirectional overrides a copied text may carry removed, so none is ever stored.
 *  - `screenArticle`, after: fewer than two sentences written in Vietnamese or English words
 *    (title included) is too short to answer anything from; for a page, when that is because the
 *    readable part was menus and links, the refusal says so.
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
  const text = suspicious > 0 ? raw.replace(SUSPICIOUS, (c) => (c === '\uFFFD' ? '' : ' ')) : raw;
  return { ok: true, text: text.replace(BIDI, '') };
}

/** A sentence with at least three Vietnamese or English words. */
function isProse(text: string): boolean {
  return (text.match(LATIN_WORD)?.length ?? 0) >= MIN_WORDS_PER_SENTENCE;
}

/** Links in a page's source: many of them and no prose means a page of navigation. */
function linkCount(html: string): number {
  return html.match(/<a\s/gi)?.length ?? 0;
}

/** The checks after parsing; see the module comment. */
export function screenArticle(article: Article, raw: string): Refusal | undefined {
  const prose = article.sentences.filter((s) => isProse(s.text)).length;
  if (prose >= MIN_SENTENCES) return undefined;
  if (article.format === 'html' && linkCount(raw) >= 5) return { reason: 'navigation-only' };
  return { reason: 'too-short', sentences: prose };
}
