/** Middleware setting `ctx.lang` / `ctx.t` from the user's Telegram language. */
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.ts';
import { langOf, strings } from './i18n.ts';

export const detectLanguage: MiddlewareFn<BotContext> = (ctx, next) => {
  ctx.lang = langOf(ctx.from?.language_code);
  ctx.t = strings(ctx.lang);
  return next();
};
