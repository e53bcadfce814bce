/**
 * The terms of all segments of one kind of posting (sentences, or article fields): for each term,
 * its document frequency per field and where each segment keeps its postings. Terms are numbered in
 * the order they first occur across the segments, which is the order MiniSearch would have inserted
 * them into its term tree; the tree itself (for fuzzy and prefix matching) is built on first use.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { SegmentPostings } from './segment-postings.ts';

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Document frequency by field: `frequency[field][term]`. */
  private readonly frequency: Int32Array[];
  /** For term t, `places[2i]` (segment number) and `places[2i + 1]` (its term number there) for i in `start[t]` … `start[t + 1]`. */
  private readonly start: Int32Array;
  private readonly places: Int32Array;
  private tree?: SearchableMap<number>;

  constructor(segments: readonly SegmentPostings[], fields: number) {
    let pairs = 0;
    const local: Int32Array[] = segments.map((s) => {
      const global = new Int32Array(s.terms.length);
      s.terms.forEach((term, i) => {
        let id = this.ids.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.ids.set(term, id);
          this.terms.push(term);
        }
        global[i] = id;
      });
      pairs += s.terms.length;
      return global;
    });
    const count = this.terms.length;
    this.frequency = Array.from({ length: fields }, () => new Int32Array(count));
    const perTerm = new Int32Array(count + 1);
    segments.forEach((s, n) => {
      const global = local[n] as Int32Array;
      for (let i = 0; i < global.length; i++) {
        const id = global[i] as number;
        perTerm[id + 1] = (perTerm[id + 1] as number) + 1;
        for (let f = 0; f < fields; f++) {
          const offsets = (s.byField[f] as SegmentPostings['byField'][number]).offsets;
          const column = this.frequency[f] as Int32Array;
          column[id] = (column[id] as number) + ((offsets[i + 1] as number) - (offsets[i] as number));
        }
      }
    });
    for (let t = 0; t < count; t++) perTerm[t + 1] = (perTerm[t + 1] as number) + (perTerm[t] as number);
    this.start = perTerm;
    this.places = new Int32Array(pairs * 2);
    const fill = Int32Array.from(perTerm.subarray(0, count));
    segments.forEach((_, n) => {
      const global = local[n] as Int32Array;
      for (let i = 0; i < global.length; i++) {
        const id = global[i] as number;
        const at = fill[id] as number;
        this.places[2 * at] = n;
        this.places[2 * at + 1] = i;
        fill[id] = at + 1;
      }
    });
  }

  /** Documents containing the term in this field (0 when unknown). */
  frequencyOf(term: string, field = 0): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : ((this.frequency[field] as Int32Array)[id] as number);
  }

  /** True when some document contains the term in some field. */
  has(term: string): boolean {
    const id = this.ids.get(term);
    if (id === undefined) return false;
    return this.frequency.some((column) => (column[id] as number) > 0);
  }

  /** Calls `visit(segment, termInSegment)` for each segment holding the term, in segment order. */
  forEachPlace(term: string, visit: (segment: number, local: number) => void): void {
    const id = this.ids.get(term);
    if (id === undefined) return;
    for (let i = this.start[id] as number; i < (this.start[id + 1] as number); i++)
      visit(this.places[2 * i] as number, this.places[2 * i + 1] as number);
  }

  /** The term's number in one segment, when that segment holds it. */
  localIn(term: string, segment: number): number | undefined {
    const id = this.ids.get(term);
    if (id === undefined) return undefined;
    let lo = this.start[id] as number;
    let hi = this.start[id + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.places[2 * mid] as number;
      if (s === segment) return this.places[2 * mid + 1] as number;
      if (s < segment) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  /**
   * The term tree MiniSearch would hold after saving and reloading its index: terms inserted in
   * order of first occurrence, then inserted again in that tree's own order (as `loadJS` does).
   */
  private termTree(): SearchableMap<number> {
    if (!this.tree) {
      const first = new SearchableMap<number>();
      this.terms.forEach((term, id) => {
        if (this.has(term)) first.set(term, id);
      });
      this.tree = SearchableMap.from(first);
    }
    return this.tree;
  }

  /** Known terms starting with `prefix`, in MiniSearch's order. */
  withPrefix(prefix: string): string[] {
    return [...this.termTree().atPrefix(prefix).keys()];
  }

  /** Known terms within `maxDistance` edits of `term`, with their distance, in MiniSearch's order. */
  near(term: string, maxDistance: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [t, [, distance]] of this.termTree().fuzzyGet(term, maxDistance)) out.set(t, distance);
    return out;
  }

  get size(): number {
    return this.terms.length;
  }
}
