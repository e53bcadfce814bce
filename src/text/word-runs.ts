/**
 * Runs of word characters — letters and marks with digits (`[\p{L}\p{M}\d]+`, or `[\p{L}\p{M}\p{N}]+`
 * with every kind of number) — found by walking the text once, each character's class looked up in a
 * table, where a Unicode regex builds a match object per word. Every sentence of every article read
 * to answer a question is split into its syllables, so this runs on thousands of words per question.
 * The runs are exactly the regex's matches, astral characters (surrogate pairs) included.
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;

/** Class bits of a character: known, letter or mark, decimal digit 0–9, any number. */
const KNOWN = 1;
const LETTER = 2;
const DIGIT = 4;
const ANY_NUMBER = 8;

const basic = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  let c = KNOWN;
  if (LETTER_OR_MARK.test(ch)) c |= LETTER;
  if (NUMBER.test(ch)) c |= ANY_NUMBER;
  if (ch.length === 1 && ch >= '0' && ch <= '9') c |= DIGIT;
  return c;
}

/** Which characters make words: `[\p{L}\p{M}\d]` (`digits`) or `[\p{L}\p{M}\p{N}]` (`numbers`). */
export type WordChars = 'digits' | 'numbers';

/** Width (1 or 2 code units) of the word character at `i`, or 0 when it is none. */
function wordCharAt(text: string, i: number, end: number, chars: WordChars): number {
  const code = text.charCodeAt(i);
  let c: number;
  let width = 1;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const cp = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      c = astral.get(cp) ?? 0;
      if (!c) {
        c = classify(String.fromCodePoint(cp));
        astral.set(cp, c);
      }
      width = 2;
    } else c = 0;
  } else {
    c = basic[code] as number;
    if (!c) {
      c = code >= 0xd800 && code <= 0xdfff ? KNOWN : classify(String.fromCharCode(code));
      basic[code] = c;
    }
  }
  const word = c & LETTER || c & (chars === 'digits' ? DIGIT : ANY_NUMBER);
  return word ? width : 0;
}

/** Calls `visit(start, end)` for each run of word characters in `text[from, to)`, in order. */
export function forEachWordRun(
  text: string,
  from: number,
  to: number,
  chars: WordChars,
  visit: (start: number, end: number) => void,
): void {
  let i = from;
  while (i < to) {
    let w = wordCharAt(text, i, to, chars);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    while (w) {
      i += w;
      w = i < to ? wordCharAt(text, i, to, chars) : 0;
    }
    visit(start, i);
  }
}
