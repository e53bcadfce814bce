/**
 * Questions: `/hoi …` anywhere (also `/hoi` as a reply to someone's question), any text in a
 * private chat, and in groups a mention of the bot or a reply to one of its messages.
 */

import type { MiddlewareFn } from 'grammy';
import { Composer } from 'grammy';
import { questionOf, tidy } from '../addressing.ts';
import { type AnswerDeps, answerQuestion } from '../answer.ts';
import type { BotContext } from '../context.ts';

export function askFeature(deps: AnswerDeps, limits: MiddlewareFn<BotContext>[]): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command('hoi', ...limits, async (ctx) => {
    const replied = ctx.msg.reply_to_message;
    const question = tidy(ctx.match) || tidy(replied?.text ?? replied?.caption ?? '');
    await answerQuestion(ctx, question, deps);
  });

  c.on('message:text')
    .filter((ctx) => questionOf(ctx.msg, ctx.me) !== undefined)
    .use(...limits, (ctx) => answerQuestion(ctx, questionOf(ctx.msg, ctx.me) ?? '', deps));

  return c;
}
