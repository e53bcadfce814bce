/**
 * Conversations, for follow-ups ("còn năm 2023?"). The context of each answer is kept two ways:
 *  - by the message the answer was sent in: a reply to that message — by whoever writes it — continues
 *    that answer's question, so a cluster group can follow up on any answer in its thread;
 *  - by person in a chat: the fallback for a follow-up written without replying.
 * The store is bounded (least recently used contexts go first), contexts expire, and with a state file
 * (in the data directory) they survive a restart.
 */
import type { MiddlewareFn } from 'grammy';
import type { Message } from 'grammy/types';
import type { ConversationContext } from '../engine.ts';
import type { BotContext } from './context.ts';
import { JsonFile } from './json-file.ts';
import { LruCache } from './lru.ts';

export interface ConversationOptions {
  /** Most contexts kept (threads and persons together). */
  maxEntries: number;
  /** How long a person's last question can be followed up without replying to it. */
  personTtlMs: number;
  /** How long a reply to an answer continues its question. */
  threadTtlMs: number;
  /** JSON file the contexts are kept in across restarts; in memory only when absent. */
  file?: string;
  onError?: (err: unknown) => void;
}

export const DEFAULT_CONVERSATIONS: ConversationOptions = {
  maxEntries: 2000,
  personTtlMs: 30 * 60 * 1000,
  threadTtlMs: 7 * 24 * 3600 * 1000,
};

interface Saved {
  version: 1;
  entries: Array<[string, ConversationContext, number]>;
}

export class ConversationStore {
  private readonly cache: LruCache<string, ConversationContext>;
  private readonly file?: JsonFile<Saved>;

  constructor(private readonly opts: ConversationOptions = DEFAULT_CONVERSATIONS) {
    this.cache = new LruCache(opts.maxEntries, opts.personTtlMs);
    if (opts.file) {
      this.file = new JsonFile<Saved>(opts.file, opts.onError);
      const saved = this.file.read();
      if (saved?.version === 1 && Array.isArray(saved.entries))
        for (const [key, context, expires] of saved.entries) this.cache.restore(key, context, expires);
    }
  }

  /** The context of the answer sent in this message, if it is one. */
  ofMessage(chatId: number, messageId: number): ConversationContext | undefined {
    return this.cache.get(`m:${chatId}:${messageId}`);
  }

  /** The context of this person's last answered question in this chat. */
  ofPerson(chatId: number, userId: number): ConversationContext | undefined {
    return this.cache.get(`p:${chatId}:${userId}`);
  }

  /** Remembers an answer's context for the person who asked and for each message it was sent in. */
  remember(
    chatId: number,
    userId: number | undefined,
    messageIds: number[],
    context: ConversationContext,
  ): void {
    if (userId !== undefined) this.cache.set(`p:${chatId}:${userId}`, context, this.opts.personTtlMs);
    for (const id of messageIds) this.cache.set(`m:${chatId}:${id}`, context, this.opts.threadTtlMs);
    this.file?.save(() => ({ version: 1, entries: this.cache.dump() }));
  }

  /** Resolves when the state file is written (tests, shutdown). */
  flush(): Promise<void> {
    return this.file?.flush() ?? Promise.resolve();
  }
}

export interface ConversationFlavor {
  conversation: {
    /** The context a question continues: the replied-to answer's, else this person's last one here. */
    previous(): ConversationContext | undefined;
    /** Keeps the context of the answer just sent (in `sent`). */
    remember(context: ConversationContext, sent: Message[]): void;
  };
}

/** Middleware giving every update in a chat its `ctx.conversation` (inline queries have none). */
export function conversations(store: ConversationStore): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const chatId = ctx.chat?.id;
    const userId = ctx.from?.id;
    ctx.conversation = {
      previous: () => {
        if (chatId === undefined) return undefined;
        const replied = ctx.message?.reply_to_message;
        const thread =
          replied && replied.from?.id === ctx.me.id ? store.ofMessage(chatId, replied.message_id) : undefined;
        return thread ?? (userId !== undefined ? store.ofPerson(chatId, userId) : undefined);
      },
      remember: (context, sent) => {
        if (chatId === undefined) return;
        store.remember(
          chatId,
          userId,
          sent.map((m) => m.message_id),
          context,
        );
      },
    };
    return next();
  };
}
