/**
 * Bytes → text, as every surface reads a document (a file on disk, an upload, a fetched page):
 * a byte-order mark decides (UTF-8, UTF-16 LE/BE) and is dropped, then the declared charset,
 * else UTF-8. Invalid sequences become U+FFFD, which screen-content.ts counts.
 */

/** Decode bytes to a string: BOM, then the declared charset, else UTF-8. */
export function decodeText(body: Buffer, charset?: string): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return body.subarray(3).toString('utf8');
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body.subarray(2));
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body.subarray(2));
  if (charset) {
    try {
      return new TextDecoder(charset.toLowerCase()).decode(body);
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(body);
}
