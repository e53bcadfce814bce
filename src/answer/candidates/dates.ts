/**
 * Dates, years and ordinals of a retrieved sentence: "Chiều ngày 16/4", "ngày 27/10 và ngày
 * 01,2/11/2022", "từ ngày 10/9 đến ngày 10/10", "tháng 4"; "năm 2017"; "lần thứ 9".
 */
import { NUMBER_WORDS, romanToNumber } from '../../lexicon/numbers.ts';
import type { DateMention } from '../../text/dates.ts';
import type { SentenceView } from '../evidence.ts';
import { datesIn } from '../sentence-cache.ts';
import type { Candidate } from './candidate.ts';

/** "ngày 11/12" → "ngày 11/12 (11/12/2023)": the full date when the year was inferred. */
export function displayDate(surface: string, iso: string): string {
  const m = iso.match(/^(\d{4})-(\d\d)-(\d\d)$/);
  if (!m) return surface;
  const full = `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  return surface.includes(m[1] as string) ? surface : `${surface} (${full})`;
}

/** True for a date inside a span of dates in brackets: "(18/11/1930 - 18/11/2024)". */
function inDateSpan(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at);
  if (open < 0 || close < 0 || text.lastIndexOf(')', at) > open) return false;
  return /^\(\s*[\d/.-]+\s*[-–]\s*[\d/.-]+\s*\)$/.test(text.slice(open, close + 1));
}

/**
 * The dates of a sentence. Dates listed together ("ngày 27/10 và ngày 01,2/11/2022") and spans
 * ("từ ngày 10/9 đến ngày 10/10") make one answer; an anniversary's span in brackets is not an
 * event's date.
 */
export function dates(v: SentenceView, refYear: number | undefined): Candidate[] {
  const text = v.sentence.text;
  const all = datesIn(v.sentence, refYear).filter((d) => !inDateSpan(text, d.start));
  const out: Candidate[] = [];
  for (let i = 0; i < all.length; i++) {
    const d = all[i] as DateMention;
    let j = i;
    // a list or a span: "A và B", "A, B", "từ A đến B", "A - B"
    while (
      j + 1 < all.length &&
      /^\s*(?:và|,|đến|tới|-|–)\s*(?:ngày\s+)?$/iu.test(
        text.slice((all[j] as DateMention).end, (all[j + 1] as DateMention).start),
      )
    )
      j++;
    const last = all[j] as DateMention;
    const from = /(?<![\p{L}])từ\s+$/iu.test(text.slice(Math.max(0, d.start - 6), d.start))
      ? text.lastIndexOf('từ', d.start)
      : d.start;
    const surface = text.slice(from, last.end);
    const single = j === i;
    out.push({
      type: 'date',
      text: single ? displayDate(d.surface, d.iso) : surface,
      key: single ? d.iso : `${d.iso}..${last.iso}`,
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [from, last.end],
      origin: single ? 'span:date' : 'span:dates',
      prior: 0.8,
      date: d,
    });
    // each date of a list is also an answer on its own
    if (!single) {
      for (let x = i; x <= j; x++) {
        const e = all[x] as DateMention;
        out.push({
          type: 'date',
          text: displayDate(e.surface, e.iso),
          key: e.iso,
          articleId: v.articleId,
          sentenceIndex: v.index,
          span: [e.start, e.end],
          origin: 'span:date',
          prior: 0.7,
          date: e,
        });
      }
      i = j;
    }
  }
  return out;
}

/** "năm 2017", "cho năm 2017": a year as an answer. */
export function years(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of v.sentence.text.matchAll(/(?<![\d/.-])((?:19|20)\d\d)(?![\d/])/g)) {
    const start = m.index ?? 0;
    out.push({
      type: 'year',
      text: `năm ${m[1]}`,
      key: m[1] as string,
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, start + (m[1] as string).length],
      origin: 'span:year',
      prior: /năm\s+$/iu.test(v.sentence.text.slice(Math.max(0, start - 5), start)) ? 0.8 : 0.6,
    });
  }
  return out;
}

/** "lần thứ 9", "lần thứ nhất", "khóa VI", "nhiệm kỳ 2019 - 2024": which one of a series. */
export function ordinals(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of v.folded.matchAll(/(?<![a-z])nhiem ky\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({
      type: 'ordinal',
      text: v.sentence.text.slice(start, end),
      key: `nhiem ky ${m[1]}`,
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, end],
      origin: 'span:term',
      prior: 0.8,
    });
  }
  for (const m of v.folded.matchAll(
    /(?<![a-z])(lan thu|thu|khoa|dot|ky hop thu)\s+(\d+|[a-z]+)(?![a-z0-9])/g,
  )) {
    const raw = m[2] as string;
    const n = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? romanToNumber(raw));
    if (n === undefined) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({
      type: 'ordinal',
      text: v.sentence.text.slice(start, end),
      key: `${(m[1] as string).replace(/^thu$/, 'lan thu')} ${n}`,
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, end],
      origin: 'span:ordinal',
      prior: 0.8,
    });
  }
  return out;
}
