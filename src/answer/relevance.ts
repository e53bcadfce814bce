/**
 * How well each sentence matches a question: one search over the informative terms of the question,
 * blending the sentence's own score with its article's (title, lead, metadata), normalized to the
 * best in-scope sentence; plus the share of the question's words a sentence covers.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import type { SentenceHit } from '../search/sentence-index.ts';
import type { ArticleSet } from '../store/article-set.ts';
import { fold } from '../text/fold.ts';
import { bigrams } from '../text/tokenize.ts';
import type { Knowledge } from './knowledge.ts';

/** Weight of the article's title/lead score in a sentence's relevance. */
const ARTICLE_WEIGHT = 0.3;

export interface Relevance {
  /** Hits sorted best first, with `score` normalized to 0..1. */
  hits: SentenceHit[];
  /** Normalized score of one sentence (0 when it did not match). */
  of(articleId: string, index: number): number;
  /** Best normalized score of an article's sentences. */
  ofArticle(articleId: string): number;
  /** Share (0..1) of the searched question words a sentence contains. */
  coverage(hit: SentenceHit): number;
  terms: string[];
}

/**
 * The words to search: the question's content words, less those of the scope it names (cluster,
 * provinces, localities) when that scope already filters the articles, plus their bigrams.
 */
export function searchTerms(q: ParsedQuestion): string[] {
  const scopeWords = new Set<string>([
    ...(q.clusterKey?.split(' ') ?? []),
    ...q.provinces.flatMap((p) => fold(p).split(' ')),
    ...q.localities.flatMap((l) => l.name.split(' ')),
  ]);
  const content = q.keywords.filter((w) => !scopeWords.has(w));
  const words = content.length >= 2 ? content : q.keywords;
  const pairs = bigrams(q.folded.split(' ')).filter((b) => {
    const [a, c] = b.split('_');
    return words.includes(a as string) && words.includes(c as string);
  });
  return [...new Set([...words, ...pairs])];
}

/** `inScope` undefined: every article may answer. */
export function relevance(
  q: ParsedQuestion,
  k: Knowledge,
  inScope: ArticleSet | undefined,
  limit = 200,
): Relevance {
  const terms = k.index.selectTerms(searchTerms(q));
  const filter = inScope ? (id: string) => inScope.has(id) : undefined;
  const raw = k.index.search(terms, { filter, limit });
  const articles = k.index.searchArticles(terms, filter);
  const maxSentence = raw[0]?.score ?? 1;
  let maxArticle = 0;
  for (const s of articles.values()) maxArticle = Math.max(maxArticle, s);
  const blended = raw.map((h) => ({
    ...h,
    score:
      (1 - ARTICLE_WEIGHT) * (h.score / maxSentence) +
      ARTICLE_WEIGHT * ((articles.get(h.articleId) ?? 0) / (maxArticle || 1)),
  }));
  blended.sort((a, b) => b.score - a.score);
  const top = blended[0]?.score || 1;
  const hits = blended.map((h) => ({ ...h, score: h.score / top }));
  const bySentence = new Map<string, number>();
  const byArticle = new Map<string, number>();
  for (const h of hits) {
    bySentence.set(`${h.articleId}#${h.index}`, h.score);
    byArticle.set(h.articleId, Math.max(byArticle.get(h.articleId) ?? 0, h.score));
  }
  const unigrams = new Set(terms.filter((t) => !t.includes('_')));
  return {
    hits,
    terms,
    of: (a, i) => bySentence.get(`${a}#${i}`) ?? 0,
    ofArticle: (a) => byArticle.get(a) ?? 0,
    coverage: (h) => {
      if (!unigrams.size) return 0;
      const matched = new Set(h.terms.filter((t) => unigrams.has(t)));
      return matched.size / unigrams.size;
    },
  };
}
