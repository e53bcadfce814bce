/**
 * The scores of one search, summed over the documents of every segment in typed arrays, exactly as
 * MiniSearch sums them in its maps: within one query term, the matches of its exact, prefix and
 * fuzzy index terms in the order they are found; across query terms, each term's sum added to what
 * the earlier terms gave (an OR); a document's final score is that sum times the number of distinct
 * query terms it matched; ties keep the order in which documents were first found.
 *
 * The same floating-point additions in the same order as MiniSearch's give bit for bit the same
 * scores, hence the same ranking — at a few bytes per document instead of an object and a map entry
 * for every document touched (a common term of a large archive touches tens of thousands).
 *
 * One accumulator serves one search at a time: `reset` after reading the results readies it for the
 * next, clearing only what the last one touched.
 */

export interface Scored {
  /** Document number (every segment's documents numbered consecutively). */
  doc: number;
  score: number;
}

export class ScoreAccumulator {
  /** Sum of the finished query terms, by document. */
  private readonly total: Float64Array;
  /** Sum of the query term being added, by document (valid where `stamp` is the term's). */
  private readonly current: Float64Array;
  /** Which query term last touched the document (a number that only grows). */
  private readonly stamp: Uint32Array;
  private term = 0;
  /** Distinct query terms matched, by document. */
  private readonly matched: Uint16Array;
  /** 1 once the document is in the results. */
  private readonly inResults: Uint8Array;
  /** Documents in the order they were first found (the order of ties). */
  private readonly found: number[] = [];
  /** Documents the current term has matched, in the order it matched them. */
  private readonly currentDocs: number[] = [];
  /** Query terms seen so far: a query term written twice adds its score twice but counts once. */
  private readonly sources = new Set<string>();
  private countsAsNew = true;

  /** @param size number of documents */
  constructor(readonly size: number) {
    this.total = new Float64Array(size);
    this.current = new Float64Array(size);
    this.stamp = new Uint32Array(size);
    this.matched = new Uint16Array(size);
    this.inResults = new Uint8Array(size);
  }

  /** Starts adding the matches of a query term. */
  beginTerm(source: string): void {
    this.term++;
    this.countsAsNew = !this.sources.has(source);
    this.sources.add(source);
  }

  /** Adds one match (one index term, one field) of the current query term. */
  add(doc: number, score: number): void {
    if (this.stamp[doc] !== this.term) {
      this.stamp[doc] = this.term;
      this.current[doc] = score;
      this.currentDocs.push(doc);
    } else this.current[doc] = (this.current[doc] as number) + score;
  }

  /** Adds the current term's sums to the results (MiniSearch's OR of two result maps). */
  endTerm(): void {
    for (const doc of this.currentDocs) {
      if (this.inResults[doc]) this.total[doc] = (this.total[doc] as number) + (this.current[doc] as number);
      else {
        this.inResults[doc] = 1;
        this.total[doc] = this.current[doc] as number;
        this.found.push(doc);
      }
      if (this.countsAsNew) this.matched[doc] = (this.matched[doc] as number) + 1;
    }
    this.currentDocs.length = 0;
  }

  /** Number of documents found. */
  get count(): number {
    return this.found.length;
  }

  /** The best `limit` documents, best first, ties in the order found (a stable sort, then a cut). */
  top(limit = Number.POSITIVE_INFINITY): Scored[] {
    const n = this.found.length;
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const doc = this.found[i] as number;
      scores[i] = (this.total[doc] as number) * ((this.matched[doc] as number) || 1);
    }
    let picked: number[];
    if (n <= limit) picked = Array.from({ length: n }, (_, i) => i);
    else {
      const threshold = largest(scores.slice(), limit);
      picked = [];
      let ties = limit;
      for (let i = 0; i < n; i++) if ((scores[i] as number) > threshold) ties--;
      for (let i = 0; i < n; i++) {
        const s = scores[i] as number;
        if (s > threshold) picked.push(i);
        else if (s === threshold && ties > 0) {
          picked.push(i);
          ties--;
        }
      }
    }
    picked.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    return picked.map((i) => ({ doc: this.found[i] as number, score: scores[i] as number }));
  }

  /** Clears what the last search touched. */
  reset(): void {
    for (const doc of this.found) {
      this.total[doc] = 0;
      this.matched[doc] = 0;
      this.inResults[doc] = 0;
    }
    this.found.length = 0;
    this.currentDocs.length = 0;
    this.sources.clear();
  }
}

/** The k-th largest value (1-based) of `values`, which it reorders (quickselect). */
export function largest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1; // index in descending order
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}
