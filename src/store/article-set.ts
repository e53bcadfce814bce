/**
 * A set of the articles of one store generation, kept as bits over their numbers in the store's
 * order: the union or intersection of the articles of a year, a province and a cluster costs a few
 * hundred machine words however many articles they hold, and membership one bit — where sets of ids
 * cost a hash entry per article (tens of thousands for "năm 2024" in a provincial archive).
 * Iteration gives the ids in the store's order.
 */

/** The store's articles by number: `ids[n]` is article n, `numberOf` the way back. */
export interface ArticleNumbering {
  readonly ids: readonly string[];
  numberOf(id: string): number | undefined;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class ArticleSet implements Iterable<string> {
  /** Number of articles in the set. */
  readonly size: number;

  private constructor(
    private readonly numbering: ArticleNumbering,
    private readonly bits: Uint32Array,
  ) {
    let n = 0;
    for (let i = 0; i < bits.length; i++) n += popcount(bits[i] as number);
    this.size = n;
  }

  /** The articles of these numbers. */
  static of(numbering: ArticleNumbering, numbers: Iterable<number>): ArticleSet {
    const bits = new Uint32Array(Math.ceil(numbering.ids.length / 32));
    for (const n of numbers) bits[n >>> 5] = (bits[n >>> 5] as number) | (1 << (n & 31));
    return new ArticleSet(numbering, bits);
  }

  /** Every article of the store. */
  static all(numbering: ArticleNumbering): ArticleSet {
    return ArticleSet.of(numbering, numbering.ids.keys());
  }

  has(id: string): boolean {
    const n = this.numbering.numberOf(id);
    return n !== undefined && ((this.bits[n >>> 5] as number) & (1 << (n & 31))) !== 0;
  }

  /** The articles in this set and in every other one. */
  and(...others: readonly ArticleSet[]): ArticleSet {
    const bits = this.bits.slice();
    for (const o of others)
      for (let i = 0; i < bits.length; i++) bits[i] = (bits[i] as number) & (o.bits[i] ?? 0);
    return new ArticleSet(this.numbering, bits);
  }

  /** The articles in this set or in any other one. */
  or(...others: readonly ArticleSet[]): ArticleSet {
    const bits = this.bits.slice();
    for (const o of others)
      for (let i = 0; i < bits.length; i++) bits[i] = (bits[i] as number) | (o.bits[i] ?? 0);
    return new ArticleSet(this.numbering, bits);
  }

  /** The articles of this set for which `keep` is true. */
  filter(keep: (id: string) => boolean): ArticleSet {
    const numbers: number[] = [];
    for (const n of this.numbers()) if (keep(this.numbering.ids[n] as string)) numbers.push(n);
    return ArticleSet.of(this.numbering, numbers);
  }

  /** The first `count` articles, in the store's order. */
  take(count: number): string[] {
    const out: string[] = [];
    if (count <= 0) return out;
    for (const n of this.numbers()) {
      out.push(this.numbering.ids[n] as string);
      if (out.length >= count) break;
    }
    return out;
  }

  private *numbers(): Generator<number> {
    for (let w = 0; w < this.bits.length; w++) {
      let word = this.bits[w] as number;
      while (word !== 0) {
        const low = word & -word;
        yield w * 32 + (31 - Math.clz32(low));
        word ^= low;
      }
    }
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const n of this.numbers()) yield this.numbering.ids[n] as string;
  }
}
