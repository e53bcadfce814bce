/**
 * The door every text passes through: Unicode NFC, unified whitespace and quotes.
 * Display text keeps its diacritics and case; only invisible differences are removed.
 */

const INVISIBLE = /[\u200B-\u200D\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

/** NFC, invisible characters removed, non-breaking and exotic spaces turned into plain spaces. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(/\r\n?/g, '\n');
}

/** Collapses runs of white space to one space and trims. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
