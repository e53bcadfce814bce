/**
 * The retriever: the articles whose scope can satisfy the question's constraints (years, places,
 * cluster, series), then their sentences ranked by BM25 in folded space (blended with the article's
 * title and lead), best first. The reader looks for answers only in what the retriever returns.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import type { ArticleSet } from '../store/article-set.ts';
import { type SentenceView, viewOf } from './evidence.ts';
import type { Knowledge } from './knowledge.ts';
import { type Relevance, relevance } from './relevance.ts';
import { articlesInScope } from './scope-check.ts';

export interface RetrieverOptions {
  /** How many of the best sentences the recognisers read. */
  sentences: number;
  /** How many of the best articles the fact candidates come from. */
  articles: number;
  /** How many of the best articles are read whole, every sentence. */
  wholeArticles: number;
}

export const RETRIEVER: RetrieverOptions = { sentences: 40, articles: 8, wholeArticles: 3 };

export interface Retrieval {
  /** Articles whose scope fits the question; undefined when it names no scope (every article fits). */
  inScope: ArticleSet | undefined;
  /** Sentence and article relevance, normalized to the best in-scope sentence. */
  rel: Relevance;
  /** The best sentences, best first. */
  views: SentenceView[];
  /** The articles of the best sentences, best first. */
  articles: string[];
}

export function retrieve(q: ParsedQuestion, k: Knowledge, options: RetrieverOptions = RETRIEVER): Retrieval {
  const inScope = articlesInScope(q, k);
  const rel = relevance(q, k, inScope);
  const views: SentenceView[] = [];
  const articles: string[] = [];
  const seen = new Set<string>();
  for (const h of rel.hits) {
    if (views.length >= options.sentences) break;
    const v = viewOf(k, h.articleId, h.index);
    if (!v) continue;
    views.push(v);
    seen.add(`${h.articleId}#${h.index}`);
    if (!articles.includes(h.articleId) && articles.length < options.articles) articles.push(h.articleId);
  }
  // the best articles are read whole: an answer may stand in a sentence that repeats none of the
  // question's words ("… trao 300 triệu đồng" for "hỗ trợ bao nhiêu tiền"); so are the only articles
  // the question's scope leaves, matched or not
  if (inScope && inScope.size <= options.wholeArticles)
    for (const id of inScope) if (!articles.includes(id)) articles.push(id);
  for (const id of articles.slice(0, options.wholeArticles)) {
    const n = k.article(id)?.sentences.length ?? 0;
    for (let i = 0; i < n; i++) {
      if (seen.has(`${id}#${i}`)) continue;
      const v = viewOf(k, id, i);
      if (v) views.push(v);
    }
  }
  return { inScope, rel, views, articles };
}

/** True when an article is in the question's scope. */
export function inScopeOf(r: Retrieval, articleId: string): boolean {
  return !r.inScope || r.inScope.has(articleId);
}
