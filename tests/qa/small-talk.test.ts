/**
 * Messages that are no question: greetings get the introduction, thanks and acknowledgements a friendly
 * line; anything that asks something is a question.
 */
import { describe, expect, it } from 'vitest';
import { smallTalkOf } from '../../src/qa/small-talk.ts';

describe('smallTalkOf', () => {
  it('greetings, with or without diacritics, addressed or not', () => {
    for (const t of ['xin chào', 'Xin chao bot', 'chào anh ạ', 'Chào buổi sáng!', 'alo'])
      expect(smallTalkOf(t), t).toEqual({ kind: 'greeting', lang: 'vi' });
    for (const t of ['hello', 'Hi there', 'hey bot', 'Good morning'])
      expect(smallTalkOf(t), t).toEqual({ kind: 'greeting', lang: 'en' });
  });

  it('thanks, acknowledgements and emoji alone', () => {
    for (const t of [
      'cảm ơn bot nhé 👍',
      'ok',
      'Oke',
      'cam on nhieu',
      'hay quá!',
      'dạ vâng',
      '👍',
      '🙏🙏',
      'đã hiểu',
    ])
      expect(smallTalkOf(t), t).toEqual({ kind: 'thanks', lang: 'vi' });
    for (const t of ['thanks', 'Thank you!', 'great, thanks']) expect(smallTalkOf(t)?.lang, t).toBe('en');
  });

  it('a question is no small talk, even after a greeting', () => {
    for (const t of [
      'xin chào, ai là cụm trưởng năm 2024?',
      'chào mừng ngày hội đại đoàn kết',
      'còn năm 2023?',
      'ai?',
      '2024',
      'Cụm Nam Sông Hậu',
      'ok vậy cụm phó là ai',
    ])
      expect(smallTalkOf(t), t).toBeUndefined();
  });
});
