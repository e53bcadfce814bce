/**
 * The score accumulator: MiniSearch's OR of per-term result maps, in typed arrays — sums per query
 * term, then across terms; the final score multiplied by the distinct query terms matched; the best
 * first, ties in the order found; and nothing left over for the next search.
 */
import { describe, expect, it } from 'vitest';
import { largest, ScoreAccumulator } from '../../src/search/score-accumulator.ts';
import { Random } from '../fuzz/random.ts';

function search(acc: ScoreAccumulator, terms: Array<[source: string, matches: Array<[number, number]>]>) {
  for (const [source, matches] of terms) {
    acc.beginTerm(source);
    for (const [doc, score] of matches) acc.add(doc, score);
    acc.endTerm();
  }
}

describe('ScoreAccumulator', () => {
  it('sums a term over its index terms, then across terms, times the distinct terms matched', () => {
    const acc = new ScoreAccumulator(10);
    search(acc, [
      [
        'cum',
        [
          [3, 1],
          [5, 2],
          [3, 0.5],
        ],
      ],
      ['truong', [[5, 1]]],
    ]);
    expect(acc.top()).toEqual([
      { doc: 5, score: (2 + 1) * 2 },
      { doc: 3, score: 1.5 },
    ]);
  });

  it('a query term written twice adds twice but counts once', () => {
    const acc = new ScoreAccumulator(4);
    search(acc, [
      ['cum', [[1, 1]]],
      ['cum', [[1, 1]]],
    ]);
    expect(acc.top()).toEqual([{ doc: 1, score: 2 }]);
  });

  it('ties keep the order in which documents were first found, also when cut by the limit', () => {
    const acc = new ScoreAccumulator(10);
    search(acc, [
      [
        'a',
        [
          [7, 1],
          [2, 1],
          [9, 3],
        ],
      ],
      [
        'b',
        [
          [4, 1],
          [0, 1],
        ],
      ],
    ]);
    expect(acc.top(3).map((s) => s.doc)).toEqual([9, 7, 2]);
    expect(acc.top().map((s) => s.doc)).toEqual([9, 7, 2, 4, 0]);
  });

  it('reset leaves nothing for the next search', () => {
    const acc = new ScoreAccumulator(5);
    search(acc, [['a', [[1, 1]]]]);
    acc.reset();
    search(acc, [['b', [[2, 1]]]]);
    expect(acc.top()).toEqual([{ doc: 2, score: 1 }]);
    expect(acc.count).toBe(1);
  });
});

describe('largest', () => {
  it('is the k-th value of the values sorted from the largest, duplicates included', () => {
    const random = new Random(7);
    for (let round = 0; round < 200; round++) {
      const values = Float64Array.from({ length: random.int(1, 60) }, () => random.int(0, 9) / 4);
      const k = random.int(1, values.length);
      const sorted = [...values].sort((a, b) => b - a);
      expect(largest(values.slice(), k)).toBe(sorted[k - 1]);
    }
  });
});
