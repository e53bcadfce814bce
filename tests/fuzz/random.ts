/**
 * A seeded pseudo-random source for the fuzz suite (mulberry32): the same seed gives the same
 * documents and questions on every machine, so a failure can be replayed.
 */

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `n` bytes, each 0–255 (or from `min` on). */
  bytes(n: number, min = 0): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = this.int(min, 255);
    return out;
  }

  /** A string of `n` code points drawn from the given ranges [from, to]. */
  chars(n: number, ranges: ReadonlyArray<readonly [number, number]>): string {
    let s = '';
    for (let i = 0; i < n; i++) {
      const [from, to] = this.pick(ranges);
      s += String.fromCodePoint(this.int(from, to));
    }
    return s;
  }
}
