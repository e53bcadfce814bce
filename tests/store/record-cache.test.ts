/**
 * The record cache keeps records within its budget, least recently used first, and gives heap back
 * when the heap is under pressure (a large archive at the default heap), growing back afterwards.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/store/article-record.ts';
import { RecordCache } from '../../src/store/record-cache.ts';

const MB = 1024 * 1024;
const record = (id: string) => ({ article: { id } }) as unknown as ArticleRecord;

describe('the record cache', () => {
  it('keeps records within its budget, dropping the least recently used first', () => {
    const cache = new RecordCache({ maxBytes: 3 * MB, heap: () => ({ used: 0, limit: 100 }) });
    for (const k of ['a', 'b', 'c']) cache.set(k, record(k), MB);
    cache.get('a');
    cache.set('d', record('d'), MB);
    expect(['a', 'b', 'c', 'd'].filter((k) => cache.get(k))).toEqual(['a', 'c', 'd']);
  });

  it('gives back half of what it holds while the heap is under pressure, and grows back after', () => {
    let used = 10;
    const cache = new RecordCache({ maxBytes: 64 * MB, heap: () => ({ used, limit: 100 }) });
    for (let i = 0; i < 32; i++) cache.set(`r${i}`, record(`r${i}`), MB);
    expect(cache.maxBytes).toBe(64 * MB);
    used = 80;
    for (let i = 32; i < 48; i++) cache.set(`r${i}`, record(`r${i}`), MB);
    expect(cache.maxBytes).toBe(24 * MB);
    const kept = Array.from({ length: 48 }, (_, i) => `r${i}`).filter((k) => cache.get(k));
    expect(kept).toHaveLength(24);
    expect(kept).toContain('r47');
    used = 20;
    for (let i = 48; i < 64; i++) cache.set(`r${i}`, record(`r${i}`), MB);
    expect(cache.maxBytes).toBe(30 * MB);
  });

  it('never shrinks below a megabyte: a question’s articles still fit', () => {
    const cache = new RecordCache({ maxBytes: 8 * MB, heap: () => ({ used: 99, limit: 100 }) });
    for (let i = 0; i < 200; i++) cache.set(`r${i}`, record(`r${i}`), 64 * 1024);
    expect(cache.maxBytes).toBe(MB);
    expect(cache.get('r199')).toBeDefined();
  });
});
