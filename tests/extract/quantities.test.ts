/**
 * Quantities: every number a sentence reports with what it counts, its kind, qualifier and label,
 * and whether "mỗi" makes it a per-unit figure. Identifiers, ordinals and years are not quantities.
 */
import { describe, expect, it } from 'vitest';
import type { QuantityFact } from '../../src/extract/fact.ts';
import { unitAfter } from '../../src/extract/quantities.ts';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

const byPhrase = (facts: QuantityFact[], phrase: string) => facts.find((q) => q.phrase === phrase);

describe('quantities in the seeds', () => {
  const q000 = () => factsOf(seed('000'), 'quantity');

  it('000: houses, workdays, area, money and events, each with its kind', () => {
    const facts = q000();
    expect(byPhrase(facts, '6.690 nhà Đại đoàn kết')).toMatchObject({
      value: 6690,
      kind: 'houses',
      counted: 'nha dai doan ket',
    });
    expect(byPhrase(facts, '9.537 ngày công')).toMatchObject({
      value: 9537,
      kind: 'workdays',
      unit: 'ngày công',
    });
    expect(byPhrase(facts, '42.720 m2 đất')).toMatchObject({ value: 42720, kind: 'area', unit: 'm²' });
    expect(byPhrase(facts, '932 hội nghị')).toMatchObject({ kind: 'events' });
  });

  it('000: "số tiền trên 280 tỷ đồng" — the qualifier kept, the label says what the money is', () => {
    const money = byPhrase(q000(), 'trên 280 tỷ đồng');
    expect(money).toMatchObject({ value: 280e9, kind: 'money', qualifier: 'over', amount: 'trên 280 tỷ' });
    expect(money?.label).toContain('so tien');
  });

  it('001: "8,05 tỉ đồng" is money with its scale word as unit', () => {
    const q = factsOf(seed('001'), 'quantity').find((x) => x.value === 8.05e9);
    expect(q).toMatchObject({ kind: 'money', unit: 'tỉ đồng' });
  });

  it('002: "9,6%" is a percent', () => {
    const q = factsOf(seed('002'), 'quantity').find((x) => x.kind === 'percent');
    expect(q).toMatchObject({ value: 9.6, phrase: '9,6%' });
    expect(q?.label).toContain('tang truong');
  });

  it('003: the label carries "tổng kinh phí"', () => {
    const q = factsOf(seed('003'), 'quantity').find((x) => x.value === 157.8e9);
    expect(q?.label).toMatch(/tong kinh phi$/);
  });

  it('years are not quantities', () => {
    for (const a of [seed('000'), seed('001'), seed('002')])
      for (const q of factsOf(a, 'quantity')) expect(q.amount).not.toMatch(/^(19|20)\d\d$/);
  });

  it('"nhiệm kỳ 2019-2024" and the date "Ngày 15/12" are not quantities', () => {
    const values = factsOf(seed('002'), 'quantity').map((q) => q.value);
    expect(values).not.toContain(2019);
    expect(values).not.toContain(15);
  });
});

describe.skipIf(!HAS_DEV)('quantities in the dev articles', () => {
  it('a12: "mỗi khu dân cư đăng ký 47 chỉ tiêu" is a per-unit quantity ("đăng ký" is not "kỳ")', () => {
    const q = factsOf(dev('a12'), 'quantity').find((x) => x.value === 47);
    expect(q).toMatchObject({ phrase: '47 chỉ tiêu', perUnit: true, kind: 'count' });
  });

  it('b04: per house vs total — "mỗi căn nhà … 50 triệu đồng", "tổng kinh phí 5,2 tỷ đồng"', () => {
    const facts = factsOf(dev('b04'), 'quantity');
    expect(byPhrase(facts, '50 triệu đồng')).toMatchObject({ perUnit: true, value: 50e6 });
    const total = byPhrase(facts, '5,2 tỷ đồng');
    expect(total).toMatchObject({ perUnit: false, value: 5.2e9 });
    expect(total?.label).toContain('tong kinh phi');
  });

  it('b20: "cơn bão số 13" is no quantity; "1.209,24 tỷ đồng" is', () => {
    const facts = factsOf(dev('b20'), 'quantity');
    expect(facts.filter((q) => q.source.quote.includes('bão số 13') && q.value === 13)).toEqual([]);
    expect(facts.find((q) => q.value === 1209.24e9)?.kind).toBe('money');
  });

  it('b12: "lần thứ 9" and "khóa VI" give no quantity', () => {
    expect(factsOf(dev('b12'), 'quantity')).toEqual([]);
  });

  it('b21: "khoảng 6,3 triệu ngày công" — about, workdays', () => {
    const q = factsOf(dev('b21'), 'quantity').find((x) => x.kind === 'workdays');
    expect(q).toMatchObject({ value: 6.3e6, qualifier: 'about' });
  });

  it('b16: "gần 30.000 suất quà Tết" — nearly, gifts', () => {
    const q = factsOf(dev('b16'), 'quantity')[0];
    expect(q).toMatchObject({ value: 30000, qualifier: 'nearly', kind: 'gifts', counted: 'suat qua tet' });
  });
});

describe('written in the same style', () => {
  const facts = () =>
    factsOf(
      mini(
        [
          'Trao quà Tết cho hộ nghèo',
          'Mỗi suất quà trị giá 500 nghìn đồng.',
          'Tổng kinh phí hơn 1,2 tỷ đồng.',
          'Hội nghị lần thứ 9 khóa VI.',
          'Cơn bão số 13 gây thiệt hại.',
          'Năm 2024, tỉnh xây 300 căn nhà.',
        ],
        2024,
      ),
      'quantity',
    );

  it('finds exactly the figures, not the ordinals, numbers or years', () => {
    expect(facts().map((q) => q.phrase)).toEqual(['500 nghìn đồng', 'hơn 1,2 tỷ đồng', '300 căn nhà']);
  });

  it('a year written before a figure stays in its label ("năm 2022 được 21,7 tỷ")', () => {
    const labels = factsOf(
      mini(['Quỹ Vì người nghèo', 'Cụ thể: năm 2022 được 21,7 tỷ đồng; năm 2023 được 24,9 tỷ đồng.'], 2024),
      'quantity',
    ).map((q) => q.label);
    expect(labels).toEqual(['nam 2022 duoc', 'nam 2023 duoc']);
  });

  it('a figure in parentheses is of what is written before them ("xã Ea Uy (9 căn)")', () => {
    const labels = factsOf(
      mini(['Bàn giao nhà', 'Nhà tập trung nhiều nhất ở xã Cư Bao (9 căn), xã Ea Kênh (8 căn).'], 2025),
      'quantity',
    ).map((q) => [q.phrase, q.label]);
    expect(labels).toEqual([
      ['9 căn', 'nha tap trung nhieu nhat o xa cu bao'],
      ['8 căn', 'xa ea kenh'],
    ]);
  });

  it('"mỗi" makes a figure per unit', () => {
    expect(facts().map((q) => q.perUnit)).toEqual([true, false, false]);
  });

  it('the evidence span is the phrase inside the quote', () => {
    for (const q of facts()) expect(q.source.quote.slice(...q.source.span)).toBe(q.phrase);
  });

  it('unitAfter: longest unit first, else a generic count', () => {
    expect(unitAfter('can nha dai doan ket')).toMatchObject({ key: 'can nha', kind: 'houses' });
    expect(unitAfter('ngay cong lao dong')).toMatchObject({ kind: 'workdays' });
    expect(unitAfter('khau dot pha')).toEqual({ kind: 'count' });
  });
});
