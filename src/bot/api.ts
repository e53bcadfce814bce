/**
 * Outgoing Bot API plumbing: automatic retries for 429 (retry_after) and 5xx, and a
 * transformer that logs failed calls (method and error only: never the URL, which carries
 * the token).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import type { Transformer } from 'grammy';
import type { Logger } from './logger.ts';

export function retryTransformer(): Transformer {
  return autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true });
}

/** Methods whose failures are expected and cosmetic. */
const QUIET = new Set(['sendChatAction']);

export function loggingTransformer(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const res = await prev(method, payload, signal);
      if (!res.ok) {
        const level = QUIET.has(method) ? 'debug' : 'warn';
        logger[level]({ method, code: res.error_code, description: res.description }, 'Bot API call failed');
      }
      return res;
    } catch (err) {
      if (!signal?.aborted) {
        logger[QUIET.has(method) ? 'debug' : 'warn'](
          { method, err: (err as Error)?.message },
          'Bot API call threw',
        );
      }
      throw err;
    }
  };
}
