/**
 * Shortening display text (titles, labels, button captions) without cutting a word: the text is cut at
 * the last space that leaves room for the ellipsis, dangling punctuation is dropped, and "…" ends it.
 * Lengths count code points, so Vietnamese letters and emoji count as one character each.
 */

/** Punctuation and connectors left dangling at the end of a cut. */
const DANGLING = /[\s,;:.\-–—(/&]+$/u;

/**
 * `text` when it fits in `max` characters; otherwise its longest prefix that ends at a word boundary,
 * followed by "…". A first word longer than `max` (a link, a code) is the only thing ever cut inside.
 */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, Math.max(0, max - 1)).join('');
  // the cut lands between words when the next character is a space
  const next = chars[max - 1] ?? '';
  const atBoundary = /\s/u.test(next);
  const lastSpace = room.search(/\s\S*$/u);
  const cut = atBoundary ? room : lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(DANGLING, '')}…`;
}
