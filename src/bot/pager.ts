/**
 * Long lists (the archive's articles, the clusters) as pages in one message: « ‹ 2/32 › » buttons under it
 * edit that message in place. A button's callback data carries the list, the page and the search words
 * (`a:3:đại đoàn kết`), so pages keep working after a restart; words that do not fit Telegram's 64 bytes
 * are shortened at a word boundary.
 */
import { GrammyError, InlineKeyboard } from 'grammy';
import type { BotContext } from './context.ts';
import { MAX_MESSAGE_LENGTH } from './html.ts';
import { replyHtml } from './reply.ts';

/** Which list a page button turns: the archive's articles or the clusters. */
export type ListKind = 'a' | 'c';

export const PAGE_DATA = /^p([ac]):(\d{1,5}):(.*)$/s;
/** The page indicator in the middle: tapping it does nothing. */
export const PAGE_NOOP = 'p:-';
const MAX_CALLBACK_BYTES = 64;

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  total: number;
  /** Index of the first item of the page in the whole list. */
  offset: number;
}

export function pageOf<T>(all: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: all.slice(p * size, (p + 1) * size), page: p, pages, total: all.length, offset: p * size };
}

/** Callback data for a page of a list, the query shortened (at a word boundary) to fit. */
export function pageData(kind: ListKind, page: number, query: string): string {
  let q = query.trim();
  const data = () => `p${kind}:${page}:${q}`;
  while (Buffer.byteLength(data()) > MAX_CALLBACK_BYTES) {
    const cut = q.lastIndexOf(' ');
    q = cut > 0 ? q.slice(0, cut) : Array.from(q).slice(0, -1).join('');
  }
  return data();
}

/** « ‹ page › » — only the buttons that lead somewhere; none for a single page. */
export function pagerKeyboard(
  kind: ListKind,
  page: Page<unknown>,
  query: string,
): InlineKeyboard | undefined {
  if (page.pages <= 1) return undefined;
  const k = new InlineKeyboard();
  const last = page.pages - 1;
  if (page.page > 0) {
    if (page.page > 1) k.text('«', pageData(kind, 0, query));
    k.text('‹', pageData(kind, page.page - 1, query));
  }
  k.text(`${page.page + 1}/${page.pages}`, PAGE_NOOP);
  if (page.page < last) {
    k.text('›', pageData(kind, page.page + 1, query));
    if (page.page < last - 1) k.text('»', pageData(kind, last, query));
  }
  return k;
}

/**
 * Shows a page: a new message for a command, the same message edited for a page button. `render` gets
 * whether links fit: a page too long for one message is rendered again without them.
 */
export async function showPage(
  ctx: BotContext,
  render: (withLinks: boolean) => string,
  keyboard: InlineKeyboard | undefined,
): Promise<void> {
  let html = render(true);
  if (html.length > MAX_MESSAGE_LENGTH) html = render(false);
  if (!ctx.callbackQuery) {
    await replyHtml(ctx, html, keyboard ? { keyboard } : {});
    return;
  }
  try {
    await ctx.editMessageText(html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  } catch (err) {
    // the same page again (a double tap): nothing to change
    if (!(err instanceof GrammyError && /not modified/i.test(err.description))) throw err;
  }
  await ctx.answerCallbackQuery();
}
