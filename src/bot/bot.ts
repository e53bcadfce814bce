/**
 * Composing the bot: API transformers, then middleware in order
 * sequentialize → language → conversations → error boundary → features → fallback.
 * No network happens here; `run.ts` starts it.
 */
import { join } from 'node:path';
import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { loggingTransformer, retryTransformer } from './api.ts';
import { CitationStore } from './citations.ts';
import type { BotContext } from './context.ts';
import { ConversationStore, conversations, DEFAULT_CONVERSATIONS } from './conversations.ts';
import type { BotEngine } from './engine.ts';
import { errorHandler } from './errors.ts';
import { adminFeature } from './features/admin.ts';
import { askFeature } from './features/ask.ts';
import { citationFeature } from './features/citation.ts';
import { fallbackFeature } from './features/fallback.ts';
import { infoFeature } from './features/info.ts';
import { inlineFeature } from './features/inline.ts';
import { nonTextFeature } from './features/non-text.ts';
import { smallTalkFeature } from './features/small-talk.ts';
import { startFeature } from './features/start.ts';
import { detectLanguage } from './lang.ts';
import { DEFAULT_LIMITS, type LimitOptions, rateLimits } from './limits.ts';
import { type Logger, silentLogger } from './logger.ts';
import { type FetchedResource, safeFetch } from './net/safe-fetch.ts';
import { type NetworkRetryOptions, networkRetry } from './network-retry.ts';
import { UsageCounters } from './usage.ts';

export const DEFAULT_API_ROOT = 'https://api.telegram.org';

export interface FetchOptions {
  allowPrivateUrls: boolean;
  timeoutMs: number;
  maxBytes: number;
}

export interface CreateBotOptions {
  token: string;
  /** Retries of sends that fail for a network reason (default DEFAULT_NETWORK_RETRY). */
  networkRetry?: Partial<NetworkRetryOptions>;
  /** Bot API root without trailing slash (TELEGRAM_API_ROOT). */
  apiRoot?: string;
  /** Known bot identity (skips getMe; tests set it). */
  botInfo?: UserFromGetMe;
  adminIds?: readonly number[];
  logger?: Logger;
  fetch?: FetchOptions;
  limits?: LimitOptions;
  /**
   * Directory of the bot's own state — follow-up contexts, usage counters — kept across restarts
   * (`npm start` uses DATA_DIR/bot); in memory only when absent.
   */
  stateDir?: string;
  citations?: CitationStore;
  /** Replace the URL fetcher (tests). */
  fetchPage?: (url: string) => Promise<FetchedResource>;
  /** Replace the Telegram file downloader (tests). */
  downloadFile?: (filePath: string) => Promise<Buffer>;
}

export const DEFAULT_FETCH: FetchOptions = {
  allowPrivateUrls: false,
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
};

export function createBot(engine: BotEngine, opts: CreateBotOptions): Bot<BotContext> {
  const logger = opts.logger ?? silentLogger();
  const apiRoot = (opts.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
  const fetchOpts = opts.fetch ?? DEFAULT_FETCH;
  const bot = new Bot<BotContext>(opts.token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    client: { apiRoot },
  });
  bot.api.config.use(retryTransformer(), networkRetry(logger, opts.networkRetry), loggingTransformer(logger));

  const citations =
    opts.citations ?? new CitationStore(engine.citation ? (id, i) => engine.citation?.(id, i) : undefined);
  const limits = rateLimits(opts.limits ?? DEFAULT_LIMITS, (err) =>
    logger.debug({ err: (err as Error)?.message }, 'rate-limit notice failed'),
  );
  const stateFile = (name: string) => (opts.stateDir ? { file: join(opts.stateDir, name) } : {});
  const onStateError = (err: unknown) =>
    logger.warn({ err: (err as Error)?.message }, 'bot state file failed');
  const usage = new UsageCounters({ ...stateFile('usage.json'), onError: onStateError });
  const answerDeps = { engine, citations, logger, usage };
  const adminIds: ReadonlySet<number> = new Set(opts.adminIds ?? []);
  const onError = errorHandler(logger);

  const fetchPage =
    opts.fetchPage ??
    ((url: string) =>
      safeFetch(url, {
        timeoutMs: fetchOpts.timeoutMs,
        maxBytes: fetchOpts.maxBytes,
        allowPrivate: fetchOpts.allowPrivateUrls,
      }));
  const downloadFile =
    opts.downloadFile ??
    (async (filePath: string) => {
      // The file URL contains the token: it is never logged (FetchError messages do not include it).
      const res = await safeFetch(`${apiRoot}/file/bot${opts.token}/${filePath}`, {
        timeoutMs: fetchOpts.timeoutMs,
        maxBytes: fetchOpts.maxBytes,
        allowPrivate: true,
        maxRedirects: 0,
      });
      return res.body;
    });

  bot.use(sequentialize<BotContext>((ctx) => ctx.chat?.id.toString()));
  bot.use(detectLanguage);
  const store = new ConversationStore({
    ...DEFAULT_CONVERSATIONS,
    ...stateFile('conversations.json'),
    onError: onStateError,
  });
  bot.use(conversations(store));
  // Errors inside features are handled here in every mode (polling, webhook, handleUpdate);
  // bot.catch covers the rest when polling.
  const guarded = bot.errorBoundary(onError);
  guarded.use(startFeature(answerDeps, limits.chat));
  guarded.use(infoFeature(engine, usage, limits.chat));
  guarded.use(
    adminFeature({
      engine,
      adminIds,
      logger,
      maxBytes: fetchOpts.maxBytes,
      fetchPage,
      downloadFile,
    }),
  );
  guarded.use(citationFeature(citations, limits.chat));
  guarded.use(smallTalkFeature(limits.chat));
  guarded.use(askFeature(answerDeps, limits.chat));
  guarded.use(inlineFeature(engine, limits.inline));
  guarded.use(nonTextFeature(adminIds));
  guarded.use(fallbackFeature());
  bot.catch(onError);
  return bot;
}
