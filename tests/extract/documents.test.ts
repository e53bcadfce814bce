/**
 * Directives, resolutions and plans with their codes, dates and subjects.
 */
import { describe, expect, it } from 'vitest';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

describe('documents in the seeds', () => {
  it('000: Chỉ thị 22-CT/TW dated 25/5/2023, about the Front congresses', () => {
    const d = factsOf(seed('000'), 'document').find((x) => x.code === '22-CT/TW');
    expect(d).toMatchObject({ kind: 'Chỉ thị', date: { surface: 'ngày 25/5/2023', iso: '2023-05-25' } });
    expect(d?.about).toMatch(/^lãnh đạo Đại hội Mặt trận Tổ quốc Việt Nam các cấp/);
  });

  it('000: "Chỉ thị số 18-CT/TW" without a date', () => {
    const d = factsOf(seed('000'), 'document').find((x) => x.code === '18-CT/TW');
    expect(d?.kind).toBe('Chỉ thị');
    expect(d?.date).toBeUndefined();
  });

  it('001: "Chỉ thị số 22-CT/TW, ngày 25/5/2023" and "Nghị quyết số 11-NQ/TW"', () => {
    const codes = factsOf(seed('001'), 'document').map((d) =>
      `${d.kind} ${d.code} ${d.date?.iso ?? ''}`.trim(),
    );
    expect(codes.sort()).toEqual(['Chỉ thị 22-CT/TW 2023-05-25', 'Nghị quyết 11-NQ/TW']);
  });
});

describe.skipIf(!HAS_DEV)('documents in the dev articles', () => {
  it('b16: Kế hoạch số 96/KH-MTTW-BTT "về việc phối hợp thăm, tặng quà …"', () => {
    const [d] = factsOf(dev('b16'), 'document');
    expect(d).toMatchObject({ kind: 'Kế hoạch', code: '96/KH-MTTW-BTT' });
    expect(d?.about).toMatch(/^phối hợp thăm, tặng quà người nghèo/);
  });

  it('a01: Hướng dẫn số 62/HD-MT dated 23/2/2013', () => {
    const [d] = factsOf(dev('a01'), 'document');
    expect(d).toMatchObject({ kind: 'Hướng dẫn', code: '62/HD-MT', date: { iso: '2013-02-23' } });
  });
});

describe('written in the same style', () => {
  it('a numeric code without letters is no document code', () => {
    expect(factsOf(mini(['Tin', 'Theo Quyết định số 15/2024 của UBND tỉnh.'], 2024), 'document')).toEqual([]);
  });

  it('a date written right after the code', () => {
    const [d] = factsOf(
      mini(['Tin', 'Triển khai Kế hoạch số 96/KH-MTTW-BTT ngày 10/12/2025 về việc tặng quà Tết.'], 2025),
      'document',
    );
    expect(d).toMatchObject({ code: '96/KH-MTTW-BTT', date: { iso: '2025-12-10' }, about: 'tặng quà Tết' });
  });
});
