/**
 * What one write to the store changes in the search index: document counts and average lengths
 * updated article by article in the order MiniSearch would have seen the changes, and the index of
 * each segment the write touches built again — from the tokens already in its postings for the
 * articles it keeps, so that only new or changed articles are tokenized.
 */
import type { Article } from '../ingest/article.ts';
import { addDocument, emptyStats, removeDocument } from './bm25.ts';
import {
  ARTICLE_FIELDS,
  buildSegmentIndex,
  type SegmentIndex,
  type TokenizedArticle,
  tokenizeArticle,
  tokenizedArticlesOf,
} from './segment-index.ts';
import { type IndexStats, SegmentedSearchIndex } from './segmented-search-index.ts';

export function emptyIndexStats(): IndexStats {
  return { sentences: emptyStats(1), articles: emptyStats(ARTICLE_FIELDS.length) };
}

const copyStats = (s: IndexStats): IndexStats => structuredClone(s);

export class IndexWriter {
  /** The statistics after the changes noted so far. */
  readonly stats: IndexStats;

  constructor(stats: IndexStats) {
    this.stats = copyStats(stats);
  }

  /** Notes that an article indexed in `segment` leaves the index (removed, or about to be replaced). */
  removed(segment: SegmentIndex, articleId: string): void {
    const n = segment.articleIds.indexOf(articleId);
    if (n < 0) return;
    const s = segment.sentences;
    for (let d = 0; d < s.documents; d++)
      if (segment.docArticle[d] === n) removeDocument(this.stats.sentences, s.lengths.subarray(d, d + 1));
    const a = segment.articles;
    removeDocument(this.stats.articles, a.lengths.subarray(n * a.fields, (n + 1) * a.fields));
  }

  /** Notes that an article added earlier in the same write leaves the index again. */
  removedTokens(article: TokenizedArticle): void {
    for (const s of article.sentences) removeDocument(this.stats.sentences, [new Set(s.tokens).size]);
    removeDocument(
      this.stats.articles,
      article.fields.map((tokens) => new Set(tokens).size),
    );
  }

  /** Notes that an article enters the index. */
  added(article: TokenizedArticle): void {
    for (const s of article.sentences) addDocument(this.stats.sentences, [new Set(s.tokens).size]);
    addDocument(
      this.stats.articles,
      article.fields.map((tokens) => new Set(tokens).size),
    );
  }

  /**
   * The index of a segment holding `articleIds` in this order: each taken from `changed` when there,
   * else from the segment's previous index.
   */
  buildSegment(
    segment: string,
    generation: number,
    articleIds: readonly string[],
    changed: ReadonlyMap<string, TokenizedArticle>,
    previous?: SegmentIndex,
  ): SegmentIndex {
    const kept = new Map<string, TokenizedArticle>();
    if (previous && articleIds.some((id) => !changed.has(id)))
      for (const t of tokenizedArticlesOf(previous)) kept.set(t.id, t);
    const articles = articleIds.map((id) => {
      const t = changed.get(id) ?? kept.get(id);
      if (!t) throw new Error(`article ${id} is neither new nor in segment ${segment}`);
      return t;
    });
    return buildSegmentIndex(segment, generation, articles);
  }
}

/** An index of articles held in memory, in segments of `articlesPerSegment` (for tests and benchmarks). */
export function indexArticles(articles: readonly Article[], articlesPerSegment = 256): SegmentedSearchIndex {
  const writer = new IndexWriter(emptyIndexStats());
  const segments: SegmentIndex[] = [];
  for (let i = 0; i < articles.length; i += articlesPerSegment) {
    const chunk = articles.slice(i, i + articlesPerSegment).map(tokenizeArticle);
    for (const t of chunk) writer.added(t);
    segments.push(
      writer.buildSegment(
        `s${segments.length + 1}`,
        1,
        chunk.map((t) => t.id),
        new Map(chunk.map((t) => [t.id, t])),
      ),
    );
  }
  return new SegmentedSearchIndex(segments, writer.stats);
}
