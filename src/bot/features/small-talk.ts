/**
 * Messages to the bot that are no question. A greeting ("xin chào", "hello") gets the introduction with
 * example questions; thanks, "ok" or an emoji get one friendly line in a private chat and silence in a
 * group (a cluster group is not flooded with "you're welcome"); a bare mention of the bot says how to ask.
 */
import type { MiddlewareFn } from 'grammy';
import { Composer } from 'grammy';
import { smallTalkOf } from '../../qa/small-talk.ts';
import { questionOf } from '../addressing.ts';
import type { BotContext } from '../context.ts';
import { answerLang, strings } from '../i18n.ts';
import { isGroup, replyHtml } from '../reply.ts';
import { replyIntro } from './start.ts';

export function smallTalkFeature(limits: MiddlewareFn<BotContext>[]): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const addressed = c.on('message:text').filter((ctx) => questionOf(ctx.msg, ctx.me) !== undefined);

  addressed
    .filter((ctx) => questionOf(ctx.msg, ctx.me) === '')
    .use(...limits, (ctx) => replyHtml(ctx, ctx.t.howToAsk(ctx.me.username)));

  addressed
    .filter((ctx) => smallTalkOf(questionOf(ctx.msg, ctx.me) ?? '') !== undefined)
    .use(...limits, async (ctx) => {
      const talk = smallTalkOf(questionOf(ctx.msg, ctx.me) ?? '')!;
      const t = strings(answerLang(talk, ctx.lang));
      if (talk.kind === 'greeting') await replyIntro(ctx, t);
      else if (!isGroup(ctx)) await replyHtml(ctx, t.thanks);
    });
  return c;
}
