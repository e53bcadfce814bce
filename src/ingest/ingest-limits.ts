/**
 * The limits every ingested document is held to, whoever sends it (CLI, /them, seeds). The
 * defaults are far above real articles (a long news article is 20–60 kB of text, its page
 * 100–400 kB of HTML) and far below what would exhaust the process.
 */

export interface IngestLimits {
  /** Largest .txt/.md document accepted, in bytes (INGEST_MAX_TEXT_BYTES, default 5 MiB). */
  maxTextBytes: number;
  /** Largest .html document accepted, in bytes (INGEST_MAX_HTML_BYTES, default 10 MiB). */
  maxHtmlBytes: number;
  /** Time one document may take to be parsed, in ms (INGEST_TIMEOUT_MS, default 5000). */
  parseBudgetMs: number;
  /** Worker threads that parse documents (INGEST_WORKERS, default: cores − 1, at least 1). */
  workers?: number;
}

export const DEFAULT_INGEST_LIMITS: Readonly<IngestLimits> = {
  maxTextBytes: 5 * 1024 * 1024,
  maxHtmlBytes: 10 * 1024 * 1024,
  parseBudgetMs: 5000,
};

/** The byte cap for a document of this format. */
export function maxBytesFor(format: 'txt' | 'md' | 'html', limits: IngestLimits): number {
  return format === 'html' ? limits.maxHtmlBytes : limits.maxTextBytes;
}
