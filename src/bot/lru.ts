/**
 * A small bounded LRU map with a time-to-live (per map, or per entry). No timers: expiry is checked on
 * read, and the size bound evicts the least recently used entry. Its entries can be dumped and restored
 * (expiry times included) to persist it.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, { value: V; expires: number }>();

  constructor(
    readonly maxEntries: number,
    readonly ttlMs = Number.POSITIVE_INFINITY,
    private readonly now: () => number = Date.now,
  ) {
    if (maxEntries < 1) throw new Error('LruCache needs room for at least one entry');
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.map.delete(key);
      return undefined;
    }
    // Refresh recency.
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  /** Stores a value; `ttlMs` overrides the map's time-to-live for this entry. */
  set(key: K, value: V, ttlMs = this.ttlMs): void {
    this.restore(key, value, this.now() + ttlMs);
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  /** Live entries, least recently used first, with their expiry time (ms since the epoch). */
  dump(): Array<[K, V, number]> {
    const now = this.now();
    return [...this.map].filter(([, e]) => e.expires > now).map(([k, e]) => [k, e.value, e.expires]);
  }

  /** Puts back an entry from `dump()` (as the most recent), unless it has expired meanwhile. */
  restore(key: K, value: V, expires: number): void {
    this.map.delete(key);
    if (expires <= this.now()) return;
    this.map.set(key, { value, expires });
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }
}
