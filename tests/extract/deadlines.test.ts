/**
 * Deadlines: "Đại hội Mặt trận cấp xã hoàn thành trong tháng 4, cấp huyện … tháng 6, cấp tỉnh …
 * tháng 8/2024" — each level its own deadline, sharing the subject.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, mini, seed } from './articles.ts';

describe('deadlines', () => {
  it('000: cấp xã in April, cấp huyện in June, cấp tỉnh in August 2024', () => {
    const list = factsOf(seed('000'), 'deadline').map((d) => [d.subject, d.when, d.iso]);
    expect(list).toEqual([
      ['Đại hội Mặt trận cấp xã', 'tháng 4', '--04'],
      ['Đại hội Mặt trận cấp huyện', 'tháng 6', '--06'],
      ['Đại hội Mặt trận cấp tỉnh', 'tháng 8/2024', '2024-08'],
    ]);
  });

  it('the shared subject is folded for matching, and the deadlines are about 2024', () => {
    for (const d of factsOf(seed('000'), 'deadline')) {
      expect(d.subjectFolded).toMatch(/^dai hoi mat tran cap (xa|huyen|tinh)$/);
      expect(d.years).toEqual([2024]);
    }
  });

  it('written in the same style, with "trước"', () => {
    const list = factsOf(
      mini(
        [
          'Đại hội',
          'Đại hội Mặt trận cấp xã hoàn thành trước tháng 3, cấp huyện hoàn thành trong tháng 5, cấp tỉnh hoàn thành trong tháng 7/2024.',
        ],
        2024,
      ),
      'deadline',
    ).map((d) => `${d.subject}: ${d.when}`);
    expect(list).toEqual([
      'Đại hội Mặt trận cấp xã: tháng 3',
      'Đại hội Mặt trận cấp huyện: tháng 5',
      'Đại hội Mặt trận cấp tỉnh: tháng 7/2024',
    ]);
  });

  it('"hoàn thành" without a time is no deadline', () => {
    expect(
      factsOf(mini(['Tin', 'Tỉnh Điện Biên đã hoàn thành tốt vai trò cụm trưởng.'], 2023), 'deadline'),
    ).toEqual([]);
  });
});
