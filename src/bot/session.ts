/**
 * Per-user-per-chat session (`${chatId}:${userId}`) holding the previous answer's
 * conversation context, in memory, bounded and with a TTL.
 */

import type { MiddlewareFn, StorageAdapter } from 'grammy';
import { session } from 'grammy';
import type { BotContext, SessionData } from './context.ts';
import { LruCache } from './lru.ts';

export interface SessionOptions {
  ttlMs: number;
  maxEntries: number;
}

export const DEFAULT_SESSION: SessionOptions = { ttlMs: 30 * 60 * 1000, maxEntries: 20_000 };

export function sessionKey(ctx: Pick<BotContext, 'chat' | 'from'>): string | undefined {
  return ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined;
}

/** A grammY storage adapter over the bounded TTL LRU. */
export class LruSessionStorage<T> implements StorageAdapter<T> {
  private readonly cache: LruCache<string, T>;
  constructor(opts: SessionOptions) {
    this.cache = new LruCache(opts.maxEntries, opts.ttlMs);
  }
  read(key: string): T | undefined {
    return this.cache.get(key);
  }
  write(key: string, value: T): void {
    this.cache.set(key, value);
  }
  delete(key: string): void {
    this.cache.delete(key);
  }
}

export function conversationSession(opts: SessionOptions = DEFAULT_SESSION): MiddlewareFn<BotContext> {
  return session<SessionData, BotContext>({
    initial: () => ({}),
    getSessionKey: sessionKey,
    storage: new LruSessionStorage<SessionData>(opts),
  });
}

/** The session when this update has one (inline queries do not). */
export function sessionOf(ctx: BotContext): SessionData | undefined {
  return sessionKey(ctx) === undefined ? undefined : ctx.session;
}
