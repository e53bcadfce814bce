/**
 * Scope checks: can an article, or a fact, be about the years, provinces, localities and cluster a
 * question names? A question whose scope no article has is not answered with a near miss.
 */

import type { ArticleScope } from '../extract/article-scope.ts';
import { clusterKeyMatches } from '../extract/cluster-mentions.ts';
import type { Fact } from '../extract/fact.ts';
import { type Article, headText } from '../ingest/article.ts';
import { identifiersIn } from '../qa/parse-question.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import { fold } from '../text/fold.ts';
import { normalizedTerms } from '../text/tokenize.ts';
import type { Knowledge } from './knowledge.ts';

export function articleInScope(q: ParsedQuestion, s: ArticleScope): boolean {
  if (q.years.length && !q.years.some((y) => s.years.includes(y))) return false;
  if (q.provinces.length && !q.provinces.some((p) => s.provinces.includes(p))) return false;
  if (q.localities.length && !q.localities.every((l) => s.localityNames.includes(l.name))) return false;
  if (q.clusterKey && !s.clusterKeys.some((k) => clusterKeyMatches(q.clusterKey as string, k))) return false;
  return true;
}

/**
 * True unless the text names the same series with other numbers only ("đợt 2" when "đợt 1" is asked).
 * A text that does not name the series at all fits.
 */
export function identifiersFit(q: ParsedQuestion, text: string): boolean {
  if (!q.identifiers.length) return true;
  return identifiersMatch(q, identifiersIn(normalizedTerms(text).join(' ')));
}

function identifiersMatch(q: ParsedQuestion, found: Array<{ word: string; n: number }>): boolean {
  return q.identifiers.every((id) => {
    const same = found.filter((f) => f.word === id.word);
    return !same.length || same.some((f) => f.n === id.n);
  });
}

const heads = new WeakMap<Article, Array<{ word: string; n: number }>>();

/** The series an article's title and lead name ("đợt 2", "lần thứ hai", "nhiệm kỳ 2024-2029"), read once. */
function headIdentifiers(a: Article): Array<{ word: string; n: number }> {
  let ids = heads.get(a);
  if (!ids) {
    ids = identifiersIn(normalizedTerms(headText(a)).join(' '));

    heads.set(a, ids);
  }
  return ids;
}

/** Articles whose scope fits the question. */

export function articlesInScope(q: ParsedQuestion, k: Knowledge): Set<string> {
  const out = new Set<string>();
  for (const s of k.scopes) {
    if (!articleInScope(q, s)) continue;
    if (q.identifiers.length) {
      const a = k.article(s.articleId);
      if (a && !identifiersMatch(q, headIdentifiers(a))) continue;
    }
    out.add(s.articleId);
  }
  return out;
}

/** True when nothing in the store can be about what the question names: answer "not found". */
export function outOfScope(q: ParsedQuestion, inScope: Set<string>): boolean {
  return q.unknownLocalities.length > 0 || inScope.size === 0;
}

/** Fact-level year check: the years its sentence writes, else the years the article is about. */
export function factYearFits(q: ParsedQuestion, f: Fact, k: Knowledge): boolean {
  if (!q.years.length) return true;
  const years = f.years.length ? f.years : (k.scope(f.source.articleId)?.topicYears ?? []);
  return years.some((y) => q.years.includes(y));
}

/** Fact-level province check: the fact's provinces, falling back to the article's home province. */
export function factProvinceFits(q: ParsedQuestion, f: Fact, k: Knowledge): boolean {
  if (!q.provinces.length) return true;
  if (f.provinces.some((p) => q.provinces.includes(p))) return true;
  const home = k.scope(f.source.articleId)?.homeProvince;
  return !f.provinces.length && home !== undefined && q.provinces.includes(home);
}

/** Sentence-level year check for passages: the sentence writes the year, or the article is of that year. */
export function sentenceYearFits(q: ParsedQuestion, text: string, s: ArticleScope | undefined): boolean {
  if (!q.years.length) return true;
  const f = fold(text);
  if (q.years.some((y) => f.includes(String(y)))) return true;
  return (s?.topicYears ?? []).some((y) => q.years.includes(y)) && !/\b(19|20)\d\d\b/.test(f);
}
