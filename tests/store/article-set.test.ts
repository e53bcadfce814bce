/**
 * Sets of articles as bits over the store's order, and the scope lookups that return them: a list
 * of years, provinces or clusters holds when the article names any of them, every locality listed
 * must be named, and every criterion given must hold.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../src/store/article-entry.ts';
import { type ArticleNumbering, ArticleSet } from '../../src/store/article-set.ts';
import { inScope, scopeLookup } from '../../src/store/fact-index.ts';
import { Random } from '../fuzz/random.ts';

function numbering(ids: string[]): ArticleNumbering {
  const numbers = new Map(ids.map((id, n) => [id, n]));
  return { ids, numberOf: (id) => numbers.get(id) };
}

describe('ArticleSet', () => {
  const store = numbering(Array.from({ length: 70 }, (_, n) => `a${n}`));

  it('holds the articles of its numbers, iterated in the store order, with their count', () => {
    const set = ArticleSet.of(store, [64, 3, 31, 32, 3]);
    expect([...set]).toEqual(['a3', 'a31', 'a32', 'a64']);
    expect(set.size).toBe(4);
    expect(set.has('a31')).toBe(true);
    expect(set.has('a30')).toBe(false);
    expect(set.has('not-stored')).toBe(false);
    expect(set.take(2)).toEqual(['a3', 'a31']);
  });

  it('and, or and filter are the set operations over ids', () => {
    const random = new Random(11);
    const pick = () => new Set(Array.from({ length: random.int(0, 40) }, () => `a${random.int(0, 69)}`));
    const set = (ids: Set<string>) =>
      ArticleSet.of(
        store,
        [...ids].map((id) => store.numberOf(id) as number),
      );
    const inStoreOrder = (keep: (id: string) => boolean) => store.ids.filter(keep);
    for (let round = 0; round < 50; round++) {
      const a = pick();
      const b = pick();
      const c = pick();
      expect([...set(a).and(set(b), set(c))]).toEqual(
        inStoreOrder((id) => a.has(id) && b.has(id) && c.has(id)),
      );
      expect([...set(a).or(set(b), set(c))]).toEqual(
        inStoreOrder((id) => a.has(id) || b.has(id) || c.has(id)),
      );
      expect([...set(a).filter((id) => id.endsWith('1'))]).toEqual(
        inStoreOrder((id) => a.has(id) && id.endsWith('1')),
      );
    }
  });

  it('all is every article of the store', () => {
    expect(ArticleSet.all(store).size).toBe(70);
  });
});

describe('scope lookups', () => {
  const entry = (
    id: string,
    scope: { years?: number[]; provinces?: string[]; clusterKeys?: string[]; localityNames?: string[] },
  ) =>
    ({
      id,
      scope: { years: [], provinces: [], clusterKeys: [], localityNames: [], ...scope },
    }) as unknown as ArticleEntry;
  const entries = [
    entry('hop-2023-dien-bien', {
      years: [2023],
      provinces: ['Điện Biên'],
      clusterKeys: ['mien nui bien gioi phia bac'],
    }),
    entry('hop-2024-dien-bien', { years: [2024], provinces: ['Điện Biên'], localityNames: ['muong nhe'] }),
    entry('hop-2024-lai-chau', {
      years: [2024],
      provinces: ['Lai Châu'],
      localityNames: ['muong nhe', 'sin ho'],
    }),
    entry('tin-khac', { years: [2022] }),
  ];
  const store = numbering(entries.map((e) => e.id));
  const lookup = scopeLookup(entries, store);
  const ids = (q: Parameters<typeof inScope>[1]) => [...inScope(lookup, q)];

  it('a list holds when the article names any of its values', () => {
    expect(ids({ years: [2023, 2024] })).toEqual([
      'hop-2023-dien-bien',
      'hop-2024-dien-bien',
      'hop-2024-lai-chau',
    ]);
    expect(ids({ provinces: ['Lai Châu', 'Điện Biên'] })).toHaveLength(3);
  });

  it('every criterion given must hold, and every locality listed', () => {
    expect(ids({ years: [2024], provinces: ['Điện Biên'] })).toEqual(['hop-2024-dien-bien']);
    expect(ids({ localities: ['muong nhe', 'sin ho'] })).toEqual(['hop-2024-lai-chau']);
    expect(ids({ years: [2023], clusters: ['mien nui bien gioi phia bac'] })).toEqual(['hop-2023-dien-bien']);
  });

  it('an empty list holds for no article; no criterion, for every article', () => {
    expect(ids({ clusters: [] })).toEqual([]);
    expect(ids({})).toHaveLength(4);
  });
});
