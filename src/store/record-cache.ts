/**
 * The records read from segment files, kept while they fit in a budget and dropped least recently
 * used first: answering reads the same few articles again and again, never the whole archive.
 */
import type { ArticleRecord } from './article-record.ts';

export interface RecordCacheOptions {
  /** Budget of the records kept, counted in bytes of their JSON text (default 48 MB). */
  maxBytes: number;
}

export const DEFAULT_RECORD_CACHE: RecordCacheOptions = { maxBytes: 48 * 1024 * 1024 };

export class RecordCache {
  private readonly items = new Map<string, { record: ArticleRecord; bytes: number }>();
  private bytes = 0;

  constructor(private readonly options: RecordCacheOptions = DEFAULT_RECORD_CACHE) {}

  get(key: string): ArticleRecord | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    this.items.delete(key);
    this.items.set(key, item);
    return item.record;
  }

  set(key: string, record: ArticleRecord, bytes: number): void {
    const old = this.items.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.items.delete(key);
    }
    this.items.set(key, { record, bytes });
    this.bytes += bytes;
    for (const [k, item] of this.items) {
      if (this.bytes <= this.options.maxBytes || this.items.size <= 1) break;
      this.items.delete(k);
      this.bytes -= item.bytes;
    }
  }

  clear(): void {
    this.items.clear();
    this.bytes = 0;
  }
}
