/**
 * An article's metadata from its cleaned text, its sidecar and its page: title, publisher (and the
 * province a local outlet belongs to), publication date, reference year, and where the event took
 * place. What the sidecar says wins, then the page's own metadata, then what the text shows.
 */
import { findProvinces } from '../lexicon/provinces.ts';
import { findDates, findYears } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { shorten } from '../text/shorten.ts';
import type { ArticleMeta } from './article.ts';
import type { CleanedText } from './clean-text.ts';
import { PUBLISHER_MARKS, type PublisherMark } from './publisher-marks.ts';
import { realIsoDate } from './real-date.ts';
import { splitSentences } from './split-sentences.ts';

/** Metadata a converted page gives (see html-to-text.ts). */
export interface PageMeta {
  title?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface InferredMetadata {
  /** The title shown: as given (sidecar, page, title line), else the headline shortened to MAX_MADE_TITLE. */
  title: string;
  /** The article's headline in full: the title as given, else the lead's first sentence (sentence 0). */
  headline: string;
  publisher?: string;
  /** The province the publishing outlet belongs to (Báo Gia Lai → "Gia Lai"). */
  publisherProvince?: string;
  /** "2023-12-11". */
  date?: string;
  year?: number;
  place?: string;
  url?: string;
}

export interface InferInput {
  cleaned: CleanedText;
  meta?: ArticleMeta;
  page?: PageMeta;
}

// ---------------------------------------------------------------------------------------------
// Publisher
// ---------------------------------------------------------------------------------------------

const markKey = (s: string) => fold(s).replace(/\s+/g, ' ').trim();
const BY_MARK = new Map<string, PublisherMark>();
const BY_HOST = new Map<string, PublisherMark>();
for (const row of PUBLISHER_MARKS) {
  for (const m of row.marks) BY_MARK.set(markKey(m), row);
  for (const h of row.hosts ?? []) BY_HOST.set(h.toLowerCase(), row);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(?:www|m|amp)\./, '');
  } catch {
    return undefined;
  }
}

/** The outlet a dateline mark names: "TTXVN", "(PLVN)", "ĐBP", "kontumtv.vn". */
export function publisherOfMark(mark: string): PublisherMark | undefined {
  const k = markKey(mark.replace(/^\(|\)$/g, ''));
  return BY_MARK.get(k) ?? BY_HOST.get(k.replace(/^(?:www|m)\./, ''));
}

/** The outlet whose site a URL is on. */
export function publisherOfUrl(url: string): PublisherMark | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const row = BY_HOST.get(h);
    if (row) return row;
  }
  return undefined;
}

/** A "Theo TTXVN" / "Nguồn: Báo Gia Lai" line among the dropped bylines. */
function publisherOfSourceLine(cleaned: CleanedText): PublisherMark | string | undefined {
  for (const d of cleaned.dropped) {
    if (d.reason !== 'byline' && d.reason !== 'trailer') continue;
    const m = d.text.match(/^(?:theo|nguồn)\s*:?\s+(.+?)\.?$/iu);
    if (!m) continue;
    const name = (m[1] ?? '').trim();
    const row = publisherOfMark(name);
    if (row) return row;
    if (/^(?:báo|tạp chí|đài|cổng|thông tấn)\s/iu.test(name)) return name;
  }
  return undefined;
}

function provinceIn(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return findProvinces(name)[0]?.province.name;
}

// ---------------------------------------------------------------------------------------------
// Year and date
// ---------------------------------------------------------------------------------------------

const RANGE = /(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/g;

/** Years of a text without the spans of year ranges ("nhiệm kỳ 2024-2029", "giai đoạn 2021 - 2030"). */
function singleYears(text: string): number[] {
  return findYears(text.replace(RANGE, ' '));
}

/** The year a title speaks of: its one year, or for a range the end (a review) or the start (a term). */
function titleYear(title: string): number | undefined {
  const singles = [...new Set(singleYears(title))];
  if (singles.length === 1) return singles[0];
  if (singles.length > 1) return undefined;
  const range = [...title.matchAll(RANGE)][0];
  if (!range) return undefined;
  const review = /tổng kết|sơ kết|nhìn lại|kết quả/iu.test(title);
  return Number(review ? range[2] : range[1]);
}

/**
 * The reference year for dates written without one: the title's year, else the most frequent
 * year (title ×3, lead ×2, body ×1). An event month tips a tie: late in the year the earlier
 * year (a review of year X is held in December of X), early in the year the later one.
 */
export function inferYear(
  title: string | undefined,
  paragraphs: string[],
  eventMonth?: number,
): number | undefined {
  if (title) {
    const y = titleYear(title);
    if (y) return y;
  }
  const score = new Map<number, number>();
  const add = (text: string | undefined, w: number) => {
    if (!text) return;
    for (const y of singleYears(text)) score.set(y, (score.get(y) ?? 0) + w);
  };
  add(title, 3);
  for (const [i, p] of paragraphs.entries()) add(p, i === 0 ? 2 : 1);
  if (score.size === 0) return undefined;
  const best = Math.max(...score.values());
  const top = [...score.entries()].filter(([, s]) => s === best).map(([y]) => y);
  if (top.length === 1 || eventMonth === undefined) return top.length === 1 ? top[0] : Math.max(...top);
  return eventMonth >= 7 ? Math.min(...top) : Math.max(...top);
}

/** A date that belongs to a document reference ("Hướng dẫn số 62/HD-MT ngày 23/2/2013"), not the event. */
function isDocumentDate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (/\d+[\p{L}\d]*[/-][\p{Lu}Đ][\p{L}\d/-]*\s*,?\s*(?:ngày\s*)?$/u.test(before)) return true;
  return /(?:chỉ thị|nghị quyết|nghị định|quyết định|hướng dẫn|kế hoạch|công văn|thông tư|thông báo|luật|văn bản)\b[^,.;]{0,30}$/iu.test(
    before,
  );
}

/** The first event date (day and month) in the lead paragraphs, with the year from `refYear` when missing. */
export function inferEventDate(
  paragraphs: string[],
  refYear?: number,
): { iso?: string; month?: number; written?: number; paragraph: number } | undefined {
  for (const [i, p] of paragraphs.slice(0, 3).entries()) {
    for (const d of findDates(p, refYear)) {
      if (!d.day || !d.month || isDocumentDate(p, d.start)) continue;
      // an anniversary span "(18/11/1930 - 18/11/2020)", "(18-11-1930*18-11-2019)" is no event date
      if (/^\s*[-–—*~]\s*\d{1,2}[/-]/.test(p.slice(d.end, d.end + 6))) continue;
      return {
        iso: d.year ? d.iso : undefined,
        month: d.month,
        written: d.yearInferred ? undefined : d.year,
        paragraph: i,
      };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Place
// ---------------------------------------------------------------------------------------------

/** Lowercase words that may open a place: administrative units and venues. */
const PLACE_OPENERS =
  /^(?:tỉnh|thành phố|tp\.?|huyện|quận|xã|phường|thị xã|thị trấn|thôn|bản|ấp|làng|khu|khu phố|tổ dân phố|hội trường|trụ sở|phòng họp|nhà văn hóa|nhà văn hoá|trung tâm|điểm cầu|khách sạn|cung|sân|nhà)\s/iu;
/** Capitalised openers that name an event, not a place: "tại Hội nghị". */
const NOT_PLACE =
  /^(?:hội nghị|hội thảo|đại hội|lễ|buổi|kỳ họp|kì họp|phiên|chương trình|cuộc|diễn đàn|đây|đó|đấy)(?:\s|$)/iu;
/** Words a place phrase stops before. */
const PLACE_STOP =
  /\s+(?:là|đã|để|nhằm|với|do|cho|vào|trong|theo|từ|đến|nhân|về|sẽ|được|có|tổ chức|diễn ra|khai mạc|và|nhưng|thì|mà|gồm|trước|sau)(?=\s|$)/iu;
const ADMIN_SEGMENT = /^(?:tỉnh|thành phố|tp\.?|huyện|quận|xã|phường|thị xã|thị trấn)\s+\p{Lu}/iu;

/** The place after one "tại" at `at` (the index just after "tại "), or undefined. */
function placeAt(text: string, at: number): string | undefined {
  const rest = text.slice(at);
  let phrase = rest.split(/[,;:()“”"!?]|(?<!\bTP|\bTp)\.(?=\s|$)|\s[-–—]\s/u)[0] ?? '';
  const stop = phrase.match(PLACE_STOP);
  if (stop?.index !== undefined) phrase = phrase.slice(0, stop.index);
  phrase = phrase.trim();
  if (!phrase || phrase.split(/\s+/).length > 14) return undefined;
  if (NOT_PLACE.test(phrase)) return undefined;
  if (!/^\p{Lu}/u.test(phrase) && !PLACE_OPENERS.test(`${phrase} `)) return undefined;
  // "thôn Nà Hai, xã Quảng Khê, huyện Ba Bể": follow the administrative chain
  let end = at + rest.indexOf(phrase) + phrase.length;
  for (;;) {
    const m = text.slice(end).match(/^,\s*([^,.;:()]+)/u);
    const seg = m?.[1]?.trim();
    if (!m || !seg || !ADMIN_SEGMENT.test(seg) || seg.split(/\s+/).length > 6) break;
    const stopped = seg.match(PLACE_STOP);
    if (stopped) break;
    phrase = `${phrase}, ${seg}`;
    end += m[0].length;
  }
  return phrase;
}

/**
 * Where the event took place, from the lead or the paragraph that dates the event ("tại tỉnh Điện
 * Biên", "tại TP Hạ Long") or from a sentence saying where it was held ("Hội nghị được tổ chức tại
 * Phú Thọ"), as written, without "tại".
 */
export function inferPlace(paragraphs: string[], eventParagraph = 0): string | undefined {
  const TAI = /(?<![\p{L}])(?<!hiện\s)(?<!tồn\s)tại\s+/giu;
  const leads = [...new Set([0, eventParagraph])].map((i) => paragraphs[i] ?? '');
  for (const p of leads) {
    for (const m of p.matchAll(TAI)) {
      const place = placeAt(p, (m.index ?? 0) + m[0].length);
      if (place) return place;
    }
  }
  const HELD = /(?:tổ chức|diễn ra|khai mạc|được tổ chức)\s+tại\s+/giu;
  for (const p of paragraphs) {
    for (const m of p.matchAll(HELD)) {
      const place = placeAt(p, (m.index ?? 0) + m[0].length);
      if (place) return place;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Title
// ---------------------------------------------------------------------------------------------

/** Longest title made from the text (a page or sidecar title is kept as written). */
export const MAX_MADE_TITLE = 120;

/**
 * The headline of an article with no title line: the lead's first sentence, cut at a clause if
 * long. The title shown is this, shortened at a word boundary to MAX_MADE_TITLE characters.
 */
export function headlineFromLead(lead: string): string {
  let s = splitSentences(lead)[0] ?? lead;
  if (s.length > 160) {
    const cut = s.indexOf(';');
    if (cut > 60 && cut <= 260) s = s.slice(0, cut);
    else if (s.length > 260) s = `${s.slice(0, s.lastIndexOf(' ', 200))}…`;
  }
  return s.trim();
}

// ---------------------------------------------------------------------------------------------

/** Infers the metadata; see the module comment. */
export function inferMetadata({ cleaned, meta, page }: InferInput): InferredMetadata {
  const lead = cleaned.paragraphs[0] ?? cleaned.captions[0] ?? '';
  const given = (meta?.title?.trim() || page?.title?.trim() || cleaned.title || '').trim();
  // no title line: the first sentence is the headline, and a shortened copy of it the title
  const headline = given || headlineFromLead(lead);
  const title = given || shorten(headline, MAX_MADE_TITLE);
  const url = meta?.url ?? page?.url;

  // publisher
  const markRow = cleaned.dateline ? publisherOfMark(cleaned.dateline) : undefined;
  const urlRow = url ? publisherOfUrl(url) : undefined;
  const source = publisherOfSourceLine(cleaned);
  const sourceRow = typeof source === 'object' ? source : undefined;
  const publisher =
    meta?.publisher ??
    page?.publisher ??
    markRow?.publisher ??
    urlRow?.publisher ??
    (typeof source === 'string' ? source : source?.publisher);
  const publisherProvince =
    (meta?.publisher || page?.publisher ? provinceIn(meta?.publisher ?? page?.publisher) : undefined) ??
    markRow?.province ??
    urlRow?.province ??
    sourceRow?.province;

  // date and year
  const known = realIsoDate(meta?.date) ?? realIsoDate(page?.date) ?? realIsoDate(cleaned.timestamps[0]?.iso);
  let date = known;
  let year = known ? Number(known.slice(0, 4)) : undefined;
  const firstPass = inferEventDate(cleaned.paragraphs);
  if (!known) {
    const ref = firstPass?.written ?? inferYear(headline, cleaned.paragraphs, firstPass?.month);
    const event = inferEventDate(cleaned.paragraphs, ref);
    date = realIsoDate(event?.iso);
    year = date ? Number(date.slice(0, 4)) : ref;
  }

  return {
    title,
    headline,
    publisher: publisher || undefined,
    publisherProvince,
    date,
    year,
    place: inferPlace(cleaned.paragraphs, firstPass?.paragraph),
    url,
  };
}
