/**
 * The "typing…" indicator while the bot works. The first chat action is sent at once and
 * renewed every 4.5 s for long work (ingesting a page); `stop()` waits for the pending
 * request so the indicator never arrives after the answer. Failures are ignored: the
 * indicator is cosmetic (and some Bot API emulators do not implement it).
 */
import type { BotContext } from './context.ts';

export interface Typing {
  stop(): Promise<void>;
}

export function startTyping(ctx: BotContext, onError?: (err: unknown) => void): Typing {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return { stop: async () => {} };
  const threadId = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  let pending: Promise<unknown> = Promise.resolve();
  const send = () => {
    pending = ctx.api
      .sendChatAction(chatId, 'typing', threadId !== undefined ? { message_thread_id: threadId } : {})
      .catch((err) => onError?.(err));
  };
  send();
  const timer = setInterval(send, 4500);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pending;
    },
  };
}
