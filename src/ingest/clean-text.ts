/**
 * Page text → the article's own text: a headline, paragraphs and photo captions in page order,
 * with everything that is not the article dropped (and listed, with the reason, for inspection).
 *
 * Text copied from a news page carries: UI strings ("Sign In", "0:00 / 0:00", "A A", share
 * buttons, comment forms), timestamp lines ("12:41 01/12/2023"), the headline repeated before
 * each photo, photo captions (short lines without a final period, lines with "Ảnh:", a caption
 * written twice, alt texts in capitals without diacritics), bylines ("Phương Thanh", "Bài: …",
 * "V.M."), runs of OTHER articles' headlines, and trailing blocks ("Tag:", "Đọc thêm",
 * "Tin cùng chuyên mục"…). A noise marker glued to text ("Đọc thêmĐBP - …") starts another
 * article: everything from it on is dropped.
 *
 * A lead that opens with a dateline mark ("(Mặt trận) -", "(TTXVN)", "ĐBP -") has the mark
 * removed and returned as `dateline`, for the publisher to be inferred from it.
 */
import { fold, hasDiacritics } from '../text/fold.ts';
import { normalizeText, squeeze } from '../text/normalize.ts';

/**
 * Prefix of a line that a converter (HTML, Markdown) knows is a photo caption. The cleaner keeps
 * such a line apart as a caption whatever it looks like.
 */
export const CAPTION_MARK = '[[caption]] ';

export type DropReason =
  | 'ui'
  | 'timestamp'
  | 'repeated-title'
  | 'duplicate'
  | 'byline'
  | 'credit'
  | 'headline-list'
  | 'related'
  | 'trailer';

export interface DroppedLine {
  text: string;
  reason: DropReason;
}

export interface CleanBlock {
  kind: 'paragraph' | 'caption';
  text: string;
}

export interface Timestamp {
  /** The line as written. */
  text: string;
  /** "2023-12-01". */
  iso: string;
}

export interface CleanedText {
  /** The headline found at the top of the text, as written there. */
  title?: string;
  /** The dateline mark the lead opened with, without brackets or dash: "Mặt trận", "TTXVN", "ĐBP". */
  dateline?: string;
  /** Timestamp lines found (and dropped), in order. */
  timestamps: Timestamp[];
  /** Paragraphs and captions in page order. The first paragraph is the lead. */
  blocks: CleanBlock[];
  /** The paragraphs alone. */
  paragraphs: string[];
  /** The captions alone. */
  captions: string[];
  dropped: DroppedLine[];
}

export interface CleanOptions {
  /** The title known from elsewhere (sidecar, og:title): helps find the headline and its repeats. */
  title?: string;
}

// ---------------------------------------------------------------------------------------------
// Line patterns
// ---------------------------------------------------------------------------------------------

/** Lines of page UI, dropped wherever they are. */
const UI_LINES: readonly RegExp[] = [
  /^(?:sign in|sign up|log ?in|log ?out|đăng nhập|đăng ký|đăng xuất|menu|tìm kiếm|search|danh mục|trang chủ|home)$/iu,
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u,
  /^(?:A[-+]?\s*){2,3}$/u,
  /^cỡ chữ\b/iu,
  /^(?:tiếng việt|english|vie|eng|vi|en)(?:\s*[|/-]\s*(?:tiếng việt|english|vie|eng|vi|en))+$/iu,
  /^(?:trang chủ|home)\s*[>»›/|].*$/iu,
  /^lượt xem\s*:?\s*[\d.,]+$/iu,
  /^[\d.,]+\s*lượt (?:xem|đọc|thích)$/iu,
  /^bình luận\s*\(\s*\d+\s*\)$/iu,
  /^\(\s*\d+\s*\)$/u,
  /^email của bạn sẽ không được hiển thị công khai/iu,
  /^các trường bắt buộc được đánh dấu/iu,
  /^theo dõi .{1,60} trên google news$/iu,
  /^(?:quay lại|trở về|về đầu trang|lên đầu trang|xem tiếp|xem thêm|tải về|download)$/iu,
];

/** Words of share/print bars; a line made only of them is UI. */
const SHARE_WORDS =
  /^(?:chia sẻ|share|facebook|twitter|zalo|linkedin|email|e-mail|gửi email|in|in bài|in bài viết|bản in|print|lưu|lưu bài|lưu tin|copy link|sao chép liên kết|sao chép link|like|tweet|thích|nghe|nghe bài|nghe đọc|nghe đọc bài|dừng|bình luận|góp ý|phản hồi|gửi|gửi bài|gửi tin|theo dõi|[|•·]+)$/iu;

/**
 * Markers after which the rest of the page is not the article: tags, attachments, "more news"
 * lists, comment forms. `glued` = the marker may be glued to the next article's text.
 */
const TRAILING_MARKERS: readonly RegExp[] = [
  /^-?\s*(?:từ khóa|từ khoá|tags?|chủ đề)\s*:/iu,
  /^file đính kèm/iu,
  /^tin cùng chuyên mục(?=$|\s*:|\p{Lu})/iu,
  /^tin mới(?: nhất| hơn| cập nhật)?\s*:?$/iu,
  /^tin (?:khác|đã đưa|cũ hơn|nổi bật|đọc nhiều)\s*:?$/iu,
  /^các (?:tin|tin tức|tin bài|bài viết|bài) (?:khác|cùng chuyên mục|đã đưa)(?=$|\s*:|\p{Lu}|\s+danh mục)/iu,
  /^(?:trả lời|để lại bình luận|viết bình luận|gửi bình luận|ý kiến bạn đọc|gửi ý kiến|bình luận của bạn)\s*:?$/iu,
];

/** Markers of a block of links to related articles. Glued to text, they start another article. */
const RELATED_MARKER =
  /^(?:đọc thêm|xem thêm|tin liên quan|tin bài liên quan|bài viết liên quan|bài liên quan|có thể bạn quan tâm)\s*:?/iu;

const DOW = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)`;
const TS_PREFIX = String.raw`(?:(?:${DOW}|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|đăng\s+(?:lúc|ngày)|xuất\s+bản|ngày|published|updated)\s*:?\s*,?\s*)*`;
const TS_DATE = String.raw`(\d{1,2})[/-](\d{1,2})[/-](\d{4})`;
const TS_TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?`;
const TS_TAIL = String.raw`(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?)?(?:\s*\|\s*[^|]{1,60})?`;
/** "02/11/2022 - 02:55 PM", "Thứ Sáu, 01/12/2023 12:41 (GMT+7)", "10/12/2021 - 17:18". */
const TIMESTAMP_DATE_FIRST = new RegExp(
  `^${TS_PREFIX}${TS_DATE}(?:\\s*[-|,]?\\s*(?:lúc\\s*)?${TS_TIME})?${TS_TAIL}$`,
  'iu',
);
/** "12:41 01/12/2023", "07:00:54 09/10/2019 | Các cuộc vận động", "12:41, ngày 01/12/2023". */
const TIMESTAMP_TIME_FIRST = new RegExp(
  `^${TS_PREFIX}${TS_TIME}\\s*[-|,]?\\s*(?:${DOW}\\s*,?\\s*)?(?:ngày\\s*)?${TS_DATE}${TS_TAIL}$`,
  'iu',
);

/** "(Mặt trận) - ", "(TTXVN) ", "(GLO)- ", "(kontumtv.vn) – ". */
const DATELINE_BRACKETED = /^\(\s*([^()\d][^()]{0,38}?)\s*\)\s*(?:[-–—:]\s*)?(?=[\p{Lu}\d"“])/u;
/** "ĐBP - ", "HNM - ", "VOV.VN - ", "Baonghean.vn - ". */
const DATELINE_BARE =
  /^((?:\p{Lu}[\p{Lu}.+]{1,11})|(?:[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org)))\s*[-–—]\s+(?=[\p{Lu}\d"“])/u;

/** A line that ends a sentence (or introduces a list). */
const TERMINAL = /(?:[.!?…:;]|\.\/\.)["”’)\]]*$/u;
const LIST_ITEM = /^(?:[-+•*–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)/u;

/** A photo credit inside a caption: "Ảnh: N.H", "(Ảnh: PV/Vietnam+)", "- Ảnh: TTXVN". */
const CREDIT = /\s*(?:[-–—]\s*)?\(?\s*(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*:[^()]*\)?\s*$/iu;
const CREDIT_ONLY =
  /^\(?\s*(?:(?:ảnh|nguồn ảnh|photo|nguồn)\s*:.*|ảnh minh họa|ảnh minh hoạ|ảnh: internet)\s*\)?$/iu;
/** "… - Ảnh 1" / "… - Anh 1": the alt text of an image, numbered. */
const IMAGE_NUMBER = /\s+[-–—]\s+(?:ảnh|anh|hình|hinh|photo)\s+\d{1,2}$/iu;
/** Openings that make a short line a caption. */
const CAPTION_OPENERS = /^(?:quang cảnh|toàn cảnh|các đại biểu|đại biểu|ảnh|hình ảnh|một góc|tiết mục)\b/iu;
/** Bylines: "Bài: …", "Bài và ảnh: …", "Tin, ảnh: …", "CTV …", "PV …", "Theo TTXVN". */
const BYLINE_LEAD =
  /^(?:bài(?:\s*(?:và|,|\+)\s*ảnh)?|tin(?:\s*(?:và|,|\+)\s*ảnh)?|ảnh|nhóm pv|nhóm phóng viên|pv|ctv|tác giả|nguồn|video|clip|thực hiện)\s*[:.]\s*\S/iu;
const BYLINE_PERSON = /^(?:ctv|pv|phóng viên|nhóm pv|btv|nhà báo)\s+\p{Lu}/u;
const BYLINE_SOURCE = /^(?:theo|nguồn)\s*:?\s+\p{Lu}[^.]{0,60}$/u;
const INITIALS = /^(?:\p{Lu}{1,2}\.\s?){1,4}\p{Lu}{0,2}\.?$/u;

/** Event nouns: "tại Hội nghị" is no headline nor place. Used by the topic test too. */
const STOP_BIGRAMS = new Set([
  'hoi nghi',
  'viet nam',
  'mat tran',
  'to quoc',
  'uy ban',
  'chu tich',
  'pho chu',
]);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface Unit {
  text: string;
  /** Set when the page laid the line out with non-breaking spaces around it (a photo block). */
  nbsp: boolean;
  /** Marked as a caption by a converter. */
  marked: boolean;
  /** Follows a repeated headline or an image alt text: the photo's caption. */
  afterImage?: boolean;
  /** Followed by an identical line: a caption written twice. */
  doubled?: boolean;
}

type Role = 'paragraph' | 'caption' | 'weak-caption' | DropReason;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Folded, punctuation-free form for comparing lines. */
function key(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function similar(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const short = ka.length < kb.length ? ka : kb;
  const long = ka.length < kb.length ? kb : ka;
  // "Title - Site name", or a title cut short
  if (short.length >= 20 && long.startsWith(short) && short.length / long.length > 0.6) return true;
  const wa = new Set(ka.split(' '));
  const wb = new Set(kb.split(' '));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size) >= 0.85;
}

export function isSentenceLike(text: string): boolean {
  return TERMINAL.test(text);
}

/** The ISO date of a timestamp line, or undefined when the line is not one. */
export function parseTimestampLine(line: string): string | undefined {
  const m = line.match(TIMESTAMP_DATE_FIRST) ?? line.match(TIMESTAMP_TIME_FIRST);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1945 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a leading dateline mark off a line: "(TTXVN) Ngày 15/12, …" → ["TTXVN", "Ngày 15/12, …"]. */
export function splitDateline(line: string): [mark: string, rest: string] | undefined {
  const m = line.match(DATELINE_BRACKETED);
  if (m) {
    const mark = (m[1] ?? '').trim();
    // a real mark is short: an outlet's name or abbreviation, not a parenthetical remark
    if (words(mark).length <= 4 && !/[,;:]/.test(mark)) return [mark, line.slice(m[0].length)];
  }
  const b = line.match(DATELINE_BARE);
  if (b) return [(b[1] ?? '').trim(), line.slice(b[0].length)];
  return undefined;
}

function isUiLine(text: string): boolean {
  if (UI_LINES.some((re) => re.test(text))) return true;
  // a bar of share/print buttons: "Facebook | Zalo | In bài"
  const parts = text.split(/\s*[|•·]\s*|\s{2,}/).filter(Boolean);
  if (parts.length > 0 && parts.every((p) => SHARE_WORDS.test(p))) return true;
  // "Chia sẻ Facebook Zalo In bài": every word belongs to a share phrase
  const tokens = words(text);
  if (tokens.length > 10) return false;
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(4, tokens.length - i); n >= 1 && !matched; n--) {
      if (SHARE_WORDS.test(tokens.slice(i, i + n).join(' '))) matched = n;
    }
    if (!matched) return false;
    i += matched;
  }
  return tokens.length > 0;
}

/** A name alone on a line: "Phương Thanh", "LÂM NGUYÊN", "Vân Phan", "V.M.". */
function isNameLine(text: string): boolean {
  if (INITIALS.test(text)) return true;
  const ws = words(text.replace(/\s*[-–—,]\s*/g, ' '));
  if (ws.length < 1 || ws.length > 5 || /\d/.test(text) || TERMINAL.test(text)) return false;
  return ws.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w));
}

function isByline(text: string): boolean {
  if (words(text).length > 14) return false;
  if (BYLINE_LEAD.test(text) && !/^ảnh\s+\p{Ll}/u.test(text)) return true;
  if (BYLINE_PERSON.test(text) && words(text).length <= 8) return true;
  if (BYLINE_SOURCE.test(text) && words(text).length <= 8 && !TERMINAL.test(text)) return true;
  return isNameLine(text);
}

/** An image's alt text: capitals without diacritics ("HOI NGHI TONG KET …"), or "… - Ảnh 1". */
function isAltText(text: string): boolean {
  if (IMAGE_NUMBER.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 8 &&
    words(text).length >= 2 &&
    letters === letters.toUpperCase() &&
    !hasDiacritics(text)
  );
}

function stripCredit(text: string): string {
  let out = text;
  for (let i = 0; i < 2; i++) out = out.replace(CREDIT, '').trim();
  return out;
}

/** Syllable bigrams of a text, folded, for the topic test. */
function bigrams(text: string): string[] {
  const ws = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The cleaner
// ---------------------------------------------------------------------------------------------

/** A line at least this long, not ending a sentence, is text wrapped at a fixed width. */
const WRAPPED_LINE = 60;

/** Reads raw lines into units: NFC, spaces squeezed, caption marks and non-breaking-space layout noted. */
function readUnits(raw: string): Unit[] {
  const units: Unit[] = [];
  let blank = false;
  for (const line of raw.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')) {
    const nbsp = /^[\s\u00A0]*\u00A0/.test(line) || /\u00A0[\s\u00A0]*$/.test(line);
    let text = squeeze(normalizeText(line));
    if (!text) {
      blank = true;
      continue;
    }
    let marked = false;
    if (text.startsWith(CAPTION_MARK.trim())) {
      marked = true;
      text = text.slice(CAPTION_MARK.trim().length).trim();
      if (!text) continue;
    }
    const prev = units[units.length - 1];
    // a line broken in the middle of a sentence: "… tỉnh Quảng Ngãi\nbàn giao nhà …"; and text
    // hard-wrapped at a fixed width, where a long line without a full stop goes on in the next one
    // whatever its first letter ("… cụm thi đua số II năm\n2023.", "… Ủy ban MTTQ Việt\nNam các huyện: …")
    // (a line as wide or narrower: a headline is followed by a paragraph much longer than itself)
    // (never the first line — a headline — nor a line closing a bracket or a quote)
    const wrapped =
      prev &&
      units.length > 1 &&
      !/[)”"’]$/u.test(prev.text) &&
      // (prose: many words, no menu bars)
      !/\|/.test(prev.text + text) &&
      prev.text.split(/\s+/).length >= 10 &&
      prev.text.length >= WRAPPED_LINE &&
      text.length <= 1.25 * prev.text.length &&
      /^[\p{L}\d]/u.test(text);
    if (
      prev &&
      !blank &&
      !marked &&
      !prev.marked &&
      !TERMINAL.test(prev.text) &&
      (/^\p{Ll}/u.test(text) || wrapped)
    ) {
      prev.text = `${prev.text} ${text}`;
      prev.nbsp ||= nbsp;
      continue;
    }
    units.push({ text, nbsp, marked });
    blank = false;
  }
  return units;
}

/** Cleans page text into headline, paragraphs and captions; see the module comment. */
export function cleanText(raw: string, options: CleanOptions = {}): CleanedText {
  const dropped: DroppedLine[] = [];
  const timestamps: Timestamp[] = [];
  const drop = (text: string, reason: DropReason) => dropped.push({ text, reason });

  // 1. UI lines, timestamps, trailing blocks
  const units: Unit[] = [];
  let relatedMode = false;
  let cut = false;
  let bodySeen = false;
  const all = readUnits(raw);
  for (let i = 0; i < all.length; i++) {
    const u = all[i] as Unit;
    if (cut) {
      drop(u.text, 'trailer');
      continue;
    }
    const related = u.text.match(RELATED_MARKER);
    if (related) {
      const rest = u.text.slice(related[0].length).trim();
      if (rest) {
        // "Đọc thêmĐBP - …": the next article starts here
        cut = true;
        drop(u.text, 'trailer');
        continue;
      }
      drop(u.text, 'related');
      if (bodySeen) relatedMode = true;
      continue;
    }
    if (TRAILING_MARKERS.some((re) => re.test(u.text))) {
      drop(u.text, bodySeen ? 'trailer' : 'ui');
      if (bodySeen) cut = true;
      continue;
    }
    if (relatedMode) {
      if (isSentenceLike(u.text) && words(u.text).length >= 30) relatedMode = false;
      else {
        drop(u.text, 'related');
        continue;
      }
    }
    if (isUiLine(u.text)) {
      drop(u.text, 'ui');
      continue;
    }
    const iso = parseTimestampLine(u.text);
    if (iso) {
      timestamps.push({ text: u.text, iso });
      drop(u.text, 'timestamp');
      continue;
    }
    units.push(u);
    if (isSentenceLike(u.text) && words(u.text).length >= 8) bodySeen = true;
  }

  // 2. The headline: the first line, when it is headline-like or matches the known title
  let title: string | undefined;
  let start = 0;
  if (options.title) {
    // the headline sits above the article: look among the lines before the first real paragraph,
    // skipping alt texts (a photo's alt text often repeats the headline)
    let at = -1;
    for (let i = 0; i < Math.min(units.length, 15); i++) {
      const u = units[i] as Unit;
      if (!u.marked && !isAltText(u.text) && similar(u.text, options.title)) {
        at = i;
        break;
      }
      if (isSentenceLike(u.text) && words(u.text).length >= 8) break;
    }
    if (at >= 0) {
      for (const u of units.slice(0, at)) drop(u.text, 'ui');
      title = (units[at] as Unit).text;
      start = at + 1;
    }
  }
  const first = units[0];
  if (title === undefined && first && !first.marked && isHeadlineLike(first.text)) {
    title = first.text;
    start = 1;
  }

  // 3. Datelines, duplicates, repeated headlines, alt texts
  let dateline: string | undefined;
  const content: Unit[] = [];
  const seen = new Map<string, Unit>();
  let afterImage = false;
  for (let i = start; i < units.length; i++) {
    const u = units[i] as Unit;
    if (content.length < 3 && !u.marked) {
      const d = splitDateline(u.text);
      if (d) {
        dateline ??= d[0];
        u.text = d[1];
      }
    }
    const isAlt = !u.marked && isAltText(u.text);
    const numbered = isAlt && IMAGE_NUMBER.test(u.text);
    if (numbered) u.text = u.text.replace(IMAGE_NUMBER, '').trim();
    const titles = [title, options.title].filter((t): t is string => !!t);
    if (titles.some((t) => similar(u.text, t)) && !isSentenceLike(u.text)) {
      drop(u.text, 'repeated-title');
      afterImage = true;
      continue;
    }
    const k = key(u.text);
    const earlier = seen.get(k);
    if (earlier) {
      const prev = content[content.length - 1];
      if (prev === earlier && content.length > 1) earlier.doubled = true;
      drop(u.text, 'duplicate');
      continue;
    }
    seen.set(k, u);
    if (afterImage && !u.marked) u.afterImage = true;
    // a numbered image ("… - Ảnh 1") has its visible caption on the next line
    afterImage = isAlt && numbered;
    if (isAlt) u.marked = true;
    content.push(u);
  }

  // 4. Roles
  const roles: Role[] = content.map((u) => roleOf(u));

  // 5. Runs of other articles' headlines (2+ weak captions in a row), navigation runs
  for (let i = 0; i < content.length; ) {
    if (roles[i] !== 'weak-caption') {
      i++;
      continue;
    }
    let j = i;
    while (j < content.length && roles[j] === 'weak-caption') j++;
    const run = content.slice(i, j);
    const long = run.filter((u) => words(u.text).length >= 5).length;
    if (j - i >= 2 && long >= 2) for (let k = i; k < j; k++) roles[k] = 'headline-list';
    else if (j - i >= 3) for (let k = i; k < j; k++) roles[k] = 'ui';
    i = j;
  }

  // 6. A lone headline between the lead and the body that shares nothing with the article
  const firstPara = roles.indexOf('paragraph');
  if (firstPara >= 0 && roles[firstPara + 1] === 'weak-caption') {
    const u = content[firstPara + 1] as Unit;
    const own = bigrams(u.text).filter((b) => !STOP_BIGRAMS.has(b));
    if (own.length >= 7) {
      const rest = new Set(
        content
          .filter((_, k) => k !== firstPara + 1 && roles[k] === 'paragraph')
          .flatMap((x) => bigrams(x.text)),
      );
      for (const t of [title, options.title]) if (t) for (const b of bigrams(t)) rest.add(b);
      const shared = own.filter((b) => rest.has(b)).length / own.length;
      if (shared < 0.25) roles[firstPara + 1] = 'headline-list';
    }
  }

  // 7. After the last paragraph, weak captions are page remnants (bylines, section names)
  const lastPara = roles.lastIndexOf('paragraph');
  for (let i = lastPara + 1; i < content.length; i++) {
    if (roles[i] === 'weak-caption' && lastPara >= 0) roles[i] = 'trailer';
  }

  // 8. Output
  const blocks: CleanBlock[] = [];
  content.forEach((u, i) => {
    const role = roles[i] as Role;
    if (role === 'paragraph') blocks.push({ kind: 'paragraph', text: u.text });
    else if (role === 'caption' || role === 'weak-caption') {
      const text = stripCredit(u.text);
      if (text) blocks.push({ kind: 'caption', text });
      if (text !== u.text) drop(u.text.slice(text.length).trim(), 'credit');
    } else drop(u.text, role);
  });
  return {
    title,
    dateline,
    timestamps,
    blocks,
    paragraphs: blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    captions: blocks.filter((b) => b.kind === 'caption').map((b) => b.text),
    dropped,
  };
}

/** A headline: no final period, a handful of words, not a dateline-led lead nor a byline. */
function isHeadlineLike(text: string): boolean {
  const n = words(text).length;
  if (n < 3 || n > 40) return false;
  if (/[.…;:]["”’)]*$/u.test(text)) return false;
  if (splitDateline(text)) return false;
  if (isByline(text) || LIST_ITEM.test(text)) return false;
  return /^[\p{Lu}\d"“]/u.test(text);
}

/** The role of a line by its own looks (runs and positions are judged afterwards). */
function roleOf(u: Unit): Role {
  const text = u.text;
  const n = words(text).length;
  if (u.marked) return 'caption';
  if (CREDIT_ONLY.test(text)) return 'credit';
  if (isByline(text)) return 'byline';
  if (LIST_ITEM.test(text)) return 'paragraph';
  const sentence = isSentenceLike(text);
  const credit = CREDIT.test(text) && n <= 45;
  const strong =
    credit ||
    (u.nbsp && n <= 40) ||
    (u.afterImage && n <= 30) ||
    (u.doubled && n <= 45) ||
    (CAPTION_OPENERS.test(text) && (n <= 15 || !sentence));
  if (strong) return 'caption';
  if (sentence || n >= 45) return 'paragraph';
  if (/^\p{Ll}/u.test(text)) return n <= 6 ? 'weak-caption' : 'paragraph';
  return 'weak-caption';
}
