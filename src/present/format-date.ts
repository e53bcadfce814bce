/**
 * Dates as officials read them: "2023-12-11" → "11/12/2023" in Vietnamese, "11 Dec 2023" in English.
 */
import type { Lang } from '../answer/types.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date (or year-month) for display; other shapes are kept as given. */
export function formatDate(date: string | undefined, lang: Lang): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (lang === 'en') return `${d ? `${Number(d)} ` : ''}${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}`;
  return d ? `${d}/${mo}/${y}` : `${mo}/${y}`;
}
