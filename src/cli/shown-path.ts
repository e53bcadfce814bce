/**
 * A path as printed in messages: as is, unless it holds control or bidi characters (a file name
 * with a newline or an escape sequence), in which case it is quoted with JSON escapes so that one
 * file stays one line and cannot repaint the terminal.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

export function shownPath(path: string): string {
  if (!UNSAFE.test(path)) return path;
  return JSON.stringify(path).replace(
    /[\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}
