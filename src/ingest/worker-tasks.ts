/**
 * The task module of the ingestion worker pool (see worker-pool.ts): what its workers can run.
 * Each task is a plain function of structured-clonable input and output. Work that belongs off
 * the answering thread (fact extraction, say) is added here, and every worker can run it.
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import { extractFacts } from '../extract/extract-facts.ts';
import type { Fact } from '../extract/fact.ts';
import { type TokenizedArticle, tokenizeArticle } from '../search/segment-index.ts';
import type { Article } from './article.ts';
import { type ArticleSource, parseArticle } from './parse-article.ts';

/** An article with all the work of storing it done but the writing. */
export interface AnalysedArticle {
  article: Article;
  facts: Fact[];
  scope: ArticleScope;
  /** Its sentences' and head's index terms. */
  tokens: TokenizedArticle;
}

function reanalyseArticle(article: Article): Omit<AnalysedArticle, 'article'> {
  return { ...extractFacts(article), tokens: tokenizeArticle(article) };
}

export const tasks = {
  /** An ArticleSource → its Article (conversion, cleaning, metadata, sentences). */
  parseArticle,
  /** An ArticleSource → its Article, the facts extracted from it and its index terms. */
  analyseArticle(source: ArticleSource): AnalysedArticle {
    const article = parseArticle(source);
    return { article, ...reanalyseArticle(article) };
  },
  /** A stored Article → its facts and index terms again (when the extractors changed). */
  reanalyseArticle,
};

export type WorkerTasks = typeof tasks;

/**
 * Run once when a worker starts, before it takes work: loads the HTML tooling (linkedom,
 * Readability, htmlparser2 load on first use) so that no document's time budget pays for it.
 */
export function warmUp(): void {
  parseArticle({ id: 'warm-up', format: 'html', raw: '<html><body><p>Khởi động.</p></body></html>' });
}
