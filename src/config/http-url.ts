/**
 * "An absolute http(s) URL" as a zod schema, shared by the configuration (TELEGRAM_API_ROOT,
 * WEBHOOK_URL) and the article sidecars (`url`): `javascript:`, `file:`, `data:` and relative
 * links are never accepted, nor a value with white space or control characters inside.
 */
import { z } from 'zod';

export function isHttpUrl(value: string): boolean {
  // the URL parser drops tabs and line breaks and encodes spaces: such a value is no link as written
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(value.trim())) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A trimmed string that is an absolute http(s) URL; `message` says what is expected. */
export const httpUrl = (message: string) => z.string().trim().refine(isHttpUrl, message);
