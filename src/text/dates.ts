/**
 * Dates as Vietnamese news writes them: "Chiều ngày 11/12", "12:41 01/12/2023", "ngày 30-12", "Ngày 17.10",
 * "Sáng 12-2", "25/02/2013", "ngày 27/10 và ngày 01,2/11/2022", "tháng 8/2024", "tháng 4".
 * A missing year is inferred from the article's reference year.
 */
import { fold } from './fold.ts';

export interface DateMention {
  start: number;
  end: number;
  /** As written, e.g. "Chiều ngày 11/12". */
  surface: string;
  day?: number;
  /** Further days of a list, "ngày 01,2/11" → day 1, moreDays [2]. */
  moreDays?: number[];
  month?: number;
  year?: number;
  /** True when the year was not written and came from the reference year. */
  yearInferred?: boolean;
  partOfDay?: string;
  /** "2023-12-11", "2024-08" or "2024" depending on precision. */
  iso: string;
}

const PART_OF_DAY = '(?:sáng|chiều|tối|trưa|đêm|rạng sáng)';
const DAY_WORD = `(?:(?:${PART_OF_DAY}\\s+)?(?:ngày|hôm)\\s+|${PART_OF_DAY}\\s+(?:nay\\s*\\()?)`;

// day/month[/year] with slash, or day-month[-year] with hyphen (the hyphen form needs a day word or a year)
const SLASH = new RegExp(
  `(${DAY_WORD})?(?<![\\d/.,])(\\d{1,2}(?:\\s*,\\s*\\d{1,2})*)/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/]|\\.\\d)`,
  'giu',
);
const HYPHEN = new RegExp(
  `(${DAY_WORD})?(?<![\\d/.,-])(\\d{1,2})-(\\d{1,2})(?:-(\\d{4}))?(?![\\d/-])`,
  'giu',
);
// day.month[.year] with dots ("Ngày 17.10", "ngày 4.1.2025"): dots group thousands in figures, so
// only with a day word, or a year, and never with three digits after a dot
const DOTTED = new RegExp(
  `(${DAY_WORD})?(?<![\\d.,])(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?(?![\\d.]\\d|\\d)`,
  'giu',
);
const MONTH = /(?<![\p{L}])tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])/giu;

function iso(y?: number, m?: number, d?: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  if (y && m && d) return `${y}-${p(m)}-${p(d)}`;
  if (y && m) return `${y}-${p(m)}`;
  if (m && d) return `--${p(m)}-${p(d)}`;
  if (m) return `--${p(m)}`;
  return y ? String(y) : '';
}

function partOfDay(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const f = fold(word);
  for (const p of ['rang sang', 'sang', 'chieu', 'toi', 'trua', 'dem']) if (f.includes(p)) return p;
  return undefined;
}

/** Finds day/month dates and month expressions. `refYear` fills a missing year. */
export function findDates(text: string, refYear?: number): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const push = (d: DateMention) => {
    if (overlaps(d.start, d.end)) return;
    taken.push([d.start, d.end]);
    out.push(d);
  };
  for (const m of text.matchAll(SLASH)) {
    const days = (m[2] ?? '').split(',').map((x) => Number(x.trim()));
    const month = Number(m[3]);
    const written = m[4] ? Number(m[4]) : undefined;
    if (days.some((d) => d < 1 || d > 31) || month < 1 || month > 12) continue;
    // "số 1,2/3" or fractions are rare; a bare "d/m" with no day word and no year must look like a date
    if (!m[1] && !written && days.length > 1) continue;
    const year = written ?? refYear;
    const start = m.index ?? 0;
    let end = start + m[0].length;
    if (m[0].includes('(') && text[end] === ')') end++;
    push({
      start,
      end,
      surface: text.slice(start, end),
      day: days[0],
      moreDays: days.length > 1 ? days.slice(1) : undefined,
      month,
      year,
      yearInferred: !written && year !== undefined,
      partOfDay: partOfDay(m[1]),
      iso: iso(year, month, days[0]),
    });
  }
  // "ngày 5-12", "ngày 5.12": a day and a month joined by a hyphen or a dot, after a day word or with a year
  for (const m of [...text.matchAll(HYPHEN), ...text.matchAll(DOTTED)]) {
    if (!m[1] && !m[4]) continue;
    const day = Number(m[2]);
    const month = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const written = m[4] ? Number(m[4]) : undefined;
    const year = written ?? refYear;
    const start = m.index ?? 0;
    push({
      start,
      end: start + m[0].length,
      surface: m[0],
      day,
      month,
      year,
      yearInferred: !written && year !== undefined,
      partOfDay: partOfDay(m[1]),
      iso: iso(year, month, day),
    });
  }
  for (const m of text.matchAll(MONTH)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    const written = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) : undefined;
    const start = m.index ?? 0;
    push({ start, end: start + m[0].length, surface: m[0], month, year: written, iso: iso(written, month) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Years written in a text ("năm 2024", "2019-2024", "25/5/2023"), in order of appearance. */
export function findYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(19[4-9]\d|20[0-4]\d)(?!\d)/g)) years.push(Number(m[1]));
  return years;
}

/** Expands a written span of years, "2019-2024" or "2019 - 2024", into every year it covers. */
export function findYearRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a && b - a <= 10) out.push([a, b]);
  }
  return out;
}
