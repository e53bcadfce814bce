/**
 * Folding for matching: NFD, strip combining marks, đ/Đ → d, lowercase.
 * Old and new tone placement (hoà/hòa, Uỷ/Ủy, thuỷ/thủy) fold to the same string,
 * because the marks themselves are dropped. The original text is kept for display.
 */

const MARKS = /[\u0300-\u036f]/g;

/** Folded form of each non-ASCII character met so far (folding runs on every word of every query). */
const charTable = new Map<string, string>();

function foldChar(ch: string): string {
  let f = charTable.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
    charTable.set(ch, f);
  }
  return f;
}

export function fold(text: string): string {
  let out = '';
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  // decomposed input (a base letter followed by marks) is composed first
  const s = text.normalize('NFC');
  for (const ch of s) out += ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
  return out;
}

/** Folded words met so far; a text has few distinct syllables, and every sentence is split into them. */
const wordTable = new Map<string, string>();
const WORD_TABLE_LIMIT = 50_000;

/** `fold` for one word (a syllable or a number), remembered. */
export function foldWord(word: string): string {
  let f = wordTable.get(word);
  if (f === undefined) {
    f = fold(word);
    if (wordTable.size >= WORD_TABLE_LIMIT) wordTable.clear();
    wordTable.set(word, f);
  }
  return f;
}

/**
 * Folds while preserving string length and offsets, so a match found in the folded string
 * maps back onto the original (NFC) text character for character.
 */
export function foldAligned(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) {
      out += ch.toLowerCase();
      continue;
    }
    const f = foldChar(ch);
    out += f.length === ch.length ? f : ch.length === 1 ? (f[0] ?? ch) : ch;
  }
  return out;
}

/** True when the text carries Vietnamese diacritics (used to tell typed-without-marks input). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
