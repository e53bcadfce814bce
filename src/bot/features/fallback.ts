/** What nothing else handled: unknown commands in private chats, stale buttons. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyHtml } from '../reply.ts';

export function fallbackFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.chatType('private').on('message:text', async (ctx) => {
    if (ctx.msg.text.startsWith('/')) await replyHtml(ctx, ctx.t.unknownCommand);
  });
  c.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return c;
}
