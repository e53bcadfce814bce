/**
 * The search index: folded search over every sentence, prefix matching only on the last word, fuzzy
 * matching only on longer words, numbers and codes exact — ranked exactly as one MiniSearch over the
 * same sentences ranks them, however the store is cut into segments, and unchanged by a round trip
 * through its files or by a segment rebuilt from its own postings.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/ingest/article.ts';
import { indexArticles } from '../../src/search/index-writer.ts';
import { fuzzyBudget, type SentenceHit } from '../../src/search/search-index.ts';
import {
  buildSegmentIndex,
  decodeSegmentIndex,
  encodeSegmentIndex,
  tokenizeArticle,
  tokenizedArticlesOf,
} from '../../src/search/segment-index.ts';
import { SegmentedSearchIndex } from '../../src/search/segmented-search-index.ts';
import { fold } from '../../src/text/fold.ts';
import { indexTerms } from '../../src/text/tokenize.ts';
import { dev, HAS_DEV, seed } from '../extract/articles.ts';

const seeds: Article[] = ['000', '001', '002', '003', '004'].map(seed);
const devIds = ['a01', 'a03', 'a06', 'a09', 'a11', 'b04', 'b13'];
const articles: Article[] = [...seeds, ...(HAS_DEV ? devIds.map(dev) : [])];
const index = indexArticles(articles);
const text = (h: SentenceHit) => articles.find((a) => a.id === h.articleId)?.sentences[h.index]?.text ?? '';

/**
 * The reference: MiniSearch itself, over the same sentences and articles, saved and loaded again (as
 * every process but the ingesting one held it), searched the same way.
 */
function reference(all: readonly Article[]) {
  const tokenize = (t: string) => indexTerms(t);
  const processTerm = (t: string) => t;
  const sentences = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], tokenize, processTerm });
  const heads = new MiniSearch<{ id: string; title: string; lead: string; meta: string }>({
    fields: ['title', 'lead', 'meta'],
    tokenize,
    processTerm,
    searchOptions: { boost: { title: 2, lead: 1, meta: 0.5 } },
  });
  const df = new Map<string, number>();
  for (const a of all) {
    for (const s of a.sentences) {
      sentences.add({ id: `${a.id}#${s.index}`, text: s.text });
      for (const t of new Set(tokenize(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
    }
    heads.add({
      id: a.id,
      title: a.title,
      lead: a.sentences
        .filter((s) => s.kind === 'lead')
        .map((s) => s.text)
        .join(' '),
      meta: [a.publisher, a.place, a.date].filter(Boolean).join(' '),
    });
  }
  const loadedSentences = MiniSearch.loadJSON<{ id: string; text: string }>(JSON.stringify(sentences), {
    fields: ['text'],
    tokenize,
    processTerm,
  });
  const search = (terms: string[], filter?: (id: string) => boolean): SentenceHit[] => {
    if (!terms.length) return [];
    const last = [...terms].reverse().find((t) => !t.includes('_'));
    const options: SearchOptions = {
      fuzzy: (t) => (df.has(t) ? false : fuzzyBudget(t)),
      prefix: (t) => t === last && t.length >= 3 && !/\d/.test(t) && !df.has(t),
      tokenize: (q) => q.split(' '),
      processTerm,
      boostDocument: filter ? (id) => (filter(String(id).replace(/#\d+$/, '')) ? 1 : 0) : undefined,
    };
    return loadedSentences
      .search(terms.join(' '), options)
      .slice(0, 50)
      .map((r) => ({
        articleId: String(r.id).replace(/#\d+$/, ''),
        index: Number(String(r.id).split('#').pop()),
        score: r.score,
        terms: r.terms,
      }));
  };
  const searchArticles = (terms: string[], filter?: (id: string) => boolean) =>
    new Map(
      heads
        .search(terms.join(' '), {
          tokenize: (q) => q.split(' '),
          processTerm,
          boostDocument: filter ? (id) => (filter(String(id)) ? 1 : 0) : undefined,
        })
        .map((r) => [String(r.id), r.score]),
    );
  return { search, searchArticles };
}

const QUERIES = [
  'ai là cụm trưởng năm 2024',
  'nha dai doan ket',
  'Chỉ thị 22-CT/TW',
  'phản biện xã hội',
  'tổng kinh phí hỗ trợ xây nhà bao nhiêu tỷ đồng',
  'tuyen truy',
  'truyenn dai hoi',
  'hoi nghi tong ket cum thi dua mien nui bien gioi phia bac',
  'who chaired the conference in Lao Cai',
];

describe('the same ranking as MiniSearch', () => {
  const ms = reference(articles);
  const every3rd = (id: string) => articles.findIndex((a) => a.id === id) % 3 !== 0;

  it.each([1, 3, 256])('with %i articles per segment: the same hits, scores, terms and order', (per) => {
    const segmented = indexArticles(articles, per);
    for (const q of QUERIES) {
      const terms = indexTerms(q);
      for (const filter of [undefined, every3rd]) {
        expect(segmented.search(terms, { filter })).toEqual(ms.search(terms, filter));
        expect([...segmented.searchArticles(terms, filter)]).toEqual([...ms.searchArticles(terms, filter)]);
      }
    }
  });

  it('copies of the same articles tie, and ties keep the archive order (more hits than the limit)', () => {
    const copies = [1, 2, 3].flatMap((n) => articles.map((a) => ({ ...a, id: `${a.id}-copy${n}` })));
    const ref = reference(copies);
    const segmented = indexArticles(copies, 4);
    for (const q of QUERIES) {
      const terms = indexTerms(q);
      expect(segmented.search(terms)).toEqual(ref.search(terms));
      expect([...segmented.searchArticles(terms)]).toEqual([...ref.searchArticles(terms)]);
    }
  });

  it('document frequencies count the sentences holding a term', () => {
    const n = articles
      .flatMap((a) => a.sentences)
      .filter((s) => indexTerms(s.text).includes('cum_truong')).length;
    expect(index.docFrequency('cum_truong')).toBe(n);
    expect(index.docFrequency('xyzzyq')).toBe(0);
    expect(index.size).toBe(articles.reduce((k, a) => k + a.sentences.length, 0));
  });
});

describe('files and rebuilds', () => {
  it('a segment index read back from its bytes searches the same', () => {
    const segments = index.segments.map((s) => decodeSegmentIndex(encodeSegmentIndex(s)));
    const back = new SegmentedSearchIndex(segments, index.stats);
    for (const q of QUERIES) expect(back.search(indexTerms(q))).toEqual(index.search(indexTerms(q)));
  });

  it('a segment rebuilt from its own postings is the segment built from the articles', () => {
    const built = buildSegmentIndex('s1', 1, articles.map(tokenizeArticle));
    const again = buildSegmentIndex('s1', 1, tokenizedArticlesOf(built));
    expect(again.sentences.terms).toEqual(built.sentences.terms);
    expect(encodeSegmentIndex(again).equals(encodeSegmentIndex(built))).toBe(true);
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

  it('numbers and codes match whole and exactly', () => {
    const hits = index.search(['6.690']);
    expect(hits.map((h) => text(h))).toEqual([expect.stringContaining('6.690 nhà Đại đoàn kết')]);
    for (const h of index.search(['22-ct/tw'])) expect(text(h)).toContain('22-CT/TW');
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
    expect(index.search(['truy', 'tuyen']).some((h) => h.terms.includes('truyen'))).toBe(false);
  });

  it('a long word tolerates one typo', () => {
    const hits = index.search(['truyenn']);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.terms).toEqual(['truyen']);
  });

  it('a short word is matched exactly', () => {
    expect(index.search(['doam', 'ket']).some((h) => h.terms.includes('doan'))).toBe(false);
  });
});

describe('filter and limit', () => {
  it('filter keeps the hits of the chosen articles', () => {
    const id = articles[2]!.id;
    const hits = index.search(indexTerms('cum thi dua'), { filter: (a) => a === id });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.articleId).toBe(id);
  });

  it('limit caps the number of hits', () => {
    expect(index.search(indexTerms('mat tran to quoc'), { limit: 3 })).toHaveLength(3);
  });

  it('selectTerms keeps the rarest terms within the posting budget', () => {
    const terms = index.selectTerms(indexTerms('ai là cụm trưởng của cụm thi đua năm 2024'));
    const dfs = terms.map((t) => index.docFrequency(t));
    expect(dfs).toEqual([...dfs].sort((a, b) => a - b));
    for (const df of dfs) expect(df / index.size).toBeLessThanOrEqual(0.2);
    expect(index.docFrequency('cua') / index.size).toBeGreaterThan(0.2);
    expect(terms).not.toContain('cua');
  });
});
