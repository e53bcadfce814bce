/**
 * The one redaction every printing path goes through (the bot's logger, fatal errors of
 * `npm start`, CLI errors): the bot token and the webhook secret never reach a terminal or a log,
 * wherever they appear — in a message, a URL, an error a server echoed back.
 *
 * Removed: each secret given (as written and URL-encoded), and whatever follows `/bot` in a Bot
 * API URL path (`/bot123:ABC/getMe`), whether or not it is a known secret.
 */

export const REDACTED = '[redacted]';

/** Secrets shorter than this are not searched for (they would blank out ordinary words). */
const MIN_SECRET_LENGTH = 6;

/** `/bot<token>/method` and `/file/bot<token>/path`: the token segment of Bot API URLs. */
const BOT_PATH = /(\/(?:file\/)?bot)[^/\s"'<>]+(?=\/)/g;

/** The secrets of a process: TELEGRAM_BOT_TOKEN and WEBHOOK_SECRET as set, valid or not. */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.TELEGRAM_BOT_TOKEN, env.WEBHOOK_SECRET].map((s) => s?.trim() ?? '').filter(Boolean);
}

/** `text` without the secrets; see the module comment. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined> = secretsFromEnv()): string {
  let out = text.replace(BOT_PATH, `$1${REDACTED}`);
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED);
  }
  return out;
}
