/**
 * Relevance as MiniSearch computes it (BM25+, its default parameters and weights), so that the
 * segmented index ranks exactly as a MiniSearch over the same documents would: the same formula, the
 * same running average of field lengths, the same order of additions.
 */

/** MiniSearch's default BM25+ parameters: term saturation k, length normalization b, floor d. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** MiniSearch's default weights of a prefix match and a fuzzy match (an exact match weighs 1). */
export const MATCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const;

/** BM25+ score of one term in one field of one document (MiniSearch's `calcBM25Score`). */
export function bm25(
  termFreq: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (
    invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
  );
}

/** Weight of a prefix match `distance` characters longer than the query term. */
export function prefixWeight(term: string, distance: number): number {
  return (MATCH_WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance);
}

/** Weight of a fuzzy match at `distance` edits. */
export function fuzzyWeight(term: string, distance: number): number {
  return (MATCH_WEIGHTS.fuzzy * term.length) / (term.length + distance);
}

/**
 * The document count and average field lengths of an index, updated one document at a time with
 * MiniSearch's formulas (a running average), so that they are bit for bit what MiniSearch holds.
 */
export interface FieldStats {
  documentCount: number;
  /** Average length (distinct terms) of each field, by field number. */
  averageLength: number[];
}

export function emptyStats(fields: number): FieldStats {
  return { documentCount: 0, averageLength: new Array(fields).fill(0) };
}

/** Counts one more document whose fields have these lengths. */
export function addDocument(stats: FieldStats, lengths: ArrayLike<number>): void {
  const count = stats.documentCount;
  stats.documentCount = count + 1;
  for (let f = 0; f < stats.averageLength.length; f++) {
    const average = stats.averageLength[f] || 0;
    stats.averageLength[f] = (average * count + (lengths[f] ?? 0)) / (count + 1);
  }
}

/** Counts one document less. */
export function removeDocument(stats: FieldStats, lengths: ArrayLike<number>): void {
  const count = stats.documentCount;
  for (let f = 0; f < stats.averageLength.length; f++) {
    stats.averageLength[f] =
      count === 1 ? 0 : ((stats.averageLength[f] ?? 0) * count - (lengths[f] ?? 0)) / (count - 1);
  }
  stats.documentCount = count - 1;
}
