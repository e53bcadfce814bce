/**
 * English questions are translated into folded Vietnamese and parsed like Vietnamese ones.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/parse-question.ts';
import { isEnglish, translateEnglish } from '../../src/qa/translate-english.ts';

describe('isEnglish', () => {
  it('tells English from Vietnamese typed without diacritics', () => {
    expect(isEnglish('How many houses were built?')).toBe(true);
    expect(isEnglish('Who hosts the cluster in 2024?')).toBe(true);
    expect(isEnglish('co bao nhieu nha dai doan ket')).toBe(false);
    expect(isEnglish('Ai là cụm trưởng năm 2024?')).toBe(false);
  });
});

describe('translateEnglish', () => {
  it('phrases from the glossary, longest first', () => {
    expect(translateEnglish('How many houses were built?')).toBe('bao nhieu nha dai doan ket xay');
    expect(translateEnglish('How much money was raised?')).toBe('bao nhieu tien van dong ung ho');
  });

  it('"Which … chairman …?" asks for a person; festivals, hamlets and vice-chairs are translated', () => {
    const q = parseQuestion(
      'Which Binh Thuy district Front committee chairman attended the Great Solidarity festival in Long Hoa hamlet?',
    );
    expect(q).toMatchObject({ intent: 'who', title: { head: 'chu tich' } });
    expect(q.folded).toContain('ngay hoi dai doan ket');
    expect(q.folded).toContain('ap long hoa');
    expect(parseQuestion('Who were chosen as vice-chairs of the Front committee?').title?.head).toBe(
      'pho chu tich',
    );
  });

  it('"the X cluster" is reordered to "cụm thi đua X"', () => {
    expect(translateEnglish('Which provinces are in the Nam Song Hau cluster?')).toBe(
      'gom nhung tinh nao cum thi dua nam song hau',
    );
  });

  it('dates: "11 December 2023" → "ngay 11/12/2023"', () => {
    expect(translateEnglish('What happened on 11 December 2023?')).toContain('ngay 11/12/2023');
  });

  it('proper nouns pass through folded', () => {
    expect(translateEnglish('How many working days did Điện Biên contribute?')).toContain('dien bien');
  });
});

describe('parsed English', () => {
  it('who hosts the cluster in 2024 → the leader of 2024', () => {
    expect(parseQuestion('Who hosts the cluster in 2024?')).toMatchObject({
      lang: 'en',
      intent: 'who',
      role: 'leader',
      years: [2024],
    });
  });

  it('the standing vice chairman of Quang Ninh', () => {
    const q = parseQuestion(
      'Who is the standing vice chairman of the Front committee of Quang Ninh province?',
    );
    expect(q.title?.head).toBe('pho chu tich thuong truc');
    expect(q.provinces).toEqual(['Quảng Ninh']);
  });

  it('"the leader of the northern mountainous border cluster" keeps the cluster', () => {
    // translated to "ai cum truong mien nui bien gioi phia bac 2024": "leader of the cluster" swallows "cluster"
    expect(
      parseQuestion('Who is the leader of the northern mountainous border cluster in 2024?').clusterKey,
    ).toBe('nui bien gioi phia bac');
  });
});
