/**
 * Words that scale or qualify a number in Vietnamese (and English) text.
 * Keys are folded (no diacritics, lowercase).
 */

/** Scale words written after a number: "8,05 tỉ" = 8.05 × 10⁹. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  nghin: 1e3,
  ngan: 1e3,
  trieu: 1e6,
  ty: 1e9,
  ti: 1e9,
  'nghin ty': 1e12,
  'ngan ty': 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

export type Qualifier = 'over' | 'about' | 'nearly' | 'under';

/** Words written before a number that qualify it: "hơn 70 tỷ", "khoảng 6,3 triệu". */
export const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = {
  hon: 'over',
  tren: 'over',
  'tren duoi': 'about',
  hang: 'over',
  'len toi': 'over',
  'len den': 'over',
  gan: 'nearly',
  'gan nhu': 'nearly',
  khoang: 'about',
  'xap xi': 'about',
  uoc: 'about',
  'uoc tinh': 'about',
  chung: 'about',
  duoi: 'under',
  'chua den': 'under',
  'more than': 'over',
  over: 'over',
  about: 'about',
  around: 'about',
  nearly: 'nearly',
  almost: 'nearly',
};

/**
 * A Roman numeral written as a folded word ("Cụm thi đua số II", "khóa XXII", "lần thứ XIV") read by
 * the rule of the numerals (I V X L C, a smaller one before a larger subtracts), up to 399; anything
 * else is undefined. Callers read it only after a word that numbers (số, khóa, lần thứ…), since "vi"
 * or "xi" are also Vietnamese syllables.
 */
export function romanToNumber(word: string): number | undefined {
  if (!/^(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(word) || !word) return undefined;
  const value: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const a = value[word[i] as string] as number;
    const b = value[word[i + 1] as string] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** Vietnamese number words, for "ba cụm", "lần thứ nhất", "bảy nội dung". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};
