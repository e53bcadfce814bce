/**
 * Folding for matching: NFD, strip combining marks, đ/Đ → d, lowercase.
 * Old and new tone placement (hoà/hòa, Uỷ/Ủy, thuỷ/thủy) fold to the same string,
 * because the marks themselves are dropped. The original text is kept for display.
 */

const MARKS = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Folds while preserving string length and offsets, so a match found in the folded string
 * maps back onto the original (NFC) text character for character.
 */
export function foldAligned(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.length === 1 ? (f[0] ?? ch) : ch;
  }
  return out;
}

/** True when the text carries Vietnamese diacritics (used to tell typed-without-marks input). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
