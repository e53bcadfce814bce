/**
 * Vietnamese number parsing: "6.690" = 6690, "8,05" = 8.05, "1.209,24" = 1209.24,
 * "8,05 tỉ" = 8.05 × 10⁹, with qualifiers ("hơn", "trên", "gần", "khoảng") kept apart.
 */
import { QUALIFIER_WORDS, type Qualifier, SCALE_WORDS } from '../lexicon/numbers.ts';
import { fold } from './fold.ts';

/** Parses one numeral written the Vietnamese way (dot groups thousands, comma marks decimals). */
export function parseVietnameseNumber(surface: string): number | undefined {
  const s = surface.trim();
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  let intPart = s;
  let frac = '';
  const comma = s.lastIndexOf(',');
  if (comma >= 0) {
    intPart = s.slice(0, comma);
    frac = s.slice(comma + 1);
    if (!/^\d+$/.test(frac) || intPart.includes(',')) return undefined;
  }
  if (intPart.includes('.')) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(intPart)) {
      // "9.6" in English-style text: a decimal point
      if (/^\d+\.\d+$/.test(intPart) && !frac) return Number(intPart);
      return undefined;
    }
    intPart = intPart.replace(/\./g, '');
  }
  const n = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(n) ? n : undefined;
}

export interface NumberMention {
  /** Offsets in the original text of the whole expression (qualifier and scale word included). */
  start: number;
  end: number;
  /** The expression as written, e.g. "hơn 70 tỷ". */
  surface: string;
  /** The numeral alone, as written: "70". */
  numeral: string;
  /** The value with its scale applied: 7e10. */
  value: number;
  qualifier?: Qualifier;
  /** The scale word as written ("tỷ", "triệu"), when there is one. */
  scale?: string;
  /** Offset where the numeral (and scale) starts, after any qualifier. */
  numeralStart: number;
}

const NUMERAL =
  /(?<![\p{L}\d/.,-])\d[\d.,]*\d(?![\p{L}\d]|\/|-[\p{L}\d])|(?<![\p{L}\d/.,-])\d(?![\p{L}\d.,]|\/|-[\p{L}\d])/gu;

/** Scale words after a numeral, the longest first, each with its pattern compiled once. */
const SCALES = Object.keys(SCALE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((key) => ({ key, re: new RegExp(`^\\s+${key.replace(/ /g, '\\s+')}(?![\\p{L}\\d])`, 'u') }));
/** Qualifier words before a numeral, the longest first. */
const QUALIFIERS = Object.keys(QUALIFIER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((key) => ({ key, re: new RegExp(`(?<![\\p{L}])${key.replace(/ /g, '\\s+')}\\s+$`, 'u') }));

/** Finds the numbers of a text, with scale words and qualifiers attached. Dates and codes are skipped. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    let numeral = m[0];
    // trailing punctuation is not part of the numeral: "6.690." or "2.171,"
    numeral = numeral.replace(/[.,]+$/, '');
    const start = m.index ?? 0;
    let value = parseVietnameseNumber(numeral);
    if (value === undefined) continue;
    let end = start + numeral.length;
    let scale: string | undefined;
    const after = text.slice(end, end + 16);
    const afterFolded = fold(after);
    for (const { key, re } of SCALES) {
      const sm = afterFolded.match(re);
      if (sm) {
        scale = after.slice(sm[0].length - sm[0].trimStart().length, sm[0].length).trim();
        value = Number((value * (SCALE_WORDS[key] ?? 1)).toPrecision(12));
        end += sm[0].length;
        break;
      }
    }
    let qualifier: Qualifier | undefined;
    let qStart = start;
    const before = text.slice(Math.max(0, start - 14), start);
    const beforeFolded = fold(before);
    for (const { key, re } of QUALIFIERS) {
      const qm = beforeFolded.match(re);
      if (qm) {
        qualifier = QUALIFIER_WORDS[key];
        qStart = start - (before.length - (qm.index ?? 0));
        break;
      }
    }
    out.push({
      start: qStart,
      end,
      surface: text.slice(qStart, end),
      numeral,
      value,
      qualifier,
      scale,
      numeralStart: start,
    });
  }
  return out;
}
