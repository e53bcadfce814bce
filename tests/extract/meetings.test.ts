/**
 * Meetings: kind, name, date (year from the article when not written), place after "tại", who
 * chaired and who attended.
 */
import { describe, expect, it } from 'vitest';
import { placeAfterTai } from '../../src/extract/meetings.ts';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

describe('meetings in the seeds', () => {
  it('000: the review conference on 11/12/2023 in tỉnh Điện Biên', () => {
    const [m] = factsOf(seed('000'), 'meeting');
    expect(m).toMatchObject({
      kind: 'tổng kết',
      name: 'Hội nghị tổng kết hoạt động Cụm thi đua MTTQ các tỉnh Miền núi biên giới phía Bắc năm 2023',
      date: { surface: 'Chiều ngày 11/12', iso: '2023-12-11' },
      place: 'tỉnh Điện Biên',
      clusterKey: 'nui bien gioi phia bac',
    });
    expect(m?.attendees).toContain('Hoàng Công Thủy');
  });

  it('002: the briefing of Nam Sông Hậu on 15/12/2022 in thành phố Bạc Liêu', () => {
    const [m] = factsOf(seed('002'), 'meeting');
    expect(m).toMatchObject({
      kind: 'giao ban',
      date: { iso: '2022-12-15' },
      place: 'thành phố Bạc Liêu',
      clusterKey: 'nam song hau',
    });
  });

  it('004: "dưới sự chủ trì của đồng chí Mùa A Sơn"; "Dự hội nghị có các đồng chí: …" attended', () => {
    const [m] = factsOf(seed('004'), 'meeting');
    expect(m?.date).toEqual({ surface: 'Chiều nay (29/12)', iso: '2023-12-29' });
    expect(m?.chairs).toEqual(['Mùa A Sơn']);
    expect(m?.attendees).toEqual(['Lò Văn Phương', 'Lò Văn Tiến']);
  });

  it('003: the place written as "TP Hạ Long"', () => {
    const [m] = factsOf(seed('003'), 'meeting');
    expect(m).toMatchObject({ kind: 'tổng kết', place: 'TP Hạ Long', date: { iso: '2024-05-23' } });
  });
});

describe.skipIf(!HAS_DEV)('meetings in the dev articles', () => {
  it('b13: three chairs from "Các đồng chí: A - …; B - …; C - … chủ trì hội nghị"', () => {
    const [m] = factsOf(dev('b13'), 'meeting');
    expect(m?.kind).toBe('hiệp thương');
    expect(m?.date?.iso).toBe('2026-02-12');
    expect(m?.place).toBe('Trung tâm Hội nghị tỉnh Gia Lai');
    expect(m?.chairs).toEqual(['Nguyễn Ngọc Lương', 'Trần Minh Sơn', 'Hồ Thị Kim Thu']);
    expect(m?.attendees).toEqual(['Trương Văn Đạt', 'Lâm Hải Giang']);
  });

  it('a01: signing of the pact on "Sáng ngày 25/02/2013"', () => {
    const [m] = factsOf(dev('a01'), 'meeting');
    expect(m).toMatchObject({ kind: 'ký kết giao ước', date: { iso: '2013-02-25' }, clusterKey: 'so 1' });
    expect(m?.attendees).toEqual(['Lâm Thế Tổng']);
  });

  it('a11: "Trương Thị Ngọc Ánh đã chủ trì Hội nghị tổng kết …" chaired', () => {
    const [m] = factsOf(dev('a11'), 'meeting');
    expect(m?.chairs).toEqual(['Trương Thị Ngọc Ánh']);
    expect(m?.date?.iso).toBe('2018-12-11');
  });

  it('b04: a handover ceremony dated "Ngày 30-12" with no year known', () => {
    const [m] = factsOf(dev('b04'), 'meeting');
    expect(m).toMatchObject({ kind: 'bàn giao', date: { surface: 'Ngày 30-12', iso: '--12-30' } });
  });
});

describe('written in the same style', () => {
  it('date, place and attendee of a cluster review', () => {
    const [m] = factsOf(
      mini(
        [
          'Tổng kết Cụm thi đua các tỉnh Tây Nguyên',
          'Sáng 5/12, tại thành phố Pleiku, Ủy ban MTTQ tỉnh Gia Lai tổ chức Hội nghị tổng kết Cụm thi đua các tỉnh Tây Nguyên năm 2023.',
          'Dự hội nghị có đồng chí Nguyễn Văn An - Phó Chủ tịch UBND tỉnh.',
        ],
        2023,
      ),
      'meeting',
    );
    expect(m).toMatchObject({
      kind: 'tổng kết',
      date: { iso: '2023-12-05' },
      place: 'thành phố Pleiku',
      clusterKey: 'tay nguyen',
      attendees: ['Nguyễn Văn An'],
      chairs: [],
    });
  });

  it('a meeting named without a date or a place is not reported', () => {
    expect(
      factsOf(
        mini(['Tin', 'Hội nghị tổng kết Cụm thi đua các tỉnh Tây Nguyên đã thành công tốt đẹp.'], 2023),
        'meeting',
      ),
    ).toEqual([]);
  });

  it('placeAfterTai stops at the clause end', () => {
    expect(placeAfterTai('Chiều ngày 11/12, tại tỉnh Điện Biên, Uỷ ban Trung ương')?.place).toBe(
      'tỉnh Điện Biên',
    );
    expect(placeAfterTai('phát biểu tại hội nghị')).toBeUndefined();
  });
});
