/**
 * Dates as the news writes them, with the year inferred from the article when it is not written;
 * years and spans of years.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findYearRanges, findYears } from '../../src/text/dates.ts';

const one = (text: string, refYear?: number) => {
  const dates = findDates(text, refYear);
  expect(dates).toHaveLength(1);
  return dates[0]!;
};

describe('findDates', () => {
  it('"Chiều ngày 11/12" takes the year of the article and the part of day', () => {
    const d = one('Chiều ngày 11/12, tại tỉnh Điện Biên, Uỷ ban Trung ương MTTQ Việt Nam tổ chức', 2023);
    expect(d).toMatchObject({ surface: 'Chiều ngày 11/12', day: 11, month: 12, year: 2023 });
    expect(d.iso).toBe('2023-12-11');
    expect(d.yearInferred).toBe(true);
    expect(d.partOfDay).toBe('chieu');
  });

  it('a written year is used as written, not inferred', () => {
    const d = one('12:41 01/12/2023', 2020);
    expect(d.iso).toBe('2023-12-01');
    expect(d.yearInferred).toBe(false);
  });

  it('reads the hyphen form after a day word: "ngày 30-12", "Sáng 12-2"', () => {
    expect(one('Ngày 30-12, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức Lễ bàn giao', 2024).iso).toBe(
      '2024-12-30',
    );
    const d = one('(GLO)- Sáng 12-2, tại Trung tâm Hội nghị tỉnh Gia Lai', 2026);
    expect(d).toMatchObject({ surface: 'Sáng 12-2', iso: '2026-02-12', partOfDay: 'sang' });
  });

  it('without a reference year the date has month and day only', () => {
    expect(one('Ngày 30-12, Ủy ban MTTQ').iso).toBe('--12-30');
  });

  it('lists of days: "ngày 27/10 và ngày 01,2/11/2022"', () => {
    const dates = findDates(
      'Sáng 3 ngày 27/10 và ngày 01,2/11/2022, Ủy ban MTTQ Việt Nam huyện Đông Anh tổ chức đánh giá thi đua',
      2022,
    );
    expect(dates.map((d) => d.iso)).toEqual(['2022-10-27', '2022-11-01']);
    expect(dates[1]?.moreDays).toEqual([2]);
  });

  it('months: "tháng 8/2024", "tháng 4", "tháng 12 năm 2023"', () => {
    expect(one('cấp tỉnh hoàn thành trong tháng 8/2024.').iso).toBe('2024-08');
    const april = one('Đại hội Mặt trận cấp xã hoàn thành trong tháng 4,');
    expect(april.month).toBe(4);
    expect(april.day).toBeUndefined();
    expect(one('trong tháng 12 năm 2023').iso).toBe('2023-12');
  });

  it('"Chiều nay (29/12)" includes the closing parenthesis', () => {
    const d = one('ĐBP - Chiều nay (29/12), dưới sự chủ trì của đồng chí Mùa A Sơn', 2023);
    expect(d.surface).toBe('Chiều nay (29/12)');
    expect(d.iso).toBe('2023-12-29');
  });

  it('a full date with its part of day: "Sáng ngày 25/02/2013"', () => {
    expect(one('Sáng ngày 25/02/2013, tại Ủy ban MTTQ Việt Nam thành phố Pleiku')).toMatchObject({
      surface: 'Sáng ngày 25/02/2013',
      iso: '2013-02-25',
    });
  });

  it('codes and year spans are not dates', () => {
    expect(findDates('theo tinh thần Chỉ thị 22-CT/TW', 2023)).toEqual([]);
    expect(findDates('nhiệm kỳ 2024 - 2029', 2023)).toEqual([]);
    expect(findDates('năm 2024', 2024)).toEqual([]);
  });

  it('rejects impossible days and months', () => {
    expect(findDates('ngày 32/13', 2023)).toEqual([]);
  });
});

describe('findYears', () => {
  it('finds years in order, inside dates and spans too', () => {
    expect(findYears('nhiệm kỳ 2019-2024, Chỉ thị ngày 25/5/2023, năm 2024')).toEqual([
      2019, 2024, 2023, 2024,
    ]);
  });

  it('ignores numbers that are not years', () => {
    expect(findYears('huy động 9.537 ngày công, 12000 người, 1850')).toEqual([]);
  });
});

describe('findYearRanges', () => {
  it('reads spans written with a hyphen or an en dash, with or without spaces', () => {
    expect(findYearRanges('giai đoạn 2019-2024')).toEqual([[2019, 2024]]);
    expect(findYearRanges('Qua 5 năm (2019 - 2024)')).toEqual([[2019, 2024]]);
    expect(findYearRanges('nhiệm kỳ 2024 – 2029')).toEqual([[2024, 2029]]);
  });

  it('ignores backwards or implausibly long spans', () => {
    expect(findYearRanges('2024-2019')).toEqual([]);
    expect(findYearRanges('2000-2024')).toEqual([]);
  });
});
