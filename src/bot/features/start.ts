/** /start (intro + example questions as buttons), /help, and the example buttons themselves. */

import type { MiddlewareFn } from 'grammy';
import { Composer, InlineKeyboard } from 'grammy';
import { type AnswerDeps, answerQuestion } from '../answer.ts';
import type { BotContext } from '../context.ts';
import { truncate } from '../html.ts';
import { replyHtml } from '../reply.ts';

export const EXAMPLE_PREFIX = 'q:';

export function startFeature(deps: AnswerDeps, limits: MiddlewareFn<BotContext>[]): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command('start', async (ctx) => {
    const keyboard = new InlineKeyboard();
    ctx.t.examples.forEach((q, i) => {
      keyboard.text(truncate(q, 60), `${EXAMPLE_PREFIX}${i}`).row();
    });
    await replyHtml(ctx, `${ctx.t.intro}\n\n${ctx.t.examplesHeader}`, { keyboard });
  });

  c.command('help', (ctx) => replyHtml(ctx, ctx.t.help));

  c.callbackQuery(/^q:(\d{1,2})$/, ...limits, async (ctx) => {
    const question = ctx.t.examples[Number(ctx.match[1])];
    await ctx.answerCallbackQuery(question ? { text: truncate(question, 190) } : {});
    if (question) await answerQuestion(ctx, question, deps);
  });

  return c;
}
