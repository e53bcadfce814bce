/**
 * Where a question's words fall inside a sentence, so that of several spans (dates, places, names)
 * the one written among those words wins.
 */
import { foldAligned } from '../text/fold.ts';

const wordRes = new Map<string, RegExp>();

function wordRe(w: string): RegExp {
  let re = wordRes.get(w);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])${w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![a-z0-9])`, 'g');
    if (wordRes.size > 10_000) wordRes.clear();
    wordRes.set(w, re);
  }
  re.lastIndex = 0;
  return re;
}

export function keywordPositions(sentence: string, keywords: readonly string[]): number[] {
  const f = foldAligned(sentence);
  const out: number[] = [];
  for (const w of new Set(keywords)) {
    if (w.length < 2 || !f.includes(w)) continue;
    for (const m of f.matchAll(wordRe(w))) out.push(m.index ?? 0);
  }
  return out;
}

/** 0..1: how many of the question's words sit within `window` characters of the span. */
export function proximity(positions: readonly number[], start: number, end: number, window = 70): number {
  if (!positions.length) return 0;
  const near = positions.filter((p) => p >= start - window && p <= end + window).length;
  return near / positions.length;
}
