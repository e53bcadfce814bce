/** /start (intro + example questions as buttons), /help, and the example buttons themselves. */

import type { MiddlewareFn } from 'grammy';
import { Composer, InlineKeyboard } from 'grammy';
import { shorten } from '../../text/shorten.ts';
import { type AnswerDeps, answerQuestion } from '../answer.ts';
import type { BotContext } from '../context.ts';
import type { Strings } from '../i18n.ts';
import { replyHtml } from '../reply.ts';

export const EXAMPLE_PREFIX = 'q:';

/** The introduction with the example questions as buttons (for /start and for a greeting). */
export async function replyIntro(ctx: BotContext, t: Strings): Promise<void> {
  const keyboard = new InlineKeyboard();
  t.examples.forEach((q, i) => {
    keyboard.text(shorten(q, 60), `${EXAMPLE_PREFIX}${i}`).row();
  });
  await replyHtml(ctx, `${t.intro}\n\n${t.examplesHeader}`, { keyboard });
}

export function startFeature(deps: AnswerDeps, limits: MiddlewareFn<BotContext>[]): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command('start', (ctx) => replyIntro(ctx, ctx.t));

  c.command('help', (ctx) => replyHtml(ctx, ctx.t.help));

  c.callbackQuery(/^q:(\d{1,2})$/, ...limits, async (ctx) => {
    const question = ctx.t.examples[Number(ctx.match[1])];
    await ctx.answerCallbackQuery(question ? { text: shorten(question, 190) } : {});
    if (question) await answerQuestion(ctx, question, deps);
  });

  return c;
}
