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

/** Roman numerals as folded words: "Cụm thi đua số II", "khóa VI". */
export const ROMAN_NUMERALS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

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
