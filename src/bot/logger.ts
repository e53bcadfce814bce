/**
 * pino logger writing to stderr. Secrets (the bot token, webhook secret) are scrubbed from
 * every line by the project's one redaction (config/redact.ts), whatever field or error message
 * they end up in.
 */

import type { Logger } from 'pino';
import { pino } from 'pino';
import type { LogLevel } from '../config/config.ts';
import { REDACTED, redact } from '../config/redact.ts';

export type { Logger };

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never appear in the output. */
  secrets?: Array<string | undefined>;
  /** Where lines go (default: stderr). */
  destination?: { write(line: string): unknown };
}

export function createLogger(opts: LoggerOptions): Logger {
  const secrets = opts.secrets ?? [];
  const out = opts.destination ?? process.stderr;
  const stream = {
    write(line: string) {
      out.write(redact(line, secrets));
    },
  };
  return pino(
    {
      level: opts.level,
      base: { name: 'mttq-bot' },
      redact: {
        paths: ['token', '*.token', 'secret', '*.secret', 'secret_token', '*.secret_token', 'config.token'],
        censor: REDACTED,
      },
    },
    stream,
  );
}

/** A logger that drops everything (tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
