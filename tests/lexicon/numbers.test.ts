import { describe, expect, it } from 'vitest';
import { romanToNumber } from '../../src/lexicon/numbers.ts';

describe('Roman numerals (khóa XXII, Cụm số IV, lần thứ XIV)', () => {
  it('reads them by the rule, subtraction included', () => {
    expect(romanToNumber('i')).toBe(1);
    expect(romanToNumber('iv')).toBe(4);
    expect(romanToNumber('ix')).toBe(9);
    expect(romanToNumber('xiv')).toBe(14);
    expect(romanToNumber('xxii')).toBe(22);
    expect(romanToNumber('xl')).toBe(40);
    expect(romanToNumber('xcix')).toBe(99);
  });

  it('refuses what is not a numeral', () => {
    for (const w of ['', 'iiii', 'vv', 'ic', 'xyz', 'khoa', 'il']) expect(romanToNumber(w)).toBeUndefined();
  });
});
