/**
 * Private messages that are not text: a photo, voice note, sticker, video… gets one line saying the bot
 * reads text questions; a document sent without the /them caption gets, from an admin, a hint on how to
 * add it (anyone else gets the same one line). Groups are left alone: their members talk to each other.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyHtml } from '../reply.ts';

export function nonTextFeature(adminIds: ReadonlySet<number>): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const inPrivate = c.chatType('private');
  inPrivate.on('message:document', (ctx) =>
    replyHtml(ctx, adminIds.has(ctx.from.id) ? ctx.t.documentHint : ctx.t.textOnly),
  );
  inPrivate.on(
    [
      'message:photo',
      'message:voice',
      'message:sticker',
      'message:video',
      'message:video_note',
      'message:audio',
      'message:animation',
      'message:location',
      'message:contact',
      'message:poll',
    ],
    (ctx) => replyHtml(ctx, ctx.t.textOnly),
  );
  return c;
}
