/**
 * Vietnamese numerals: the dot groups thousands, the comma marks decimals; scale words (tỷ/tỉ,
 * triệu, nghìn) multiply; qualifiers (hơn, trên, gần, khoảng) are kept apart; dates, codes and
 * year spans are not numbers.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers, parseVietnameseNumber } from '../../src/text/numbers.ts';

const values = (text: string) => findNumbers(text).map((n) => n.value);

describe('parseVietnameseNumber', () => {
  it('reads a dot as a thousands separator', () => {
    expect(parseVietnameseNumber('6.690')).toBe(6690);
    expect(parseVietnameseNumber('300.000')).toBe(300000);
    expect(parseVietnameseNumber('19.455')).toBe(19455);
  });

  it('reads a comma as the decimal mark', () => {
    expect(parseVietnameseNumber('8,05')).toBe(8.05);
    expect(parseVietnameseNumber('1.209,24')).toBe(1209.24);
    expect(parseVietnameseNumber('220,34')).toBe(220.34);
  });

  it('reads plain integers', () => {
    expect(parseVietnameseNumber('932')).toBe(932);
  });

  it('rejects malformed numerals', () => {
    expect(parseVietnameseNumber('1.2.3')).toBeUndefined();
    expect(parseVietnameseNumber('12,5,3')).toBeUndefined();
    expect(parseVietnameseNumber('abc')).toBeUndefined();
    expect(parseVietnameseNumber('')).toBeUndefined();
  });
});

describe('findNumbers', () => {
  it('applies the scale word, written tỷ or tỉ', () => {
    const [n] = findNumbers('các tỉnh trong cụm đăng kí và ủng hộ 8,05 tỉ đồng làm nhà đại đoàn kết');
    expect(n?.value).toBe(8.05e9);
    expect(n?.scale).toBe('tỉ');
    expect(n?.surface).toBe('8,05 tỉ');
    expect(values('tổng số tiền 106,9 tỷ đồng')).toEqual([106.9e9]);
    expect(values('mỗi suất quà trị giá 500 nghìn đồng')).toEqual([500000]);
    expect(values('khoảng 6,3 triệu ngày công')).toEqual([6.3e6]);
  });

  it('keeps the qualifier apart from the numeral', () => {
    const [n] = findNumbers('đã vận động ủng hộ được số tiền trên 280 tỷ đồng');
    expect(n).toMatchObject({ numeral: '280', value: 280e9, qualifier: 'over', surface: 'trên 280 tỷ' });
    expect(findNumbers('hơn 70 tỷ đồng')[0]?.qualifier).toBe('over');
    expect(findNumbers('Trao tặng gần 30.000 suất quà Tết')[0]).toMatchObject({
      value: 30000,
      qualifier: 'nearly',
    });
    expect(findNumbers('cùng khoảng 6,3 triệu ngày công')[0]?.qualifier).toBe('about');
  });

  it('gives offsets of the whole expression and of the numeral', () => {
    const text = 'ủng hộ được số tiền trên 280 tỷ đồng';
    const [n] = findNumbers(text);
    expect(text.slice(n!.start, n!.end)).toBe('trên 280 tỷ');
    expect(text.slice(n!.numeralStart, n!.numeralStart + 3)).toBe('280');
  });

  it('does not take trailing punctuation into the numeral', () => {
    expect(findNumbers('hỗ trợ sửa chữa, xây mới được 6.690 nhà Đại đoàn kết.')[0]?.numeral).toBe('6.690');
    expect(values('giám sát được 2.171 cuộc, với 932 hội nghị được tổ chức.')).toEqual([2171, 932]);
  });

  it('keeps "9,6" of "9,6%"', () => {
    const found = findNumbers('kinh tế đã được phục hồi và tăng trưởng, đạt 9,6%; đời sống vật chất');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ numeral: '9,6', value: 9.6 });
  });

  it('skips dates', () => {
    expect(findNumbers('Chỉ thị ngày 25/5/2023 của Ban Bí thư')).toEqual([]);
    expect(findNumbers('Chiều ngày 11/12, tại tỉnh Điện Biên')).toEqual([]);
  });

  it('skips document codes', () => {
    expect(findNumbers('theo tinh thần Chỉ thị 22-CT/TW của Ban Bí thư')).toEqual([]);
    expect(findNumbers('MTTQ Việt Nam ban hành Kế hoạch số 96/KH-MTTW-BTT về việc phối hợp')).toEqual([]);
  });

  it('skips spans of years', () => {
    expect(findNumbers('các phong trào thi đua do MTTQ chủ trì, phát động giai đoạn 2019-2024')).toEqual([]);
  });
});
