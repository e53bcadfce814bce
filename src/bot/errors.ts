/**
 * The last line of defence (`bot.catch`): log the error with the update's coordinates and
 * tell the user something short. Never throws.
 */
import { type BotError, GrammyError, HttpError } from 'grammy';
import type { BotContext } from './context.ts';
import { langOf, strings } from './i18n.ts';
import type { Logger } from './logger.ts';
import { notify } from './reply.ts';

export function errorHandler(logger: Logger) {
  return async (err: BotError<BotContext>): Promise<void> => {
    const ctx = err.ctx;
    const e = err.error;
    const where = { updateId: ctx.update.update_id, chatId: ctx.chat?.id, userId: ctx.from?.id };
    if (e instanceof GrammyError) {
      logger.error(
        { ...where, method: e.method, code: e.error_code, description: e.description },
        'Bot API error',
      );
    } else if (e instanceof HttpError) {
      logger.error({ ...where, err: e.message }, 'network error talking to Telegram');
    } else {
      logger.error({ ...where, err: e }, 'error while handling update');
    }
    try {
      const t = ctx.t ?? strings(langOf(ctx.from?.language_code));
      await notify(ctx, t.error);
    } catch (notifyErr) {
      logger.debug({ err: (notifyErr as Error)?.message }, 'could not tell the user about the error');
    }
  };
}
