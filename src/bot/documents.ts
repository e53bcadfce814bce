/**
 * Turning what an admin sends (pasted text, an uploaded file, a fetched page) into a
 * `NewDocument` for the engine: format detection and charset decoding.
 */
import type { NewDocument } from '../engine.ts';
import type { SourceFormat } from '../ingest/article.ts';
import { decodeText } from '../ingest/decode-text.ts';
import type { FetchedResource } from './net/safe-fetch.ts';
import { FetchError } from './net/safe-fetch.ts';

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const MIME: Record<string, SourceFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

/** Format of an uploaded document from its file name, then its MIME type. */
export function formatOfDocument(
  fileName: string | undefined,
  mimeType: string | undefined,
): SourceFormat | undefined {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  const mime = mimeType?.toLowerCase().split(';')[0]?.trim();
  return mime ? MIME[mime] : undefined;
}

/** Format of a fetched resource from its Content-Type, sniffing when it is absent. */
export function formatOfResponse(contentType: string | undefined, body: Buffer): SourceFormat | undefined {
  const mime = contentType?.toLowerCase().split(';')[0]?.trim();
  if (mime) return MIME[mime];
  const head = body.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  return head.startsWith('<') ? 'html' : 'txt';
}

function charsetOf(contentType: string | undefined, body: Buffer, format: SourceFormat): string | undefined {
  const fromHeader = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  if (format === 'html') {
    const head = body.subarray(0, 2048).toString('latin1');
    return head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  }
  return undefined;
}

export function documentFromFetch(res: FetchedResource): NewDocument {
  const format = formatOfResponse(res.contentType, res.body);
  if (!format)
    throw new FetchError('unsupported_type', `content type ${res.contentType ?? '?'} is not supported`);
  const text = decodeText(res.body, charsetOf(res.contentType, res.body, format));
  return { text, format, meta: { url: res.url } };
}

export function documentFromFile(body: Buffer, format: SourceFormat): NewDocument {
  return { text: decodeText(body, charsetOf(undefined, body, format)), format };
}

export function documentFromText(text: string): NewDocument {
  return { text, format: 'txt' };
}

/** The URL when the whole text is one link (as admins paste them); its scheme is checked later. */
export function singleUrl(text: string): string | undefined {
  const t = text.trim();
  return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(t) ? t : undefined;
}
