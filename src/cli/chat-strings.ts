/**
 * What the terminal chat says besides answers, in Vietnamese and in English (for a user who writes
 * English).
 */
import type { Lang } from '../answer/types.ts';
import { EXAMPLE_QUESTIONS, thanksReply } from '../present/words.ts';

export interface ChatStrings {
  /** The first screen: what this is, example questions, how to get help and leave. */
  banner(articles: number): string;
  help: string;
  /** The reply to thanks or "ok". */
  thanks: string;
  goodbye: string;
}

const examples = EXAMPLE_QUESTIONS.map((q) => `  • ${q}`).join('\n');

const vi: ChatStrings = {
  banner: (n) =>
    `Trợ lý Mặt trận — hỏi đáp về công tác Mặt trận Tổ quốc Việt Nam, kèm nguồn (${n} bài viết).\n` +
    `Hỏi bằng tiếng Việt có dấu, không dấu, hoặc tiếng Anh. Ví dụ:\n${examples}\n` +
    'Gõ "help" để xem hướng dẫn, "exit" (hoặc Ctrl+C) để thoát.',
  help:
    'Cách hỏi:\n' +
    '  • Gõ câu hỏi rồi Enter, ví dụ: ai là cụm trưởng năm 2024?\n' +
    '  • Hỏi tiếp theo câu trước: "còn năm 2023?", "còn cụm Nam Sông Hậu?"\n' +
    '  • Mỗi câu trả lời kèm bài viết, đơn vị đăng, ngày và câu trích dẫn.\n' +
    `Ví dụ:\n${examples}\n` +
    'Gõ "exit" hoặc "quit" (hoặc Ctrl+C) để thoát.',
  thanks: thanksReply('vi'),
  goodbye: 'Tạm biệt!',
};

const en: ChatStrings = {
  banner: (n) =>
    `Trợ lý Mặt trận — questions and answers on the work of the Vietnam Fatherland Front, with sources (${n} articles).\n` +
    `Ask in Vietnamese (with or without diacritics) or in English. For example:\n${examples}\n` +
    'Type "help" for help, "exit" (or Ctrl+C) to leave.',
  help:
    'How to ask:\n' +
    '  • Type a question and press Enter, e.g. who was the cluster leader in 2024?\n' +
    '  • Follow up on the previous question: "what about 2023?"\n' +
    '  • Every answer cites the article, its publisher, date and the quoted sentence.\n' +
    `For example:\n${examples}\n` +
    'Type "exit" or "quit" (or Ctrl+C) to leave.',
  thanks: thanksReply('en'),
  goodbye: 'Goodbye!',
};

export function chatStrings(lang: Lang): ChatStrings {
  return lang === 'en' ? en : vi;
}
