/**
 * pino logger writing to stderr. Secrets (the bot token, webhook secret) are scrubbed from
 * every line, whatever field or error message they end up in.
 */

import type { Logger } from 'pino';
import { pino } from 'pino';
import type { LogLevel } from '../config/config.ts';

export type { Logger };

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never appear in the output. */
  secrets?: Array<string | undefined>;
  /** Where lines go (default: stderr). */
  destination?: { write(line: string): unknown };
}

export function createLogger(opts: LoggerOptions): Logger {
  const secrets = (opts.secrets ?? []).filter((s): s is string => !!s && s.length >= 6);
  const out = opts.destination ?? process.stderr;
  const stream = {
    write(line: string) {
      let safe = line;
      for (const s of secrets) safe = safe.split(s).join('[redacted]');
      out.write(safe);
    },
  };
  return pino(
    {
      level: opts.level,
      base: { name: 'mttq-bot' },
      redact: {
        paths: ['token', '*.token', 'secret', '*.secret', 'secret_token', '*.secret_token', 'config.token'],
        censor: '[redacted]',
      },
    },
    stream,
  );
}

/** A logger that drops everything (tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
