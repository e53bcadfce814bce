/**
 * Folding for matching: diacritics and case go, đ becomes d, and the two ways of placing a tone mark
 * (hoà/hòa, Uỷ/Ủy, thuỷ/thủy) meet. foldAligned keeps offsets so a match maps back onto the original.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldAligned, hasDiacritics } from '../../src/text/fold.ts';

describe('fold', () => {
  it('drops diacritics and case', () => {
    expect(fold('Cụm thi đua các tỉnh Miền núi biên giới phía Bắc')).toBe(
      'cum thi dua cac tinh mien nui bien gioi phia bac',
    );
  });

  it('turns đ and Đ into d', () => {
    expect(fold('Đại đoàn kết')).toBe('dai doan ket');
    expect(fold('Đắk Lắk')).toBe('dak lak');
  });

  it('folds old and new tone placement to the same string', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('Uỷ ban Trung ương')).toBe(fold('Ủy ban Trung ương'));
    expect(fold('Hoàng Công Thuỷ')).toBe(fold('Hoàng Công Thủy'));
    expect(fold('Khánh Hoà')).toBe('khanh hoa');
  });

  it('folds decomposed (NFD) input like composed input', () => {
    expect(fold('Ủy ban'.normalize('NFD'))).toBe(fold('Ủy ban'));
  });
});

describe('foldAligned', () => {
  it('keeps the length of the text, so offsets map back', () => {
    const text = 'Uỷ ban Trung ương MTTQ Việt Nam tỉnh Điện Biên';
    const folded = foldAligned(text);
    expect(folded).toHaveLength(text.length);
    const at = folded.indexOf('dien bien');
    expect(text.slice(at, at + 'dien bien'.length)).toBe('Điện Biên');
  });

  it('keeps the length of decomposed text too', () => {
    const nfd = 'Uỷ ban'.normalize('NFD');
    expect(foldAligned(nfd)).toHaveLength(nfd.length);
  });
});

describe('hasDiacritics', () => {
  it('tells text typed with marks from text typed without', () => {
    expect(hasDiacritics('Cụm trưởng năm 2024')).toBe(true);
    expect(hasDiacritics('cum truong nam 2024')).toBe(false);
    expect(hasDiacritics('Đ')).toBe(true);
  });
});
