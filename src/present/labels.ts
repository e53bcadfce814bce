/**
 * Answer lines as a reader wants them, made from what the answer stage gives:
 *  - a figure's phrase the extractor cut at its word limit ("138 người đủ tiêu chuẩn ứng cử đại") is
 *    completed from the quoted sentence up to where its phrase ends (punctuation, a connector, another
 *    figure), or shortened visibly with "…" when that is far;
 *  - in an English answer, what a figure counts is said in English where the glossary knows the words
 *    ("6,690 great solidarity houses (nhà Đại đoàn kết)"); names stay as the article writes them.
 * (A subject adds only the parts the line does not name already: `subjectNotNamed` in answer/subject.ts.)
 */
import { PHRASE_STOP } from '../extract/quantities.ts';
import { ENGLISH_PHRASES } from '../lexicon/english.ts';
import { fold } from '../text/fold.ts';

/** A figure's phrase: the number first ("6.690", "8,05", "116/119"), the words it counts after. */
const FIGURE = /^\d[\d.,/]*(?:\s|$)/u;
/** Punctuation that ends a phrase. */
const ENDS = /^[,;:.()[\]“”"!?…]/u;
/** Punctuation at the end of a word: the phrase takes the word and ends. */
const TRAILING = /^(.*?\p{L}|.*?\d)([,;:.()[\]“”"!?…]+)$/u;
/** Words a number completes ("số 1", "nhiệm kỳ 2026-2031", "lần thứ 3"): after them a number is no new figure. */
const WANTS_NUMBER = /^(?:so|thu|khoa|ky|ki|nam|doan|dot|quy|thang|ngay|phien|lan|muc|dieu|khoan)$/;
/** At most this many words are added to a cut phrase; when its end is farther, it ends with "…" where it was cut. */
const MAX_MORE = 8;

/**
 * The figure's phrase completed from its quoted sentence when the extractor cut it short; anything else
 * (names, role lines, a phrase already ending where its sentence's phrase ends) unchanged.
 */
export function completeFigure(segment: string, quote: string): string {
  if (!FIGURE.test(segment)) return segment;
  const at = quote.indexOf(segment);
  if (at < 0) return segment;
  const rest = quote.slice(at + segment.length);
  if (!/^\s+[\p{L}\d]/u.test(rest)) return segment;
  let prev = fold(segment.split(/\s+/).at(-1) ?? '');
  const taken: string[] = [];
  const tokens = rest.trim().split(/\s+/);
  for (const [i, token] of tokens.entries()) {
    // no end in sight: the phrase as the extractor cut it, visibly shortened
    if (taken.length >= MAX_MORE) return `${segment}…`;
    if (ENDS.test(token)) break;
    const word = fold(token);
    if (/^\d/.test(token) && !WANTS_NUMBER.test(prev)) break;
    if (PHRASE_STOP.test(word) || PHRASE_STOP.test(`${word} ${fold(tokens[i + 1] ?? '')}`)) break;
    const trailing = token.match(TRAILING);
    if (trailing) {
      taken.push(trailing[1]!);
      break;
    }
    taken.push(token);
    prev = word;
  }
  return taken.length ? `${segment} ${taken.join(' ')}` : segment;
}

/** Classifiers before what is counted ("2.513 ngôi nhà", "6.485 căn nhà"): the glossary reads past them. */
const CLASSIFIERS = new Set(['ngoi', 'can', 'chiec', 'cai', 'con']);

let glossary: Map<string, string[]> | undefined;
/** Folded Vietnamese → its English forms, in the glossary's order (the first is the one it prefers). */
function englishForms(): Map<string, string[]> {
  if (!glossary) {
    glossary = new Map();
    for (const [en, vi] of ENGLISH_PHRASES) {
      const forms = glossary.get(vi);
      if (forms) forms.push(en);
      else glossary.set(vi, [en]);
    }
  }
  return glossary;
}

/** The English for folded Vietnamese words, plural unless the figure is one. */
function englishFor(folded: string, one: boolean): string | undefined {
  // "tỉ" and "tỷ" are one word spelled two ways
  const forms = englishForms().get(folded) ?? englishForms().get(folded.replace(/\bti\b/g, 'ty'));
  if (!forms) return undefined;
  const plural = forms.find((f) => /[^s]s$/.test(f));
  if (!one) return plural ?? forms[0];
  // "province" of "provinces", not "provincial"
  return forms.find((f) => f === plural?.slice(0, -1)) ?? forms.find((f) => f !== plural) ?? forms[0];
}

/** "6.690" → "6,690", "106,9" → "106.9": English separators. */
function englishNumber(n: string): string {
  return n.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/**
 * A figure's phrase in English where the glossary knows the words it counts (the longest known start of
 * them), the Vietnamese kept in parentheses: "6,690 great solidarity houses (nhà Đại đoàn kết)".
 */
export function englishFigure(segment: string): string {
  const m = segment.match(/^(\d[\d.,/]*)\s+(\S.*)$/u);
  if (!m) return segment;
  const [, amount, counted] = m as unknown as [string, string, string];
  const words = counted.split(/\s+/).map((w) => fold(w).replace(/[^\p{L}\p{N}]+/gu, ''));
  const from = words.length > 1 && CLASSIFIERS.has(words[0]!) ? 1 : 0;
  const one = /^0*1$/.test(amount);
  for (let to = words.length; to > from; to--) {
    const en = englishFor(words.slice(from, to).join(' '), one);
    if (en) return `${englishNumber(amount)} ${en} (${counted})`;
  }
  return segment;
}

/** Each figure of a line (a figure and the ones asked with it, joined by ", ") completed, and in English for English. */
export function figureLine(text: string, quote: string, lang: 'vi' | 'en'): string {
  return text
    .split(', ')
    .map((segment) => {
      const whole = completeFigure(segment, quote);
      return lang === 'en' ? englishFigure(whole) : whole;
    })
    .join(', ');
}
