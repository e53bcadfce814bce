/**
 * The records read from segment files, kept while they fit in a budget and dropped least recently
 * used first: answering reads the same few articles again and again, never the whole archive.
 */
import { getHeapStatistics } from 'node:v8';
import type { ArticleRecord } from './article-record.ts';

export interface RecordCacheOptions {
  /**
   * Budget of the records kept, counted in bytes of their JSON text; parsed, they take two to three
   * times that of the heap (default: a tenth of the heap limit, at most 48 MB — 25 MB at the
   * default 256 MB heap, the whole of a 2,000-article archive).
   */
  maxBytes: number;
}

export const DEFAULT_RECORD_CACHE: RecordCacheOptions = {
  maxBytes: Math.min(48 * 1024 * 1024, Math.round(getHeapStatistics().heap_size_limit / 10)),
};

/**
 * Kept in insertion order; a hit only marks the record as used (no reordering on the hot path), and
 * eviction gives a used record a second chance at the end of the line (the CLOCK algorithm).
 */
export class RecordCache {
  private readonly items = new Map<string, { record: ArticleRecord; bytes: number; used: boolean }>();
  private bytes = 0;

  constructor(private readonly options: RecordCacheOptions = DEFAULT_RECORD_CACHE) {}

  get(key: string): ArticleRecord | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    item.used = true;
    return item.record;
  }

  set(key: string, record: ArticleRecord, bytes: number): void {
    const old = this.items.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.items.delete(key);
    }
    this.items.set(key, { record, bytes, used: false });
    this.bytes += bytes;
    while (this.bytes > this.options.maxBytes && this.items.size > 1) {
      const [k, item] = this.items.entries().next().value as [
        string,
        { record: ArticleRecord; bytes: number; used: boolean },
      ];
      this.items.delete(k);
      if (item.used && k !== key) {
        item.used = false;
        this.items.set(k, item);
      } else this.bytes -= item.bytes;
    }
  }

  /** True when every record of this many bytes would fit. */
  fits(bytes: number): boolean {
    return bytes <= this.options.maxBytes;
  }

  clear(): void {
    this.items.clear();
    this.bytes = 0;
  }
}
