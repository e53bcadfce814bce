/**
 * The intent of a question — who/which unit, how many, when, where, which members, what — in
 * Vietnamese with diacritics, without them, and in English.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/parse-question.ts';

const intent = (q: string) => parseQuestion(q).intent;

describe('intent', () => {
  it.each([
    ['Ai là cụm trưởng năm 2024?', 'who'],
    ['ai la cum truong nam 2024', 'who'],
    ['Who is the cluster leader in 2024?', 'who'],
    ['Tỉnh nào là trưởng cụm năm 2024?', 'who'],
    ['Đơn vị nào đăng cai cụm trưởng?', 'who'],
  ])('who: %s', (q, want) => expect(intent(q)).toBe(want));

  it.each([
    ['Có bao nhiêu nhà Đại đoàn kết được xây?', 'how_many'],
    ['co bao nhieu xa dat nong thon moi', 'how_many'],
    ['How many houses were built?', 'how_many'],
    ['How much money was raised?', 'how_many'],
    ['Huyện có mấy xã?', 'how_many'],
  ])('how many: %s', (q, want) => expect(intent(q)).toBe(want));

  it.each([
    ['Hội nghị tổng kết diễn ra ngày nào?', 'when'],
    ['dai hoi mat tran cap tinh hoan thanh khi nao', 'when'],
    ['When was the review conference held?', 'when'],
    ['Lào Cai là cụm trưởng năm nào?', 'when'],
  ])('when: %s', (q, want) => expect(intent(q)).toBe(want));

  it.each([
    ['Hội nghị giao ban Cụm thi đua Nam Sông Hậu tổ chức ở đâu?', 'where'],
    ['hoi nghi duoc to chuc tai dau', 'where'],
    ['Where was the Nam Song Hau cluster meeting held?', 'where'],
    ['Đoàn đến thăm, tặng quà ở huyện nào?', 'where'],
  ])('where: %s', (q, want) => expect(intent(q)).toBe(want));

  it.each([
    ['Cụm thi đua Nam Sông Hậu gồm những tỉnh nào?', 'members'],
    ['cum thi dua nam song hau gom nhung tinh nao', 'members'],
    ['Which provinces are in the Nam Song Hau cluster?', 'members'],
    ['Cụm thi đua số II gồm những đơn vị nào?', 'members'],
  ])('members: %s', (q, want) => expect(intent(q)).toBe(want));

  it.each([
    ['Phong trào thi đua nào do Thủ tướng phát động?', 'what'],
    ['Kế hoạch phối hợp thăm, tặng quà có số hiệu là gì?', 'what'],
    ['Hội nghị hiệp thương lần thứ mấy?', 'what'],
    ['Hội nghị diễn ra theo hình thức gì?', 'what'],
  ])('what: %s', (q, want) => expect(intent(q)).toBe(want));

  it('"… Việt Nam nào …" asks who, not "năm nào" (which year)', () => {
    // folded "viet nam nao" matches the when-pattern "nam nao"
    expect(intent('Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nào dự hội nghị?')).toBe('who');
  });

  it('"mấy giờ" is not a count', () => {
    expect(intent('Hội nghị bắt đầu lúc mấy giờ?')).not.toBe('how_many');
  });
});

describe('language', () => {
  it('Vietnamese without diacritics is not English', () => {
    expect(parseQuestion('ai la cum truong nam 2024').lang).toBe('vi');
    expect(parseQuestion('Ai là cụm trưởng năm 2024?').lang).toBe('vi');
    expect(parseQuestion('Who is the cluster leader in 2024?').lang).toBe('en');
  });
});
