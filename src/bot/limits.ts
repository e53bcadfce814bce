/**
 * Rate limits: one per user (everywhere) and one per group chat, so a busy cluster group
 * cannot flood Telegram's 20-messages-a-minute group limit. Each limiter tells the user
 * politely once per window (the plugin calls `onLimitExceeded` only on the first excess)
 * and drops the rest silently.
 */
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.ts';
import { notify } from './reply.ts';

export interface Window {
  limit: number;
  windowMs: number;
}

export interface LimitOptions {
  perUser: Window;
  perChat: Window;
  /** Inline queries arrive while the user types, so they get their own, looser per-user window. */
  inline?: Window;
}

export const DEFAULT_LIMITS: Required<LimitOptions> = {
  perUser: { limit: 6, windowMs: 20_000 },
  perChat: { limit: 20, windowMs: 60_000 },
  inline: { limit: 30, windowMs: 20_000 },
};

export interface RateLimits {
  /** For questions, commands and buttons in chats. */
  chat: MiddlewareFn<BotContext>[];
  /** For inline queries. */
  inline: MiddlewareFn<BotContext>[];
}

export function rateLimits(opts: LimitOptions, onNotifyError: (err: unknown) => void): RateLimits {
  const onLimitExceeded = (ctx: BotContext) => notify(ctx, ctx.t.rateLimited).catch(onNotifyError);
  const perUser = limit<BotContext, never>({
    timeFrame: opts.perUser.windowMs,
    limit: opts.perUser.limit,
    keyGenerator: (ctx) => (ctx.from ? String(ctx.from.id) : undefined),
    keyPrefix: 'user:',
    onLimitExceeded,
  });
  const perChat = limit<BotContext, never>({
    timeFrame: opts.perChat.windowMs,
    limit: opts.perChat.limit,
    keyGenerator: (ctx) =>
      ctx.chat && (ctx.chat.type === 'group' || ctx.chat.type === 'supergroup')
        ? String(ctx.chat.id)
        : undefined,
    keyPrefix: 'chat:',
    onLimitExceeded,
  });
  const inlineWindow = opts.inline ?? DEFAULT_LIMITS.inline;
  const perUserInline = limit<BotContext, never>({
    timeFrame: inlineWindow.windowMs,
    limit: inlineWindow.limit,
    keyGenerator: (ctx) => (ctx.from ? String(ctx.from.id) : undefined),
    keyPrefix: 'inline:',
    onLimitExceeded,
  });
  return { chat: [perUser, perChat], inline: [perUserInline] };
}
