/**
 * Tokenizing for search: folded syllables, numbers, dates and codes kept whole, abbreviations
 * expanded (the ambiguous "TƯ" only when written in capitals) and syllable bigrams added.
 */
import { describe, expect, it } from 'vitest';
import { indexTerms, normalizedTerms, syllables, words } from '../../src/text/tokenize.ts';

describe('words', () => {
  it('folds syllables', () => {
    expect(words('Uỷ ban Trung ương')).toEqual(['uy', 'ban', 'trung', 'uong']);
  });

  it('keeps numbers, dates and codes whole', () => {
    expect(words('Chỉ thị 22-CT/TW ngày 25/5/2023')).toEqual(['chi', 'thi', '22-ct/tw', 'ngay', '25/5/2023']);
    expect(words('Kế hoạch số 96/KH-MTTW-BTT')).toEqual(['ke', 'hoach', 'so', '96/kh-mttw-btt']);
    expect(words('xây mới được 6.690 nhà Đại đoàn kết.')).toContain('6.690');
    expect(words('tăng trưởng, đạt 9,6%')).toContain('9,6');
  });
});

describe('normalizedTerms', () => {
  it('expands Front and state abbreviations', () => {
    expect(normalizedTerms('MTTQ')).toEqual(['mat', 'tran', 'to', 'quoc']);
    expect(normalizedTerms('UBTƯ MTTQ Việt Nam').slice(0, 4)).toEqual(['uy', 'ban', 'trung', 'uong']);
    expect(normalizedTerms('HĐND, UBND tỉnh')).toEqual([
      'hoi',
      'dong',
      'nhan',
      'dan',
      'uy',
      'ban',
      'nhan',
      'dan',
      'tinh',
    ]);
    expect(normalizedTerms('TP Hạ Long')).toEqual(['thanh', 'pho', 'ha', 'long']);
    expect(normalizedTerms('phát triển KT-XH')).toEqual(['phat', 'trien', 'kinh', 'te', 'xa', 'hoi']);
    expect(normalizedTerms('UBMTTQVN huyện Kon Rẫy').slice(0, 8)).toEqual([
      'uy',
      'ban',
      'mat',
      'tran',
      'to',
      'quoc',
      'viet',
      'nam',
    ]);
  });

  it('reads title initials ("ct", "bt") only before the body they belong to', () => {
    expect(normalizedTerms('ct mttq huyen').slice(0, 2)).toEqual(['chu', 'tich']);
    expect(normalizedTerms('bt xa Phu Lam').slice(0, 2)).toEqual(['bi', 'thu']);
    expect(normalizedTerms('công ty CT đã ủng hộ')).toContain('ct');
  });

  it('expands "TƯ" only when written in capitals', () => {
    expect(normalizedTerms('Ban Chấp hành TƯ')).toEqual(['ban', 'chap', 'hanh', 'trung', 'uong']);
    expect(normalizedTerms('đi từ Hà Nội')).toEqual(['di', 'tu', 'ha', 'noi']);
    expect(normalizedTerms('Tư vấn')).toEqual(['tu', 'van']);
  });
});

describe('indexTerms', () => {
  it('adds syllable bigrams so compounds score as units', () => {
    const terms = indexTerms('xây dựng nông thôn mới tỉnh Lào Cai');
    expect(terms).toContain('nong_thon');
    expect(terms).toContain('thon_moi');
    expect(terms).toContain('lao_cai');
  });

  it('builds bigrams over expanded abbreviations', () => {
    expect(indexTerms('Uỷ ban MTTQ')).toContain('mat_tran');
  });

  it('never builds a bigram across a number, date or code', () => {
    const terms = indexTerms('xây 6.690 nhà Đại đoàn kết theo Chỉ thị 22-CT/TW');
    expect(terms).toContain('6.690');
    expect(terms).toContain('22-ct/tw');
    expect(terms.filter((t) => t.includes('_') && /\d/.test(t))).toEqual([]);
    expect(terms).not.toContain('xay_nha');
  });
});

describe('syllables', () => {
  it('gives offsets into the original text', () => {
    const text = 'Ủy ban MTTQ tỉnh Lào Cai';
    const toks = syllables(text);
    const lao = toks.find((t) => t.term === 'lao');
    expect(lao?.surface).toBe('Lào');
    expect(text.slice(lao!.start, lao!.end)).toBe('Lào');
  });
});
