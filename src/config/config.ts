/**
 * Configuration from the environment, validated with zod.
 *
 * `loadConfig()` never throws for a missing bot token (the CLI and bench do not need one);
 * `requireBotToken()` does, with a clear message. Invalid values always throw a `ConfigError`
 * that names every offending variable and what is wrong, without echoing secrets.
 */
import { z } from 'zod';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from '../ingest/ingest-limits.ts';
import { httpUrl } from './http-url.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface WebhookConfig {
  /** Public https URL Telegram posts updates to; its path is where the local server listens. */
  url: string;
  /** Local port of the node:http server. */
  port: number;
  /** `secret_token` for setWebhook; generated at start when absent. */
  secret?: string;
}

export interface AppConfig {
  /** Bot token from @BotFather; absent when the bot is not to be run. */
  token?: string;
  /** Bot API root without a trailing slash (default https://api.telegram.org). */
  apiRoot?: string;
  /** Set → webhook mode; absent → long polling. */
  webhook?: WebhookConfig;
  dataDir: string;
  /** Telegram user ids allowed to /them and /xoa. */
  adminIds: number[];
  logLevel: LogLevel;
  /** Size caps, parse time budget and worker threads for every ingested document. */
  ingest: IngestLimits;
  fetch: {
    /** Let /them fetch URLs that resolve to private, loopback, link-local … addresses. */
    allowPrivateUrls: boolean;
    timeoutMs: number;
    /** Byte cap for fetched pages and uploaded documents. */
    maxBytes: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const TOKEN_RE = /^\d{3,}:[A-Za-z0-9_-]{10,}$/;
const SECRET_RE = /^[A-Za-z0-9_-]{1,256}$/;

/** Empty strings count as unset: `PORT=` in an .env file means "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const intInRange = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be ${what} (a whole number from ${min} to ${max})`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be ${what} (a whole number from ${min} to ${max})`);

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'].includes(v), 'must be 1 or 0')
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const MB = 1024 * 1024;

/** The variables of ingestion, also read alone by the CLI (which needs no bot token). */
const ingestSchema = z.object({
  INGEST_MAX_TEXT_BYTES: optional(intInRange(1024, 100 * MB, 'a size in bytes')),
  INGEST_MAX_HTML_BYTES: optional(intInRange(1024, 200 * MB, 'a size in bytes')),
  INGEST_TIMEOUT_MS: optional(intInRange(100, 600_000, 'a time in milliseconds')),
  INGEST_WORKERS: optional(intInRange(1, 16, 'a number of worker threads')),
});

const envSchema = ingestSchema.extend({
  TELEGRAM_BOT_TOKEN: optional(
    z.string().trim().regex(TOKEN_RE, "looks malformed (expected '<digits>:<secret>' from @BotFather)"),
  ),
  TELEGRAM_API_ROOT: optional(
    httpUrl('must be an absolute http(s) URL (e.g. https://api.telegram.org or a local Bot API server)'),
  ),
  WEBHOOK_URL: optional(
    httpUrl('must be an absolute http(s) URL (the public URL Telegram posts updates to)'),
  ),
  WEBHOOK_SECRET: optional(
    z.string().trim().regex(SECRET_RE, 'must be 1–256 characters of A–Z, a–z, 0–9, _ and -'),
  ),
  PORT: optional(intInRange(1, 65535, 'a TCP port')),
  DATA_DIR: optional(z.string().trim()),
  ADMIN_IDS: optional(z.string()),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .refine(
        (v) => (LOG_LEVELS as readonly string[]).includes(v),
        `must be one of ${LOG_LEVELS.join(', ')}`,
      ),
  ),
  ALLOW_PRIVATE_URLS: optional(flag),
  FETCH_TIMEOUT_MS: optional(intInRange(100, 600_000, 'a timeout in milliseconds')),
  FETCH_MAX_BYTES: optional(intInRange(1024, 50 * 1024 * 1024, 'a size in bytes')),
});

function ingestLimitsOf(e: z.infer<typeof ingestSchema>): IngestLimits {
  return {
    maxTextBytes: e.INGEST_MAX_TEXT_BYTES ?? DEFAULT_INGEST_LIMITS.maxTextBytes,
    maxHtmlBytes: e.INGEST_MAX_HTML_BYTES ?? DEFAULT_INGEST_LIMITS.maxHtmlBytes,
    parseBudgetMs: e.INGEST_TIMEOUT_MS ?? DEFAULT_INGEST_LIMITS.parseBudgetMs,
    ...(e.INGEST_WORKERS ? { workers: e.INGEST_WORKERS } : {}),
  };
}

/** Problems of a failed parse, one line per variable, never echoing a secret. */
function problemsOf(error: z.ZodError, env: NodeJS.ProcessEnv): string[] {
  return error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const raw = env[name];
    const shown = SECRET_VARS.has(name) || raw === undefined ? '' : ` (got ${JSON.stringify(raw)})`;
    return `${name}: ${issue.message}${shown}`;
  });
}

/** The ingestion limits from INGEST_* variables (defaults for the unset ones); a ConfigError if invalid. */
export function loadIngestLimits(env: NodeJS.ProcessEnv = process.env): IngestLimits {
  const parsed = ingestSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(problemsOf(parsed.error, env));
  return ingestLimitsOf(parsed.data);
}

/** Variables whose values must never appear in an error message. */
const SECRET_VARS = new Set(['TELEGRAM_BOT_TOKEN', 'WEBHOOK_SECRET']);

export function parseAdminIds(raw: string | undefined): { ids: number[]; problems: string[] } {
  const ids: number[] = [];
  const problems: string[] = [];
  if (!raw) return { ids, problems };
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .forEach((item, i) => {
      if (/^\d{1,16}$/.test(item) && Number.isSafeInteger(Number(item)) && Number(item) > 0) {
        ids.push(Number(item));
      } else {
        problems.push(
          `ADMIN_IDS: item ${i + 1} (${JSON.stringify(item)}) is not a numeric Telegram user id; ` +
            'use comma-separated numbers like 12345678,87654321',
        );
      }
    });
  return { ids: [...new Set(ids)], problems };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  const admins = parseAdminIds(env.ADMIN_IDS);
  const problems: string[] = [];
  if (!parsed.success) {
    throw new ConfigError([...problemsOf(parsed.error, env), ...admins.problems]);
  }
  const e = parsed.data;
  problems.push(...admins.problems);

  let webhook: WebhookConfig | undefined;
  if (e.WEBHOOK_URL) {
    const u = new URL(e.WEBHOOK_URL);
    if (u.protocol !== 'https:' && !e.TELEGRAM_API_ROOT) {
      problems.push(
        'WEBHOOK_URL: Telegram only delivers webhooks to https URLs ' +
          '(http is accepted only with TELEGRAM_API_ROOT pointing at a local Bot API server)',
      );
    }
    webhook = {
      url: e.WEBHOOK_URL,
      port: e.PORT ?? 8080,
      ...(e.WEBHOOK_SECRET ? { secret: e.WEBHOOK_SECRET } : {}),
    };
  } else if (e.WEBHOOK_SECRET) {
    problems.push('WEBHOOK_SECRET: is set but WEBHOOK_URL is not; set WEBHOOK_URL for webhook mode');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    ...(e.TELEGRAM_BOT_TOKEN ? { token: e.TELEGRAM_BOT_TOKEN } : {}),
    ...(e.TELEGRAM_API_ROOT ? { apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, '') } : {}),
    ...(webhook ? { webhook } : {}),
    dataDir: e.DATA_DIR || 'data',
    adminIds: admins.ids,
    logLevel: (e.LOG_LEVEL as LogLevel | undefined) ?? 'info',
    ingest: ingestLimitsOf(e),
    fetch: {
      allowPrivateUrls: e.ALLOW_PRIVATE_URLS ?? false,
      timeoutMs: e.FETCH_TIMEOUT_MS ?? 10_000,
      maxBytes: e.FETCH_MAX_BYTES ?? 2 * 1024 * 1024,
    },
  };
}

/** The token, or a ConfigError explaining how to get one. */
export function requireBotToken(config: AppConfig): string {
  if (!config.token) {
    throw new ConfigError([
      'TELEGRAM_BOT_TOKEN: is required to run the Telegram bot (create a bot with @BotFather and copy its token)',
    ]);
  }
  return config.token;
}
