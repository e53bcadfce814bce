/** The 📄 buttons: show the full citation (quote, article, publisher, date, link). */

import type { MiddlewareFn } from 'grammy';
import { Composer } from 'grammy';
import { CITATION_DATA, type CitationStore } from '../citations.ts';
import type { BotContext } from '../context.ts';
import { renderCitation } from '../format.ts';
import { strings } from '../i18n.ts';
import { replyHtml } from '../reply.ts';

export function citationFeature(
  citations: CitationStore,
  limits: MiddlewareFn<BotContext>[],
): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.callbackQuery(CITATION_DATA, ...limits, async (ctx) => {
    const stored = citations.get(ctx.callbackQuery.data);
    if (!stored) {
      await ctx.answerCallbackQuery({ text: ctx.t.citationExpired, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const html = renderCitation(stored.citation, strings(stored.lang), stored.lang);
    const answerMessage = ctx.callbackQuery.message?.message_id;
    await replyHtml(ctx, html, answerMessage !== undefined ? { replyTo: answerMessage } : {});
  });
  return c;
}
