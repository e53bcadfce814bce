/**
 * The "understood" line: what a question was read as, named as articles write it.
 */
import { describe, expect, it } from 'vitest';
import { describeQuestion, namesEveryPart, spanIn } from '../../src/qa/describe-question.ts';
import { resolveFollowUp } from '../../src/qa/follow-up.ts';
import { parseQuestion } from '../../src/qa/parse-question.ts';
import { withSeeds } from '../answer/engine.ts';

const CLUSTERS = [
  { key: 'mat tran cac tinh nam song hau', name: 'Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu' },
  { key: 'trung du nui phia bac', name: 'Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc' },
];

describe('describeQuestion', () => {
  it('names the role, the years and the cluster of a resolved follow-up (the issue example)', () => {
    const first = parseQuestion('ai là cụm phó năm 2024 cụm nam song hau');
    const previous = describeQuestion(first, { clusters: CLUSTERS });
    const follow = resolveFollowUp(parseQuestion('còn năm 2023?'), first);
    const d = describeQuestion(follow, { clusters: CLUSTERS, previous });
    expect(d.line).toBe('Cụm phó · năm 2023 · Cụm Nam Sông Hậu');
  });

  it('writes names as the articles do, with diacritics, even for a question typed without them', () => {
    const d = describeQuestion(parseQuestion('cum truong cum nam song hau nam 2023'), { clusters: CLUSTERS });
    expect(d.parts).toEqual(['Cụm trưởng', 'năm 2023', 'Cụm Nam Sông Hậu']);
    expect(d.picked).toBe(true);
  });

  it('a scope written out as shown is not "picked"', () => {
    const d = describeQuestion(parseQuestion('Cụm Nam Sông Hậu gồm những tỉnh nào?'), { clusters: CLUSTERS });
    expect(d.line).toBe('Cụm Nam Sông Hậu');
    expect(d.picked).toBe(false);
  });

  it('a cluster key whose words are spread in the name is named by the whole span', () => {
    expect(spanIn('Cụm thi đua các tỉnh trung du và miền núi phía Bắc', 'trung du nui phia bac')).toBe(
      'trung du và miền núi phía Bắc',
    );
    expect(spanIn('các tỉnh Miền núi biên giới phía Bắc năm 2023', 'nui bien gioi phia bac')).toBe(
      'Miền núi biên giới phía Bắc',
    );
    expect(spanIn('Cụm thi đua số 1', 'nam song hau')).toBeUndefined();
  });

  it('what is counted and the place keep the question’s spelling through a follow-up', () => {
    const first = parseQuestion('bao nhiêu nhà Đại đoàn kết ở Lào Cai năm 2023');
    const previous = describeQuestion(first);
    expect(previous.line).toBe('nhà Đại đoàn kết · năm 2023 · Lào Cai');
    const d = describeQuestion(resolveFollowUp(parseQuestion('còn năm 2022?'), first), { previous });
    expect(d.line).toBe('nhà Đại đoàn kết · năm 2022 · Lào Cai');
  });

  it('English questions get English role words', () => {
    const d = describeQuestion(parseQuestion('Who was the deputy cluster leader in 2024?'));
    expect(d.parts[0]).toBe('deputy cluster leader');
    expect(d.parts).toContain('2024');
  });

  it('tells whether an answer already names every part', () => {
    const d = describeQuestion(parseQuestion('cum truong cum nam song hau nam 2023'), { clusters: CLUSTERS });
    expect(namesEveryPart(d, 'Cà Mau — Cụm trưởng Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu năm 2023')).toBe(
      true,
    );
    expect(namesEveryPart(d, 'Cà Mau — Cụm trưởng năm 2023')).toBe(false);
  });
});

describe('Engine.ask says how it understood a follow-up', () => {
  const seeds = withSeeds();

  it('a resolved follow-up carries the line; a plain question does not', () => {
    const first = seeds().ask('ai là cụm trưởng năm 2024?');
    expect(first.understood).toBeUndefined();
    const follow = seeds().ask('còn năm 2023?', first.context);
    expect(follow.understood).toBe('Cụm trưởng · năm 2023');
  });

  it('a follow-up keeps naming the cluster the first question picked', () => {
    const first = seeds().ask('ai là cụm phó năm 2024 cụm trung du miền núi phía bắc');
    const follow = seeds().ask('còn năm 2023?', first.context);
    expect(follow.understood).toBe('Cụm phó · năm 2023 · Cụm trung du và miền núi phía Bắc');
  });

  it('a picked scope the answer already names is not repeated', () => {
    const a = seeds().ask('cum truong cum nam song hau nam 2023');
    expect(a.found).toBe(true);
    expect(a.understood).toBeUndefined();
  });
});
