/**
 * Awards: which unit gets, or is proposed for, which distinction — "xuất sắc toàn diện" told apart
 * from "xuất sắc".
 */
import { describe, expect, it } from 'vitest';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

describe('awards in seed 001', () => {
  const awards = () => factsOf(seed('001'), 'award');

  it('Phú Thọ is proposed for the comprehensive-excellence flag, Bắc Kạn for the excellence flag', () => {
    const list = awards();
    expect(list.find((a) => a.award === 'Cờ thi đua xuất sắc toàn diện')).toMatchObject({
      recipients: ['Phú Thọ'],
      proposed: true,
    });
    expect(list.find((a) => a.award === 'Cờ thi đua xuất sắc')).toMatchObject({
      recipients: ['Bắc Kạn'],
      proposed: true,
    });
  });

  it('the certificate of merit goes to the five other provinces', () => {
    const merit = awards().find((a) => a.award.startsWith('Bằng khen'));
    expect(merit?.recipients).toEqual(['Hòa Bình', 'Tuyên Quang', 'Yên Bái', 'Bắc Giang', 'Thái Nguyên']);
  });

  it('the certificate of merit is proposed too: one "đề nghị" governs the whole list', () => {
    const merit = awards().find((a) => a.award.startsWith('Bằng khen'));
    expect(merit?.proposed).toBe(true);
  });

  it('the award name keeps its giver without trailing white space', () => {
    const merit = awards().find((a) => a.award.startsWith('Bằng khen'));
    expect(merit?.award).toBe('Bằng khen của Ủy ban Trung ương MTTQ Việt Nam');
  });
});

describe.skipIf(!HAS_DEV)('awards in the dev articles', () => {
  it('a09: "tỉnh Long An được đề nghị tặng cờ thi đua xuất sắc toàn diện"', () => {
    const [a] = factsOf(dev('a09'), 'award');
    expect(a).toMatchObject({
      award: 'cờ thi đua xuất sắc toàn diện',
      recipients: ['Long An'],
      proposed: true,
    });
  });

  it('a09: the evidence span of a recipient written before the award is a valid span', () => {
    const [a] = factsOf(dev('a09'), 'award');
    const [start, end] = a!.source.span;
    expect(start).toBeLessThanOrEqual(end);
  });
});

describe('written in the same style', () => {
  it('an award given (not proposed) after "cho"', () => {
    const [a] = factsOf(
      mini(['Thi đua', 'Ủy ban MTTQ tỉnh trao Giấy khen cho Ủy ban MTTQ xã Vạn Khánh.'], 2022),
      'award',
    );
    expect(a).toMatchObject({ award: 'Giấy khen', recipients: ['xã Vạn Khánh'], proposed: false });
  });

  it('an award that names no recipient is no fact', () => {
    expect(
      factsOf(
        mini(['Thi đua', 'Lãnh đạo Ủy ban MTTQ tỉnh trao bằng khen cho các tập thể, cá nhân.'], 2024),
        'award',
      ),
    ).toEqual([]);
  });
});
