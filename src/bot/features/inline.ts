/**
 * Inline mode: `@bot câu hỏi` in any chat → up to 5 articles, one per answer item
 * (title = the item, description = "publisher, date — article title", message = the item
 * with its source). An empty query or no answer shows a button into the private chat.
 */

import type { MiddlewareFn } from 'grammy';
import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import { tidy } from '../addressing.ts';
import { MAX_QUESTION_LENGTH } from '../answer.ts';
import type { BotContext } from '../context.ts';
import type { BotEngine } from '../engine.ts';
import { renderInlineItem } from '../format.ts';
import { answerLang, strings } from '../i18n.ts';

export const INLINE_MAX_RESULTS = 5;
export const INLINE_CACHE_SECONDS = 10;

export function inlineFeature(engine: BotEngine, limits: MiddlewareFn<BotContext>[]): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('inline_query', ...limits, async (ctx) => {
    const query = tidy(ctx.inlineQuery.query).slice(0, MAX_QUESTION_LENGTH);
    if (query === '') {
      await ctx.answerInlineQuery([], {
        cache_time: 300,
        button: { text: ctx.t.inlineHint, start_parameter: 'inline' },
      });
      return;
    }
    const result = engine.ask(query);
    const lang = answerLang(result, ctx.lang);
    const t = strings(lang);
    if ((!result.found && result.kind !== 'passage') || result.items.length === 0) {
      await ctx.answerInlineQuery([], {
        cache_time: INLINE_CACHE_SECONDS,
        button: { text: t.inlineNotFound, start_parameter: 'notfound' },
      });
      return;
    }
    const results: InlineQueryResultArticle[] = result.items.slice(0, INLINE_MAX_RESULTS).map((_, i) => {
      const r = renderInlineItem(result, i, t, lang);
      return {
        type: 'article',
        id: String(i),
        title: r.title,
        description: r.description,
        input_message_content: {
          message_text: r.html,
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
        },
      };
    });
    await ctx.answerInlineQuery(results, { cache_time: INLINE_CACHE_SECONDS });
  });
  return c;
}
