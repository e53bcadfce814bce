/**
 * A grammY API transformer, kept apart like a plugin: what the bot sends (answers, edits,
 * callback and inline answers, documents) is retried when it fails for a network reason — the
 * connection dropped, refused, reset, a proxy answered with something that is not the Bot API —
 * with exponential backoff, a bounded number of times. When the last attempt fails too, the loss
 * is logged with the method and the chat id, then the error goes on to the bot's error handler:
 * a reply is never dropped without a trace.
 *
 * Only network failures (grammY's HttpError) are retried here; what Telegram itself answers
 * (429, 5xx) is @grammyjs/auto-retry's business (api.ts), and errors it reports (400, 403) are not
 * retried at all. Installed inside the logging transformer, so a call that succeeds on a retry
 * logs nothing but a debug line. A retried send may, rarely, arrive twice (when the request got
 * through and only the response was lost): a duplicate is better than a lost answer.
 *
 *   bot.api.config.use(networkRetry(logger));
 *   bot.api.config.use(networkRetry(logger, { retries: 2, baseDelayMs: 50 }));
 */
import { HttpError, type Transformer } from 'grammy';
import type { Logger } from './logger.ts';

export interface NetworkRetryOptions {
  /** Retries after the first attempt (default 4: five attempts in all). */
  retries: number;
  /** Wait before the first retry; doubled each time (default 500 ms). */
  baseDelayMs: number;
  /** Longest wait between two attempts (default 8 s). */
  maxDelayMs: number;
}

export const DEFAULT_NETWORK_RETRY: NetworkRetryOptions = { retries: 4, baseDelayMs: 500, maxDelayMs: 8000 };

/** Methods that deliver something to a user; getUpdates and the like have their own retry loops. */
const SENDS = /^(send|edit|answer|copy|forward|delete)/;

/** The signal grammY passes (its own AbortSignal type); only these members are used. */
interface Abortable {
  aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

function wait(ms: number, signal?: Abortable): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function networkRetry(logger: Logger, options: Partial<NetworkRetryOptions> = {}): Transformer {
  const { retries, baseDelayMs, maxDelayMs } = { ...DEFAULT_NETWORK_RETRY, ...options };
  return async (prev, method, payload, signal) => {
    if (!SENDS.test(method)) return prev(method, payload, signal);
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (err) {
        if (!(err instanceof HttpError) || signal?.aborted) throw err;
        if (attempt >= retries) {
          logger.error(
            { method, chatId, attempts: attempt + 1, err: err.message },
            'send failed for a network reason after every retry; the message is lost',
          );
          throw err;
        }
        const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
        logger.debug(
          { method, chatId, attempt: attempt + 1, delay },
          'send failed for a network reason; retrying',
        );
        if (!(await wait(delay, signal))) throw err;
      }
    }
  };
}
