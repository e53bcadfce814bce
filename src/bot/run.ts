/**
 * Starting and stopping the bot.
 *
 *  - getMe is retried with backoff until it succeeds (an invalid token fails fast);
 *  - the profile (commands, descriptions) is set in the background, failures are warnings;
 *  - WEBHOOK_URL set → node:http server + webhookCallback + setWebhook(secret_token);
 *    otherwise long polling through @grammyjs/runner (updates sequentialized per chat);
 *  - SIGINT/SIGTERM stop it gracefully (a second signal exits at once).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunnerHandle, run } from '@grammyjs/runner';
import { type Bot, GrammyError, webhookCallback } from 'grammy';
import type { AppConfig } from '../config/config.ts';
import { requireBotToken } from '../config/config.ts';
import { redact } from '../config/redact.ts';
import { type CreateBotOptions, createBot } from './bot.ts';
import type { BotContext } from './context.ts';
import type { BotEngine } from './engine.ts';
import { createLogger, type Logger } from './logger.ts';
import { setupProfile } from './profile.ts';

export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

export interface RunBotOptions {
  logger?: Logger;
  /** Install SIGINT/SIGTERM handlers (default true; tests turn it off). */
  handleSignals?: boolean;
  /** Extra options for createBot (limits, fetchers…). */
  bot?: Partial<Omit<CreateBotOptions, 'token' | 'apiRoot'>>;
  /** Adjust the bot before it starts (e.g. extra API transformers in tests). */
  configure?: (bot: Bot<BotContext>) => void;
}

export interface BotHandle {
  bot: Bot<BotContext>;
  mode: 'polling' | 'webhook';
  /** The local port of the webhook server. */
  port?: number;
  /** Stop receiving updates and wait for the ones in flight. Idempotent. */
  stop(): Promise<void>;
  /** Settles when the bot has stopped; rejects if polling died on an unrecoverable error. */
  done: Promise<void>;
}

class StartAborted extends Error {}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new StartAborted('stopped'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new StartAborted('stopped'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** getMe, retried with capped exponential backoff; 401/404 mean a bad token and are fatal. */
async function initWithRetry(bot: Bot<BotContext>, logger: Logger, signal: AbortSignal): Promise<void> {
  let delay = 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await bot.init();
      return;
    } catch (err) {
      if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
        // the description may echo the request path, token included
        throw new Error(
          `Telegram rejected TELEGRAM_BOT_TOKEN (${err.error_code} ${redact(err.description, [bot.token])}); ` +
            'check the token from @BotFather',
        );
      }
      logger.warn({ attempt, err: (err as Error)?.message }, `getMe failed; retrying in ${delay / 1000} s`);
      await sleep(delay, signal);
      delay = Math.min(delay * 2, 30_000);
    }
  }
}

async function withRetries<T>(
  what: string,
  logger: Logger,
  call: () => Promise<T>,
  attempts = 3,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await call();
    } catch (err) {
      if (i >= attempts) throw err;
      logger.warn({ attempt: i, err: (err as Error)?.message }, `${what} failed; retrying`);
      await new Promise((r) => setTimeout(r, 1000 * i));
    }
  }
}

export async function runBot(
  engine: BotEngine,
  config: AppConfig,
  options: RunBotOptions = {},
): Promise<BotHandle> {
  const token = requireBotToken(config);
  const logger =
    options.logger ?? createLogger({ level: config.logLevel, secrets: [token, config.webhook?.secret] });
  const bot = createBot(engine, {
    token,
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    adminIds: config.adminIds,
    logger,
    fetch: config.fetch,
    ...options.bot,
  });
  options.configure?.(bot);
  // the reader compiles its patterns on first use: pay that before the first user asks
  engine.warmUp?.();

  const stopping = new AbortController();
  let stopPromise: Promise<void> | undefined;
  let stopImpl: () => Promise<void> = async () => {};
  let resolveDone!: () => void;
  let rejectDone!: (err: unknown) => void;
  const done = new Promise<void>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  done.catch(() => {}); // callers may ignore `done`

  const signals: Array<[NodeJS.Signals, () => void]> = [];
  const removeSignals = () => {
    for (const [sig, fn] of signals) process.off(sig, fn);
    signals.length = 0;
  };
  const stop = (): Promise<void> => {
    stopPromise ??= (async () => {
      stopping.abort();
      removeSignals();
      try {
        await stopImpl();
        resolveDone();
        logger.info('bot stopped');
      } catch (err) {
        rejectDone(err);
        throw err;
      }
    })();
    return stopPromise;
  };

  if (options.handleSignals !== false) {
    let received = 0;
    const onSignal = (sig: NodeJS.Signals) => () => {
      received++;
      if (received > 1) {
        logger.warn(`${sig} received again; exiting now`);
        process.exit(1);
      }
      logger.info(`${sig} received; stopping`);
      // Whatever else keeps the loop alive, do not hang forever after a graceful stop.
      setTimeout(() => process.exit(0), 10_000).unref();
      stop().catch((err) => logger.error({ err }, 'error while stopping'));
    };
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      const fn = onSignal(sig);
      signals.push([sig, fn]);
      process.on(sig, fn);
    }
  }

  try {
    await initWithRetry(bot, logger, stopping.signal);
  } catch (err) {
    removeSignals();
    if (err instanceof StartAborted) {
      resolveDone();
      return { bot, mode: config.webhook ? 'webhook' : 'polling', stop, done };
    }
    throw err;
  }
  logger.info(
    {
      username: bot.botInfo.username,
      mode: config.webhook ? 'webhook' : 'polling',
      admins: config.adminIds.length,
    },
    'bot identity confirmed',
  );

  // Non-essential: runs in the background, failures are logged as warnings.
  const profile = setupProfile(bot.api, config.adminIds, logger);
  const settleProfile = () =>
    Promise.race([profile, new Promise<void>((r) => setTimeout(r, 2000).unref())]).catch(() => {});

  if (config.webhook) {
    const { url, port } = config.webhook;
    const secret = config.webhook.secret ?? randomBytes(32).toString('hex');
    const path = new URL(url).pathname || '/';
    const handleUpdate = webhookCallback(bot, 'http', {
      secretToken: secret,
      onTimeout: 'return',
      timeoutMilliseconds: 9_000,
    });
    const server = http.createServer((req, res) => {
      const reqPath = (req.url ?? '/').split('?')[0];
      if (req.method === 'POST' && reqPath === path) {
        handleUpdate(req, res).catch((err: unknown) => {
          logger.error({ err: (err as Error)?.message }, 'webhook request failed');
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
        return;
      }
      if (req.method === 'GET' && reqPath === '/healthz') {
        res.end('ok');
        return;
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const actualPort = (server.address() as AddressInfo).port;
    stopImpl = async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
      await settleProfile();
    };
    try {
      await withRetries('setWebhook', logger, () =>
        bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] }),
      );
    } catch (err) {
      await stop().catch(() => {});
      throw new Error(`setWebhook failed for WEBHOOK_URL: ${(err as Error)?.message ?? err}`);
    }
    logger.info({ port: actualPort, path }, 'webhook server listening');
    return { bot, mode: 'webhook', port: actualPort, stop, done };
  }

  // Long polling: a webhook left over from an earlier deployment would make getUpdates fail.
  try {
    await bot.api.deleteWebhook();
  } catch (err) {
    logger.warn({ err: (err as Error)?.message }, 'deleteWebhook failed; continuing');
  }
  const runner: RunnerHandle = run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true },
  });
  stopImpl = async () => {
    if (runner.isRunning()) await runner.stop();
    // Let updates already being handled (an ingestion, a reply) finish, within reason.
    const deadline = Date.now() + 10_000;
    while (runner.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await settleProfile();
  };
  runner.task()?.catch((err: unknown) => {
    logger.fatal({ err: (err as Error)?.message }, 'polling stopped on an unrecoverable error');
    removeSignals();
    rejectDone(err);
  });
  logger.info('long polling started');
  return { bot, mode: 'polling', stop, done };
}
