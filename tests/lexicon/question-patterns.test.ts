/**
 * Question patterns that decide what answers: a deadline asked ("trước ngày nào") is a date the
 * sentence writes after a deadline word, in any of the ways Front documents write one.
 */
import { describe, expect, it } from 'vitest';
import { DEADLINE_ASKED, DEADLINE_BEFORE_DATE } from '../../src/lexicon/question-patterns.ts';
import { fold } from '../../src/text/fold.ts';

describe('deadlines', () => {
  it.each(['phải báo cáo trước ngày nào', 'chậm nhất ngày nào phải hoàn thành', 'hạn chót là ngày nào'])(
    '"%s" asks for a deadline',
    (q) => expect(DEADLINE_ASKED.test(fold(q))).toBe(true),
  );

  it('"diễn ra ngày nào" asks for no deadline', () => {
    expect(DEADLINE_ASKED.test(fold('hội nghị diễn ra ngày nào'))).toBe(false);
  });

  it.each([
    'hoàn thành trước ',
    'báo cáo trước ngày ',
    'chậm nhất vào ngày ',
    'hạn chót là ngày ',
    'không quá ngày ',
  ])('"%s" is written before a deadline', (before) =>
    expect(DEADLINE_BEFORE_DATE.test(fold(before))).toBe(true),
  );

  it('the day something was done is not written after a deadline word', () => {
    for (const before of ['Ngày ', 'Sáng ngày ', 'tổ chức trao nhà vào ngày '])
      expect(DEADLINE_BEFORE_DATE.test(fold(before))).toBe(false);
  });
});
