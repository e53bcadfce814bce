/**
 * The words answers are wrapped in, per language. Names, figures and quotes stay as the article
 * writes them; only these connecting words change.
 */
import type { Lang } from './types.ts';

export const PHRASES = {
  vi: {
    leader: 'Cụm trưởng',
    deputy: 'Cụm phó',
    year: (y: number) => `năm ${y}`,
    members: (n: number) => `gồm ${n} đơn vị`,
    notFound: 'Chưa tìm thấy thông tin này trong các bài viết đã lưu.',
    passage: 'Chưa có câu trả lời chính xác; đoạn liên quan nhất:',
    several: 'Có nhiều kết quả phù hợp:',
    partNotFound: '(phần này chưa tìm thấy trong các bài viết đã lưu)',
    proposed: 'được đề nghị tặng',
    awarded: 'được tặng',
    chaired: 'chủ trì',
    attended: 'dự',
    launchedBy: 'do',
  },
  en: {
    leader: 'cluster leader (Cụm trưởng)',
    deputy: 'deputy cluster leader (Cụm phó)',
    year: (y: number) => `in ${y}`,
    members: (n: number) => `${n} members`,
    notFound: 'I could not find this in the indexed articles.',
    passage: 'No exact answer; the closest passage:',
    several: 'Several matching answers:',
    partNotFound: '(no answer found for this part)',
    proposed: 'proposed for',
    awarded: 'awarded',
    chaired: 'chaired',
    attended: 'attended',
    launchedBy: 'launched by',
  },
} as const satisfies Record<Lang, unknown>;

export type Phrases = (typeof PHRASES)[Lang];

export function phrases(lang: Lang): Phrases {
  return PHRASES[lang];
}
