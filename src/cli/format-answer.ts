/**
 * Plain-text rendering of an answer for terminals (the chat and `cli ask`), from the same view the
 * Telegram bot renders (src/present/answer-view.ts): the understood line, the note, the items (marked
 * with their source's number when there are several sources), then each source once with its quotes.
 * Colour only when asked for (a TTY without NO_COLOR).
 */
import { type AnswerInput, answerView, type SourceView } from '../present/answer-view.ts';
import { moreItemsText } from '../present/words.ts';

const STYLES = { bold: '\x1b[1m', dim: '\x1b[2m', italic: '\x1b[3m', cyan: '\x1b[36m' } as const;
type Style = keyof typeof STYLES;

/** True when a stream is a terminal and the user has not asked for no colour (NO_COLOR). */
export function wantsColor(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !env.NO_COLOR;
}

export interface FormatOptions {
  /** ANSI colour (default: when stdout is a terminal). */
  color?: boolean;
}

export function formatAnswer(a: AnswerInput, opts: FormatOptions = {}): string {
  const color = opts.color ?? wantsColor(process.stdout);
  const paint = (style: Style, text: string) => (color ? `${STYLES[style]}${text}\x1b[0m` : text);
  const view = answerView(a);
  const lines: string[] = [];
  if (view.understood) lines.push(paint('dim', `🔎 ${view.understood}`));
  if (view.note) lines.push(view.kind === 'none' ? view.note : paint('bold', view.note));

  const numbered = view.sources.length > 1;
  for (const item of view.items) {
    const text = view.kind === 'passage' ? paint('italic', `«${item.text}»`) : paint('bold', item.text);
    const mark = numbered ? paint('dim', ` [${item.source + 1}]`) : '';
    lines.push(`${item.n ? `${item.n}. ` : ''}${text}${mark}`);
  }
  if (view.more > 0) lines.push(paint('dim', moreItemsText(view.more, view.lang)));

  if (view.sources.length) {
    lines.push('', paint('cyan', view.lang === 'en' ? 'Sources:' : 'Nguồn:'));
    view.sources.forEach((s, i) => {
      lines.push(`${numbered ? `[${i + 1}] ` : ''}${sourceHead(s)}`);
      for (const q of s.quotes) lines.push(`    ${paint('italic', `«${q}»`)}`);
      if (s.url) lines.push(`    ${paint('dim', s.url)}`);
    });
  }
  return lines.join('\n');
}

/** "Title (Publisher, 11/12/2023)", the title left out when an item already names it. */
function sourceHead(s: SourceView): string {
  const meta = [s.publisher, s.date].filter(Boolean).join(', ');
  if (s.title) return meta ? `${s.title} (${meta})` : s.title;
  return meta || s.articleId;
}
