/**
 * Why a file or document was not stored, as data: a small union the CLI, the bot and the logs
 * share, each with a message in Vietnamese and in English (`refusalMessage`).
 */
import type { Lang } from '../answer/types.ts';

export type Refusal =
  /** The path given does not exist. */
  | { reason: 'not-found' }
  /** The file exists but could not be read (permissions, a device, a broken link). */
  | { reason: 'unreadable'; detail: string }
  /** A file named on the command line whose extension is not .txt, .md or .html. */
  | { reason: 'unsupported-format' }
  /** A folder with no .txt, .md or .html file in it. */
  | { reason: 'no-articles' }
  /** Another file of the same batch has the same name (the same article id). */
  | { reason: 'duplicate-id'; id: string; firstPath: string }
  | { reason: 'too-large'; bytes: number; limit: number }
  /** NUL bytes, invalid UTF-8 or control characters: not text. */
  | { reason: 'binary' }
  /** Nothing but white space. */
  | { reason: 'empty' }
  /** Fewer than two sentences of Vietnamese or English words. */
  | { reason: 'too-short'; sentences: number }
  /** A page whose readable part is only menus and links. */
  | { reason: 'navigation-only' }
  /** Thousands of words that are the same few repeated. */
  | { reason: 'repetitive' }
  /** Parsing took longer than its budget. */
  | { reason: 'timeout'; budgetMs: number }
  /** The parser ran out of memory or failed. */
  | { reason: 'parse-failed'; detail: string };

export type RefusalReason = Refusal['reason'];

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1);

const MESSAGES: { [L in Lang]: { [R in RefusalReason]: (r: Extract<Refusal, { reason: R }>) => string } } = {
  vi: {
    'not-found': () => 'không tìm thấy đường dẫn',
    unreadable: (r) => `không đọc được (${r.detail})`,
    'unsupported-format': () => 'không phải tệp .txt, .md hoặc .html',
    'no-articles': () => 'thư mục không có tệp .txt, .md hoặc .html nào',
    'duplicate-id': (r) =>
      `trùng mã bài "${r.id}" với ${r.firstPath} trong cùng lần thêm; hãy đổi tên một trong hai tệp`,
    'too-large': (r) => `tệp quá lớn (${mb(r.bytes)} MB, tối đa ${mb(r.limit)} MB)`,
    binary: () => 'đây không phải văn bản (tệp nhị phân hoặc sai mã hoá)',
    empty: () => 'nội dung trống',
    'too-short': () => 'nội dung quá ngắn: chưa đến 2 câu tiếng Việt hoặc tiếng Anh',
    'navigation-only': () => 'trang chỉ có menu và đường link, không có nội dung bài viết',
    repetitive: () => 'nội dung chỉ lặp đi lặp lại vài từ, không phải bài viết',
    timeout: (r) => `xử lý quá ${r.budgetMs / 1000} giây nên đã dừng (trang quá phức tạp)`,
    'parse-failed': () => 'không phân tích được nội dung (trang quá phức tạp)',
  },
  en: {
    'not-found': () => 'not found',
    unreadable: (r) => `cannot be read (${r.detail})`,
    'unsupported-format': () => 'not a .txt, .md or .html file',
    'no-articles': () => 'no .txt, .md or .html file in this folder',
    'duplicate-id': (r) =>
      `same article id "${r.id}" as ${r.firstPath} in this batch; rename one of the two files`,
    'too-large': (r) => `too large (${mb(r.bytes)} MB, at most ${mb(r.limit)} MB)`,
    binary: () => 'not text (binary content or a wrong encoding)',
    empty: () => 'empty',
    'too-short': () => 'too short: fewer than 2 sentences of Vietnamese or English',
    'navigation-only': () => 'only menus and links, no article text',
    repetitive: () => 'the same few words repeated over and over, not an article',
    timeout: (r) => `parsing took more than ${r.budgetMs / 1000} s and was stopped (the page is too complex)`,
    'parse-failed': (r) => `could not be parsed (${r.detail})`,
  },
};

/** The refusal as a phrase that stands alone ("tệp quá lớn (12.0 MB, tối đa 5.0 MB)"), plain text. */
export function refusalMessage(refusal: Refusal, lang: Lang): string {
  const say = MESSAGES[lang][refusal.reason] as (r: Refusal) => string;
  return say(refusal);
}
