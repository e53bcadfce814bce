/**
 * Words every surface says besides the answers themselves: the example questions (three in Vietnamese, one
 * in English, each answered by the seed articles), the reply to thanks, and the count of items left out.
 */
import type { Lang } from '../answer/types.ts';

export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Ai là cụm trưởng năm 2024?',
  'Cụm Nam Sông Hậu gồm những tỉnh nào?',
  'Bao nhiêu nhà Đại đoàn kết được xây mới, sửa chữa?',
  'Who was the cluster leader in 2024?',
];

/** The short friendly reply to thanks, "ok" or an emoji. */
export function thanksReply(lang: Lang): string {
  return lang === 'en' ? 'Glad to help! Ask away.' : 'Rất vui được giúp! Cứ hỏi tiếp nhé.';
}

/** "… và 3 mục khác." — items an answer has beyond those shown. */
export function moreItemsText(n: number, lang: Lang): string {
  return lang === 'en' ? `… and ${n} more.` : `… và ${n} mục khác.`;
}
