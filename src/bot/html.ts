/**
 * Telegram HTML helpers: escaping dynamic text and splitting long messages safely.
 *
 * Convention for every message the bot builds: formatting tags open and close on the same
 * line, and dynamic strings go through `esc()` (which also turns newlines into spaces), so
 * any line boundary is a safe place to split.
 */

export const MAX_MESSAGE_LENGTH = 4096;

/** Escape text for Telegram's HTML parse mode; collapses line breaks so tags stay on one line. */
export function esc(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Escape text but keep its line breaks (for multi-line plain blocks). */
export function escLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => esc(l))
    .join('\n');
}

/** A link only for http(s) URLs; anything else is shown as escaped text. */
export function link(url: string, label?: string): string {
  if (!/^https?:\/\//i.test(url)) return esc(label ?? url);
  return `<a href="${esc(url)}">${esc(label ?? url)}</a>`;
}

/** Drop tags from one HTML line, keeping entities (they are valid as text in HTML mode). */
function stripTags(line: string): string {
  return line.replace(/<[^>]*>/g, '');
}

/** Cut a tag-free line into pieces ≤ limit, preferring spaces, never inside an `&…;` entity. */
function hardSplit(line: string, limit: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(' ', limit);
    if (cut < limit / 2) cut = limit;
    const amp = rest.lastIndexOf('&', cut - 1);
    if (amp !== -1 && amp > cut - 8 && rest.indexOf(';', amp) >= cut) cut = amp;
    // Do not split a UTF-16 surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    if (cut <= 0) cut = limit;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Split an HTML message into chunks of at most `limit` characters. Prefers blank lines
 * (paragraph/item boundaries), then line boundaries; a single line longer than the limit
 * loses its tags and is cut at spaces.
 */
export function splitMessage(html: string, limit = MAX_MESSAGE_LENGTH): string[] {
  const lines: string[] = [];
  for (const line of html.split('\n')) {
    if (line.length <= limit) lines.push(line);
    else lines.push(...hardSplit(stripTags(line), limit));
  }
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    while (current.length > 0 && current[current.length - 1]!.trim() === '') current.pop();
    if (current.length > 0) chunks.push(current.join('\n'));
    current = [];
    size = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (current.length === 0 && line.trim() === '') continue;
    const added = current.length === 0 ? line.length : line.length + 1;
    if (size + added > limit) {
      // Move the unfinished paragraph to the next chunk when that keeps it whole.
      const lastBlank = findLastBlank(current);
      if (lastBlank > 0) {
        const tail = current.slice(lastBlank + 1);
        const tailSize = tail.reduce((n, l) => n + l.length + 1, 0) + line.length;
        if (tailSize <= limit) {
          current = current.slice(0, lastBlank);
          flush();
          current = tail;
          size = tail.reduce((n, l, j) => n + l.length + (j === 0 ? 0 : 1), 0);
          i--;
          continue;
        }
      }
      flush();
      if (line.trim() === '') continue;
      current.push(line);
      size = line.length;
      continue;
    }
    current.push(line);
    size += added;
  }
  flush();
  return chunks;
}

function findLastBlank(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() === '') return i;
  return -1;
}

/** Plain text of an HTML fragment (for alerts and buttons, which take no markup). */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
