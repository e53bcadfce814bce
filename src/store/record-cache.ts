/**
 * The records read from segment files, kept while they fit in a budget and dropped least recently
 * used first: answering reads the same few articles again and again, never the whole archive.
 *
 * A cached record costs far more heap than its JSON text: parsed, and with what answering derives
 * from its sentences and keeps while the record lives (folded texts, places, persons, dates), about
 * nine times its bytes. The budget is therefore also bounded by the heap itself: when the heap in
 * use passes `heapPressure` of its limit (a large archive's entries and lookups take the rest), the
 * cache gives back half of what it holds, and grows back when the pressure is gone — a long-running
 * bot never runs out of memory because of it.
 */
import { getHeapStatistics } from 'node:v8';
import type { ArticleRecord } from './article-record.ts';

export interface RecordCacheOptions {
  /**
   * Budget of the records kept, counted in bytes of their JSON text (default: a tenth of the heap
   * limit, at most 48 MB — 25 MB at the default 256 MB heap, the whole of a 2,000-article archive).
   */
  maxBytes: number;
  /** Share of the heap limit in use above which the cache shrinks (default 0.7). */
  heapPressure?: number;
  /** Heap in use and its limit, in bytes (default: V8's; replaced in tests). */
  heap?: () => { used: number; limit: number };
}

export const DEFAULT_RECORD_CACHE: RecordCacheOptions = {
  maxBytes: Math.min(48 * 1024 * 1024, Math.round(getHeapStatistics().heap_size_limit / 10)),
};

/** The heap is looked at every this many records cached (a few µs each time). */
const CHECK_EVERY = 16;
/** Never shrunk below this budget: the articles of one question still fit. */
const MIN_BYTES = 1024 * 1024;

const v8Heap = () => {
  const s = getHeapStatistics();
  return { used: s.used_heap_size, limit: s.heap_size_limit };
};

/**
 * Kept in insertion order; a hit only marks the record as used (no reordering on the hot path), and
 * eviction gives a used record a second chance at the end of the line (the CLOCK algorithm).
 */
export class RecordCache {
  private readonly items = new Map<string, { record: ArticleRecord; bytes: number; used: boolean }>();
  private bytes = 0;
  /** The budget now: `maxBytes`, or less while the heap is under pressure. */
  private budget: number;
  private sets = 0;

  constructor(private readonly options: RecordCacheOptions = DEFAULT_RECORD_CACHE) {
    this.budget = options.maxBytes;
  }

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
    if (++this.sets % CHECK_EVERY === 0) this.adapt();
    this.evict(key);
  }

  /** Budget in bytes of JSON text the cache keeps now. */
  get maxBytes(): number {
    return this.budget;
  }

  /** Follows the heap: half of what is held is given back under pressure; the budget grows back when it is gone. */
  private adapt(): void {
    const { used, limit } = (this.options.heap ?? v8Heap)();
    const pressure = this.options.heapPressure ?? 0.7;
    if (used > pressure * limit) this.budget = Math.max(MIN_BYTES, Math.min(this.budget, this.bytes) / 2);
    else if (used < (pressure / 2) * limit)
      this.budget = Math.min(this.options.maxBytes, Math.max(this.budget * 1.25, MIN_BYTES));
  }

  private evict(keep: string): void {
    while (this.bytes > this.budget && this.items.size > 1) {
      const [k, item] = this.items.entries().next().value as [
        string,
        { record: ArticleRecord; bytes: number; used: boolean },
      ];
      this.items.delete(k);
      if (item.used && k !== keep) {
        item.used = false;
        this.items.set(k, item);
      } else this.bytes -= item.bytes;
    }
  }

  /** True when every record of this many bytes would fit (in the full budget). */
  fits(bytes: number): boolean {
    return bytes <= this.options.maxBytes;
  }

  clear(): void {
    this.items.clear();
    this.bytes = 0;
  }
}
