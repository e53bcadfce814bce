/**
 * What answering and the surfaces read of the stored articles, whatever keeps them. The embedded
 * implementation is `SegmentedStore`; a server-backed one can stand in its place (docs/scaling.md).
 */
import type { Article } from '../ingest/article.ts';
import type { ArticleEntry } from './article-entry.ts';

export interface ArticleStore {
  /** Number of articles. */
  readonly count: number;
  /** Every article's in-memory entry (metadata, scope, counts), in the store's order. */
  entries(): Iterable<ArticleEntry>;
  entry(id: string): ArticleEntry | undefined;
  /** The article with its sentences; read from disk on first use (synchronously), then cached. */
  article(id: string): Article | undefined;
}
