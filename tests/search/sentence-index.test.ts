/**
 * The sentence index: folded search over every sentence, prefix matching only on the last word,
 * fuzzy matching only on longer words, numbers and codes exact; saved and reloaded unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/ingest/article.ts';
import { type SentenceHit, SentenceIndex } from '../../src/search/sentence-index.ts';
import { fold } from '../../src/text/fold.ts';
import { indexTerms } from '../../src/text/tokenize.ts';
import { seed } from '../extract/articles.ts';

const articles: Article[] = ['000', '001', '002', '003', '004'].map(seed);
const index = SentenceIndex.build(articles);
const text = (h: SentenceHit) => articles.find((a) => a.id === h.articleId)?.sentences[h.index]?.text ?? '';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Hits without the order of their matched terms, which is not part of the contract. */
const comparable = (hits: SentenceHit[]) => hits.map((h) => ({ ...h, terms: [...h.terms].sort() }));

describe('round trip', () => {
  it('save → load gives identical search results', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mttq-index-'));
    dirs.push(dir);
    const bytes = index.save(dir);
    expect(bytes).toBeGreaterThan(0);
    const back = SentenceIndex.load(dir);
    expect(back?.size).toBe(index.size);
    for (const q of [
      'cum truong 2024',
      'nha dai doan ket',
      'Chỉ thị 22-CT/TW',
      'phản biện xã hội',
      'tuyen truy',
    ])
      expect(comparable(back?.search(indexTerms(q)) ?? [])).toEqual(comparable(index.search(indexTerms(q))));
  });

  it('there is nothing to load from an empty directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mttq-index-'));
    dirs.push(dir);
    expect(SentenceIndex.load(dir)).toBeUndefined();
  });

  it('every sentence of every article is a document', () => {
    expect(index.size).toBe(articles.reduce((n, a) => n + a.sentences.length, 0));
  });
});

describe('folded search', () => {
  it('"cum truong 2024" finds a "Cụm trưởng … năm 2024" sentence first', () => {
    const [top] = index.search(indexTerms('cum truong 2024'));
    expect(fold(text(top!))).toMatch(/cum truong.*2024/);
    expect(top?.terms).toContain('cum_truong');
  });

  it('a question typed with diacritics finds the same sentences', () => {
    const plain = index.search(indexTerms('cum truong 2024')).map((h) => `${h.articleId}#${h.index}`);
    const marked = index.search(indexTerms('Cụm trưởng 2024')).map((h) => `${h.articleId}#${h.index}`);
    expect(marked).toEqual(plain);
  });

  it('"nha dai doan ket" finds a sentence about Great Solidarity houses', () => {
    const [top] = index.search(indexTerms('nha dai doan ket'));
    expect(fold(text(top!))).toContain('nha dai doan ket');
  });

  it('numbers and codes match whole and exactly', () => {
    const hits = index.search(['6.690']);
    expect(hits.map((h) => text(h))).toEqual([expect.stringContaining('6.690 nhà Đại đoàn kết')]);
    const codes = index.search(['22-ct/tw']);
    expect(new Set(codes.map((h) => h.articleId)).size).toBe(2);
    for (const h of codes) expect(text(h)).toContain('22-CT/TW');
  });

  it('no terms, no hits; an unknown word, no hits', () => {
    expect(index.search([])).toEqual([]);
    expect(index.search(['xyzzyq'])).toEqual([]);
  });
});

describe('prefix and fuzzy matching', () => {
  it('the last word is matched as a prefix (the user may still be typing it)', () => {
    const hits = index.search(['tuyen', 'truy']);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.terms).toContain('truyen');
  });

  it('a word that is not the last is never matched as a prefix', () => {
    const hits = index.search(['truy', 'tuyen']);
    expect(hits.some((h) => h.terms.includes('truyen'))).toBe(false);
  });

  it('a long word tolerates one typo', () => {
    const hits = index.search(['truyenn']);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.terms).toEqual(['truyen']);
  });

  it('a short word is matched exactly', () => {
    // "doam" (4 letters, not last) must not match "doan"
    const hits = index.search(['doam', 'ket']);
    expect(hits.some((h) => h.terms.includes('doan'))).toBe(false);
  });
});

describe('filter, limit and removal', () => {
  it('filter keeps the hits of the chosen articles', () => {
    const id = articles[2]!.id;
    const hits = index.search(indexTerms('cum thi dua'), { filter: (a) => a === id });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.articleId).toBe(id);
  });

  it('limit caps the number of hits', () => {
    expect(index.search(indexTerms('mat tran to quoc'), { limit: 3 })).toHaveLength(3);
  });

  it('a removed article is no longer found', () => {
    const own = SentenceIndex.build(articles);
    own.remove(articles[0]!);
    expect(own.search(['6.690'])).toEqual([]);
    expect(own.size).toBe(index.size - articles[0]!.sentences.length);
  });
});
