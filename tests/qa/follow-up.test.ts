/**
 * Follow-ups reuse the previous question and change only the slot they name.
 */
import { describe, expect, it } from 'vitest';
import { isFollowUp, resolveFollowUp } from '../../src/qa/follow-up.ts';
import { parseQuestion } from '../../src/qa/parse-question.ts';

const previous = parseQuestion('Ai là cụm trưởng Cụm thi đua các tỉnh Miền núi biên giới phía Bắc năm 2024?');
const follow = (q: string) => resolveFollowUp(parseQuestion(q), previous);

describe('resolveFollowUp', () => {
  it('"còn năm 2023?" keeps the intent, role and cluster and changes the year', () => {
    const q = follow('còn năm 2023?');
    expect(q).toMatchObject({
      intent: 'who',
      role: 'leader',
      years: [2023],
      clusterKey: 'nui bien gioi phia bac',
    });
    expect(q.raw).toBe('còn năm 2023?');
  });

  it('the same without diacritics', () => {
    expect(follow('con nam 2023')).toMatchObject({ intent: 'who', role: 'leader', years: [2023] });
  });

  it('"thế còn cụm Nam Sông Hậu?" changes the cluster and keeps the year', () => {
    const q = follow('thế còn cụm Nam Sông Hậu?');
    expect(q).toMatchObject({ intent: 'who', role: 'leader', years: [2024], clusterKey: 'nam song hau' });
    expect(q.keywords).not.toContain('nui');
  });

  it('"còn cụm phó?" changes the role', () => {
    expect(follow('còn cụm phó?')).toMatchObject({
      role: 'deputy',
      years: [2024],
      clusterKey: 'nui bien gioi phia bac',
    });
  });

  it('"còn Bạc Liêu?" changes the province', () => {
    expect(follow('còn Bạc Liêu?').provinces).toEqual(['Bạc Liêu']);
  });

  it('a complete question is not a follow-up', () => {
    const q = parseQuestion('Ai là cụm trưởng năm 2023?');
    expect(isFollowUp(q)).toBe(false);
    expect(resolveFollowUp(q, previous)).toBe(q);
  });

  it('"còn … bao nhiêu …" asks something new', () => {
    expect(isFollowUp(parseQuestion('còn bao nhiêu nhà Đại đoàn kết được xây?'))).toBe(false);
  });

  it('with no previous question a follow-up is taken as it is', () => {
    const q = parseQuestion('còn năm 2023?');
    expect(resolveFollowUp(q, undefined)).toBe(q);
  });

  it('"what about 2023?" is a follow-up in English', () => {
    // translated to "gi 2023" ("what" → "gì"), so FOLLOW_UP's "what about" never matches
    const q = resolveFollowUp(parseQuestion('what about 2023?'), previous);
    expect(q).toMatchObject({ intent: 'who', role: 'leader', years: [2023] });
  });
});
