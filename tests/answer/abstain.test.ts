/**
 * When no article says it, the bot says it does not know — no near miss from another year, place or
 * cluster; and a found answer is never one its own citation does not support.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { expectNotFound, type Opened, openEngine } from './engine.ts';

let opened: Opened;
let engine: Engine;
beforeAll(async () => {
  opened = await openEngine();
  engine = opened.engine;
});
afterAll(() => opened.close());

describe('not found', () => {
  it('a cluster with no leader known for that year', () => {
    expectNotFound(engine.ask('Ai là cụm trưởng Cụm thi đua Nam Sông Hậu năm 2024?'));
    expectNotFound(engine.ask('Ai là cụm trưởng Cụm thi đua các tỉnh Tây Nguyên năm 2024?'));
  });

  it('a year no article covers', () => {
    expectNotFound(engine.ask('Ai là cụm trưởng năm 2015?'));
    expectNotFound(engine.ask('Có bao nhiêu nhà Đại đoàn kết được xây năm 2010?'));
  });

  it('a province no article covers', () => {
    expectNotFound(engine.ask('Ủy ban MTTQ tỉnh Lâm Đồng xây bao nhiêu nhà Đại đoàn kết?'));
    expectNotFound(engine.ask('Ai là Chủ tịch Ủy ban MTTQ tỉnh Lâm Đồng?'));
    expectNotFound(engine.ask('How many houses were built in Lam Dong?'));
  });

  it('who a question typed in lower case says did it, when no article has a word of their name', () => {
    expect(engine.ask('mttq cac tinh van dong xay dung bao nhieu nha dai doan ket').found).toBe(true);
    expectNotFound(engine.ask('ea sup van dong xay dung bao nhieu nha dai doan ket'));
    expectNotFound(engine.ask('trong cum, o krong buk co bao nhieu nha dai doan ket duoc xay dung'));
  });

  it('a district no article names, with or without diacritics', () => {
    expectNotFound(engine.ask('Chủ tịch Ủy ban MTTQ huyện Mường Tè là ai?'));
    expectNotFound(engine.ask('chu tich mttq huyen muong te la ai'));
  });

  it('"Who chairs the Front committee of Hanoi?" — no article names that chair', () => {
    const a = engine.ask('Who chairs the Front committee of Hanoi?');
    expectNotFound(a);
    expect(a.lang).toBe('en');
    expect(a.text).toBe('I could not find this in the indexed articles.');
  });

  it('the polite Vietnamese answer', () => {
    expect(engine.ask('Ai là cụm trưởng năm 2015?').text).toBe(
      'Chưa tìm thấy thông tin này trong các bài viết đã lưu.',
    );
  });

  it('an empty question', () => {
    expectNotFound(engine.ask(''));
  });
});

describe('a found answer is supported by its citation', () => {
  it('"Phong trào thi đua nào do Thủ tướng phát động?" — no seed says the Prime Minister launched one', () => {
    // answered "phong trào thi đua “Đoàn kết, sáng tạo”" from a sentence that does not name the Prime Minister
    const a = engine.ask('Phong trào thi đua nào do Thủ tướng phát động?');
    expect(!a.found || a.citations.every((c) => c.quote.includes('Thủ tướng'))).toBe(true);
  });

  it("the comprehensive-excellence flag asked in English is Phú Thọ's, never a cluster leader", () => {
    const a = engine.ask('Which province was proposed for the comprehensive excellence emulation flag?');
    expect(!a.found || a.text.includes('Phú Thọ')).toBe(true);
  });

  it('"Phó Chủ tịch … Việt Nam nào dự hội nghị …?" is answered with a person, not a date', () => {
    const a = engine.ask(
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nào dự Hội nghị tổng kết Cụm thi đua các tỉnh Miền núi biên giới phía Bắc năm 2023?',
    );
    expect(a.text).toContain('Hoàng Công Thủy');
  });
});
