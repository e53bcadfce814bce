/**
 * Word runs: exactly the matches of `[\p{L}\p{M}\d]+` (digits) or `[\p{L}\p{M}\p{N}]+` (numbers),
 * over Vietnamese text, combining marks, other scripts' numbers, astral letters and digits, and
 * broken surrogate pairs — and only within the bounds asked.
 */
import { describe, expect, it } from 'vitest';
import { forEachWordRun, type WordChars } from '../../src/text/word-runs.ts';
import { Random } from '../fuzz/random.ts';

const REGEX: Record<WordChars, RegExp> = { digits: /[\p{L}\p{M}\d]+/gu, numbers: /[\p{L}\p{M}\p{N}]+/gu };

function runs(text: string, chars: WordChars, from = 0, to = text.length): string[] {
  const out: string[] = [];
  forEachWordRun(text, from, to, chars, (s, e) => out.push(`${s}:${text.slice(s, e)}`));
  return out;
}

function reference(text: string, chars: WordChars, from = 0, to = text.length): string[] {
  return [...text.slice(from, to).matchAll(REGEX[chars])].map((m) => `${from + (m.index ?? 0)}:${m[0]}`);
}

const PIECES = [
  'Điện',
  'Biên',
  'Hoà',
  'Ủy',
  'ban',
  'MTTQ',
  '22-CT/TW',
  '6.690',
  '8,05',
  'tỷ',
  ' ',
  '  ',
  ',',
  '.',
  '(',
  '–',
  '’',
  'o\u0301', // a letter and a combining mark
  '\u0301',
  '²', // a number, not a decimal digit
  'Ⅻ',
  '٣',
  '𝒜', // astral letter
  '𠀀',
  '𝟘', // astral decimal digit
  '😀', // astral symbol
  '\ud835', // a lone high surrogate
  '\udc9c', // a lone low surrogate
  '\n',
];

describe('forEachWordRun', () => {
  it('splits a sentence into its words and numbers', () => {
    expect(runs('Tỉnh Điện Biên: 6.690 nhà (22-CT/TW).', 'digits')).toEqual([
      '0:Tỉnh',
      '5:Điện',
      '10:Biên',
      '16:6',
      '18:690',
      '22:nhà',
      '27:22',
      '30:CT',
      '33:TW',
    ]);
  });

  it('is the regex, character class for character class, on random text', () => {
    const random = new Random(42);
    for (let round = 0; round < 500; round++) {
      const text = Array.from(
        { length: random.int(0, 30) },
        () => PIECES[random.int(0, PIECES.length - 1)],
      ).join('');
      for (const chars of ['digits', 'numbers'] as const) {
        expect(runs(text, chars)).toEqual(reference(text, chars));
        const from = random.int(0, text.length);
        const to = random.int(from, text.length);
        expect(runs(text, chars, from, to)).toEqual(reference(text, chars, from, to));
      }
    }
  });
});
