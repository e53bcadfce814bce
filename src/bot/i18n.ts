/**
 * Every user-visible string of the bot, in Vietnamese (default) and English.
 * Functions return HTML: their dynamic arguments are escaped here.
 */
import type { Lang } from '../answer/types.ts';
import { type Refusal, refusalMessage } from '../ingest/refusal.ts';
import { EXAMPLE_QUESTIONS, thanksReply } from '../present/words.ts';
import { esc } from './html.ts';

export type { Lang };

export interface Strings {
  intro: string;
  examplesHeader: string;
  examples: readonly string[];
  help: string;
  askUsage: string;
  /** For a bare mention of the bot: how to ask (no talk of commands). */
  howToAsk(username: string): string;
  /** The reply to thanks, "ok" or an emoji in a private chat. */
  thanks: string;
  /** For a photo, voice note, sticker… in a private chat. */
  textOnly: string;
  /** For an admin's document sent without the /them caption. */
  documentHint: string;
  notFoundHint: string;
  tooLong(max: number): string;
  /** Label of a 📄 button: for item n, or for the whole answer when n is undefined. */
  citeButton(n?: number): string;
  citationHeader: string;
  citationExpired: string;
  citationArticle: string;
  citationLink: string;
  rateLimited: string;
  error: string;
  unknownCommand: string;
  sourcesHeader(n: number): string;
  sourcesFound(query: string, n: number): string;
  sourcesNone(query: string): string;
  sourcesEmpty: string;
  sourceSentences(sentences: number, facts: number): string;
  clustersHeader(n: number): string;
  clustersFound(query: string, n: number): string;
  clustersNone(query: string): string;
  clustersEmpty: string;
  members: string;
  leader: string;
  deputy: string;
  noYear: string;
  statsHeader(articles: string): string;
  statsNewest: string;
  statsByPublisher: string;
  statsOtherPublishers(n: number): string;
  statsNoPublisher: string;
  statsByYear: string;
  statsClusters: string;
  statsQuestions: string;
  /** Questions of the last 7 days: asked, answered exactly, and the share answered (%). */
  statsWeek(asked: string, answered: string, share: number | undefined): string;
  inlineHint: string;
  inlineNotFound: string;
  inlinePassage: string;
  adminOnly: string;
  ingestUsage: string;
  ingestWorking: string;
  ingestDone(r: { id: string; title: string; status: string; sentences: number }): string;
  ingestStatus: Record<'added' | 'updated' | 'unchanged', string>;
  ingestFacts: string;
  ingestNoFacts: string;
  factType(type: string): string;
  ingestFailed(reason: string): string;
  /** Nothing stored: the document is refused (not an article, too large, too slow to parse…). */
  ingestRefused(refusal: Refusal): string;
  unsupportedDocument: string;
  documentTooLarge(maxKb: number): string;
  emptyText: string;
  fetchErrors: Record<FetchErrorCode, string>;
  removeUsage: string;
  removed(id: string): string;
  notRemoved(id: string): string;
  commands: Record<PublicCommand | AdminCommand, string>;
  description: string;
  shortDescription: string;
}

export type PublicCommand = 'start' | 'help' | 'hoi' | 'nguon' | 'cum' | 'thongke';
export type AdminCommand = 'them' | 'xoa';
export type FetchErrorCode =
  | 'bad_url'
  | 'bad_scheme'
  | 'blocked_address'
  | 'dns'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'unsupported_type'
  | 'network';

const vi: Strings = {
  intro:
    '<b>Xin chào!</b> Tôi trả lời câu hỏi về công tác Mặt trận Tổ quốc Việt Nam từ các bài viết đã lập chỉ mục, ' +
    'kèm nguồn trích dẫn.\nHãy gửi câu hỏi bằng tiếng Việt (có hoặc không dấu). Trong nhóm, dùng /hoi hoặc nhắc tên tôi.',
  examplesHeader: 'Thử một câu hỏi mẫu:',
  examples: EXAMPLE_QUESTIONS,
  help:
    '<b>Cách dùng</b>\n' +
    '• Tin nhắn riêng: gửi thẳng câu hỏi.\n' +
    '• Trong nhóm: <code>/hoi câu hỏi</code>, nhắc tên bot, hoặc trả lời tin nhắn của bot.\n' +
    '• Ở bất kỳ đâu: gõ tên bot rồi câu hỏi (chế độ inline).\n' +
    '• Bấm nút 📄 dưới câu trả lời để xem trích dẫn đầy đủ.\n' +
    '• Hỏi tiếp như “còn năm 2023?”: trả lời (reply) một câu trả lời của bot để hỏi tiếp đúng câu đó — ' +
    'ai trong nhóm cũng được; không reply thì hiểu theo câu hỏi trước của bạn.\n\n' +
    '<b>Lệnh</b>\n' +
    '/hoi – đặt câu hỏi\n/nguon – các bài viết, mới nhất trước (<code>/nguon từ khóa</code> tìm theo tên bài)\n' +
    '/cum – các cụm thi đua (<code>/cum tên</code> xem một cụm)\n/thongke – thống kê kho bài viết và câu hỏi\n/help – hướng dẫn',
  askUsage: 'Hãy viết câu hỏi sau lệnh, ví dụ: <code>/hoi Ai là cụm trưởng năm 2024?</code>',
  howToAsk: (u) =>
    `Hãy viết câu hỏi ngay sau tên tôi, ví dụ: <code>@${esc(u)} Ai là cụm trưởng năm 2024?</code> ` +
    '— hoặc trả lời (reply) một tin nhắn của tôi.',
  thanks: esc(thanksReply('vi')),
  textOnly: 'Tôi chỉ đọc được câu hỏi bằng chữ. Hãy gõ câu hỏi, ví dụ: <i>Ai là cụm trưởng năm 2024?</i>',
  documentHint:
    'Để thêm tệp này vào kho bài viết, hãy gửi lại tệp với chú thích <code>/them</code>, ' +
    'hoặc trả lời tệp bằng <code>/them</code>.',
  notFoundHint: 'Gợi ý: hỏi cụ thể hơn (tên cụm, tỉnh, năm), hoặc xem /nguon để biết các bài đang có.',
  tooLong: (max) => `Câu hỏi quá dài (tối đa ${max} ký tự). Hãy hỏi ngắn gọn hơn.`,
  citeButton: (n) => (n === undefined ? '📄 Nguồn' : `📄 Nguồn ${n}`),
  citationHeader: '<b>Trích dẫn</b>',
  citationExpired: 'Trích dẫn này đã hết hạn. Hãy hỏi lại để xem nguồn.',
  citationArticle: 'Bài viết',
  citationLink: 'Xem bài gốc',
  rateLimited: 'Bạn hỏi hơi nhanh. Vui lòng đợi một chút rồi hỏi tiếp nhé.',
  error: 'Xin lỗi, đã có lỗi khi xử lý. Vui lòng thử lại sau.',
  unknownCommand: 'Tôi không biết lệnh này. Xem /help.',
  sourcesHeader: (n) => `<b>Các bài viết đã lưu (${n}), mới nhất trước</b>`,
  sourcesFound: (q, n) => `<b>Bài viết có “${esc(q)}” trong tên (${n})</b>`,
  sourcesNone: (q) => `Không có bài viết nào có “${esc(q)}” trong tên. Gõ /nguon để xem tất cả.`,
  sourcesEmpty: 'Chưa có bài viết nào được lập chỉ mục.',
  sourceSentences: (s, f) => `${s} câu, ${f} dữ kiện`,
  clustersHeader: (n) => `<b>Các cụm thi đua (${n})</b>`,
  clustersFound: (q, n) => `<b>Các cụm thi đua khớp “${esc(q)}” (${n})</b>`,
  clustersNone: (q) => `Không có cụm thi đua nào khớp “${esc(q)}”. Gõ /cum để xem tất cả.`,
  clustersEmpty: 'Chưa biết cụm thi đua nào.',
  members: 'Thành viên',
  leader: 'Cụm trưởng',
  deputy: 'Cụm phó',
  noYear: 'không rõ năm',
  statsHeader: (n) => `<b>Kho bài viết: ${n} bài</b>`,
  statsNewest: 'Bài mới nhất',
  statsByPublisher: 'Theo đơn vị đăng',
  statsOtherPublishers: (n) => `${n} đơn vị khác`,
  statsNoPublisher: 'Không rõ đơn vị đăng',
  statsByYear: 'Theo năm',
  statsClusters: 'Cụm thi đua đã biết',
  statsQuestions: 'Câu hỏi 7 ngày qua',
  statsWeek: (asked, answered, share) =>
    share === undefined ? 'chưa có' : `${asked}, trả lời chính xác ${answered} (${share}%)`,
  inlineHint: 'Gõ câu hỏi về công tác Mặt trận…',
  inlineNotFound: 'Không tìm thấy trong các bài viết',
  inlinePassage: 'Đoạn gần nhất',
  adminOnly: 'Xin lỗi, chỉ quản trị viên mới được thêm hoặc xoá bài viết.',
  ingestUsage:
    'Cách thêm bài: <code>/them</code> kèm văn bản hoặc một đường link http(s); hoặc trả lời một tin nhắn/tệp ' +
    '.txt, .html, .md bằng <code>/them</code>; hoặc gửi tệp với chú thích <code>/them</code>.',
  ingestWorking: 'Đang xử lý bài viết…',
  ingestDone: (r) =>
    `<b>Đã lập chỉ mục:</b> ${esc(r.title)}\nMã: <code>${esc(r.id)}</code>\nTrạng thái: ${esc(r.status)}\nSố câu: ${r.sentences}`,
  ingestStatus: { added: 'đã thêm', updated: 'đã cập nhật', unchanged: 'không thay đổi' },
  ingestFacts: 'Dữ kiện tìm thấy:',
  ingestNoFacts: 'Không tìm thấy dữ kiện nào.',
  factType: (t) =>
    ({
      cluster: 'cụm thi đua',
      role: 'chức danh',
      quantity: 'số liệu',
      membership: 'thành viên',
      event: 'sự kiện',
    })[t] ?? t,
  ingestFailed: (reason) => `Không thêm được bài viết: ${reason}`,
  ingestRefused: (r) => `<b>Không thêm bài viết:</b> ${esc(refusalMessage(r, 'vi'))}.\nKhông có gì được lưu.`,
  unsupportedDocument: 'Chỉ nhận tệp .txt, .html hoặc .md.',
  documentTooLarge: (kb) => `Tệp quá lớn (tối đa ${kb} KB).`,
  emptyText: 'Không có nội dung để thêm.',
  fetchErrors: {
    bad_url: 'đường link không hợp lệ.',
    bad_scheme: 'chỉ nhận đường link http hoặc https.',
    blocked_address: 'địa chỉ này thuộc mạng nội bộ hoặc dành riêng, không được phép tải.',
    dns: 'không phân giải được tên miền.',
    timeout: 'tải trang quá lâu, đã dừng.',
    too_large: 'trang quá lớn.',
    too_many_redirects: 'chuyển hướng quá nhiều lần.',
    http_status: 'máy chủ trả về lỗi.',
    unsupported_type: 'nội dung không phải văn bản hoặc HTML.',
    network: 'lỗi kết nối.',
  },
  removeUsage: 'Cách dùng: <code>/xoa mã-bài-viết</code> (xem mã trong /nguon).',
  removed: (id) => `Đã xoá bài <code>${esc(id)}</code> và các dữ kiện của nó.`,
  notRemoved: (id) => `Không có bài viết mã <code>${esc(id)}</code>.`,
  commands: {
    start: 'Giới thiệu và câu hỏi mẫu',
    help: 'Hướng dẫn sử dụng',
    hoi: 'Đặt câu hỏi về công tác Mặt trận',
    nguon: 'Các bài viết, mới nhất trước; /nguon từ khóa để tìm',
    cum: 'Các cụm thi đua: thành viên, cụm trưởng, cụm phó; /cum tên để xem một cụm',
    thongke: 'Thống kê kho bài viết và câu hỏi',
    them: 'Thêm bài viết (quản trị viên)',
    xoa: 'Xoá bài viết (quản trị viên)',
  },
  description:
    'Trợ lý hỏi đáp về công tác Mặt trận Tổ quốc Việt Nam: trả lời ngắn, chính xác, kèm nguồn bài viết. ' +
    'Dùng được trong tin nhắn riêng, trong nhóm Cụm thi đua và ở chế độ inline.',
  shortDescription: 'Hỏi đáp công tác Mặt trận, kèm nguồn trích dẫn.',
};

const en: Strings = {
  intro:
    '<b>Hello!</b> I answer questions about the work of the Vietnam Fatherland Front from indexed articles, ' +
    'with the source of every answer.\nSend a question (Vietnamese works best). In groups, use /hoi or mention me.',
  examplesHeader: 'Try an example question:',
  examples: EXAMPLE_QUESTIONS,
  help:
    '<b>How to use</b>\n' +
    '• Private chat: just send your question.\n' +
    '• In groups: <code>/hoi question</code>, mention the bot, or reply to one of its messages.\n' +
    '• Anywhere: type the bot name then a question (inline mode).\n' +
    '• Tap 📄 under an answer to see the full citation.\n' +
    '• Follow-ups like “còn năm 2023?”: reply to one of the bot’s answers to continue that very question — ' +
    'anyone in the group can; without a reply, your own previous question is continued.\n\n' +
    '<b>Commands</b>\n' +
    '/hoi – ask a question\n/nguon – the articles, newest first (<code>/nguon words</code> searches titles)\n' +
    '/cum – emulation clusters (<code>/cum name</code> shows one)\n/thongke – the archive and questions in numbers\n/help – help',
  askUsage: 'Write the question after the command, e.g. <code>/hoi Ai là cụm trưởng năm 2024?</code>',
  howToAsk: (u) =>
    `Write your question right after my name, e.g. <code>@${esc(u)} Who was the cluster leader in 2024?</code> ` +
    '— or reply to one of my messages.',
  thanks: esc(thanksReply('en')),
  textOnly:
    'I can only read questions written as text. Type one, e.g. <i>Who was the cluster leader in 2024?</i>',
  documentHint:
    'To add this file to the archive, send it again with the caption <code>/them</code>, ' +
    'or reply to it with <code>/them</code>.',
  notFoundHint: 'Hint: be more specific (cluster, province, year), or see /nguon for the articles available.',
  tooLong: (max) => `The question is too long (at most ${max} characters). Please make it shorter.`,
  citeButton: (n) => (n === undefined ? '📄 Source' : `📄 Source ${n}`),
  citationHeader: '<b>Citation</b>',
  citationExpired: 'This citation has expired. Ask again to see the source.',
  citationArticle: 'Article',
  citationLink: 'Open the article',
  rateLimited: 'You are asking a bit fast. Please wait a moment and try again.',
  error: 'Sorry, something went wrong. Please try again later.',
  unknownCommand: 'I do not know that command. See /help.',
  sourcesHeader: (n) => `<b>Articles in the archive (${n}), newest first</b>`,
  sourcesFound: (q, n) => `<b>Articles with “${esc(q)}” in the title (${n})</b>`,
  sourcesNone: (q) => `No article has “${esc(q)}” in its title. Send /nguon to see them all.`,
  sourcesEmpty: 'No articles are indexed yet.',
  sourceSentences: (s, f) => `${s} sentences, ${f} facts`,
  clustersHeader: (n) => `<b>Emulation clusters (${n})</b>`,
  clustersFound: (q, n) => `<b>Emulation clusters matching “${esc(q)}” (${n})</b>`,
  clustersNone: (q) => `No emulation cluster matches “${esc(q)}”. Send /cum to see them all.`,
  clustersEmpty: 'No emulation clusters known yet.',
  members: 'Members',
  leader: 'Leader',
  deputy: 'Deputy',
  noYear: 'year unknown',
  statsHeader: (n) => `<b>Archive: ${n} articles</b>`,
  statsNewest: 'Newest article',
  statsByPublisher: 'By publisher',
  statsOtherPublishers: (n) => `${n} other publishers`,
  statsNoPublisher: 'Publisher unknown',
  statsByYear: 'By year',
  statsClusters: 'Emulation clusters known',
  statsQuestions: 'Questions in the last 7 days',
  statsWeek: (asked, answered, share) =>
    share === undefined ? 'none yet' : `${asked}, ${answered} answered exactly (${share}%)`,
  inlineHint: 'Type a question about the Front’s work…',
  inlineNotFound: 'Not found in the indexed articles',
  inlinePassage: 'Closest passage',
  adminOnly: 'Sorry, only administrators can add or remove articles.',
  ingestUsage:
    'To add an article: <code>/them</code> with text or an http(s) link; or reply to a message or a .txt, ' +
    '.html, .md file with <code>/them</code>; or send the file with the caption <code>/them</code>.',
  ingestWorking: 'Processing the article…',
  ingestDone: (r) =>
    `<b>Indexed:</b> ${esc(r.title)}\nId: <code>${esc(r.id)}</code>\nStatus: ${esc(r.status)}\nSentences: ${r.sentences}`,
  ingestStatus: { added: 'added', updated: 'updated', unchanged: 'unchanged' },
  ingestFacts: 'Facts found:',
  ingestNoFacts: 'No facts found.',
  factType: (t) => t,
  ingestFailed: (reason) => `Could not add the article: ${reason}`,
  ingestRefused: (r) => `<b>Article not added:</b> ${esc(refusalMessage(r, 'en'))}.\nNothing was stored.`,
  unsupportedDocument: 'Only .txt, .html or .md files are accepted.',
  documentTooLarge: (kb) => `The file is too large (at most ${kb} KB).`,
  emptyText: 'There is nothing to add.',
  fetchErrors: {
    bad_url: 'the link is not valid.',
    bad_scheme: 'only http and https links are accepted.',
    blocked_address: 'that address is private or reserved and may not be fetched.',
    dns: 'the host name could not be resolved.',
    timeout: 'the page took too long and was abandoned.',
    too_large: 'the page is too large.',
    too_many_redirects: 'too many redirects.',
    http_status: 'the server returned an error.',
    unsupported_type: 'the content is not text or HTML.',
    network: 'connection error.',
  },
  removeUsage: 'Usage: <code>/xoa article-id</code> (ids are listed by /nguon).',
  removed: (id) => `Removed article <code>${esc(id)}</code> and its facts.`,
  notRemoved: (id) => `There is no article with id <code>${esc(id)}</code>.`,
  commands: {
    start: 'Introduction and example questions',
    help: 'How to use the bot',
    hoi: 'Ask a question about the Front’s work',
    nguon: 'The articles, newest first; /nguon words to search',
    cum: 'Emulation clusters: members, leader, deputy; /cum name for one',
    thongke: 'The archive and questions in numbers',
    them: 'Add an article (admins)',
    xoa: 'Remove an article (admins)',
  },
  description:
    'Q&A assistant for the work of the Vietnam Fatherland Front: short exact answers with the source article. ' +
    'Works in private chats, in emulation-cluster groups and in inline mode.',
  shortDescription: 'Q&A on the Fatherland Front’s work, with cited sources.',
};

const STRINGS: Record<Lang, Strings> = { vi, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** The UI language for a Telegram user: English for `en*` clients, Vietnamese otherwise. */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** UI language for an answer: English when the answer or the user is English. */
export function answerLang(answer: { lang: Lang }, userLang: Lang): Lang {
  return answer.lang === 'en' || userLang === 'en' ? 'en' : 'vi';
}
