/**
 * Sending HTML replies: split to Telegram's 4096-character limit, quoted in groups,
 * keyboard on the last chunk, link previews off.
 */
import type { InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import { shorten } from '../text/shorten.ts';
import type { BotContext } from './context.ts';
import { splitMessage, stripHtml } from './html.ts';

export interface ReplyOptions {
  keyboard?: InlineKeyboard;
  /** Message to reply to; defaults to the incoming message in groups, none in private chats. */
  replyTo?: number;
}

export function isGroup(ctx: BotContext): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

export async function replyHtml(ctx: BotContext, html: string, opts: ReplyOptions = {}): Promise<Message[]> {
  const chunks = splitMessage(html);
  const replyTo = opts.replyTo ?? (isGroup(ctx) && ctx.message ? ctx.message.message_id : undefined);
  const sent: Message[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const last = i === chunks.length - 1;
    sent.push(
      await ctx.reply(chunks[i]!, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(replyTo !== undefined && i === 0
          ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
          : {}),
        ...(last && opts.keyboard ? { reply_markup: opts.keyboard } : {}),
      }),
    );
  }
  return sent;
}

/** Tell the user something short, whatever kind of update this is. */
export async function notify(ctx: BotContext, html: string): Promise<void> {
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: shorten(stripHtml(html), 200), show_alert: true });
  } else if (ctx.inlineQuery) {
    await ctx.answerInlineQuery([], {
      cache_time: 5,
      button: { text: shorten(stripHtml(html), 64), start_parameter: 'help' },
    });
  } else if (ctx.chat) {
    await replyHtml(ctx, html);
  }
}
