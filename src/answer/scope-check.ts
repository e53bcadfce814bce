/**
 * Scope: the articles that can be about the years, provinces, localities, cluster and series a
 * question names, found with the store's lookups (never by walking the whole archive). A question
 * that names none of them is in the scope of every article (`undefined`).
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import { clusterKeyMatches } from '../extract/cluster-mentions.ts';
import { identifiersIn } from '../qa/parse-question.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import type { ArticleSet } from '../store/article-set.ts';
import { fold } from '../text/fold.ts';
import { normalizedTerms } from '../text/tokenize.ts';
import type { Knowledge } from './knowledge.ts';

const heads = new Map<string, Array<{ word: string; n: number }>>();

/**
 * The series an article's title and lead name ("đợt 2", "lần thứ hai", "nhiệm kỳ 2024-2029"), read
 * once from the head kept in memory: a question over every article of a term must not load them all.
 */
export function headIdentifiers(k: Knowledge, id: string): Array<{ word: string; n: number }> {
  // (keyed by the head itself, which the store keeps in memory: a re-ingested article reads anew)
  const head = k.head(id) ?? '';
  let ids = heads.get(head);
  if (!ids) {
    ids = identifiersIn(normalizedTerms(head).join(' '));
    if (heads.size > 50_000) heads.clear();
    heads.set(head, ids);
  }
  return ids;
}

/** True unless the article's head names the series asked with other numbers only. */
function seriesFits(q: ParsedQuestion, k: Knowledge, id: string): boolean {
  const found = headIdentifiers(k, id);
  return q.identifiers.every((asked) => {
    const same = found.filter((f) => f.word === asked.word);
    return !same.length || same.some((f) => f.n === asked.n);
  });
}

/**
 * Articles whose scope fits the question: one of the years asked, one of the provinces, every
 * locality, a cluster whose key holds the asked one; then, among those, a head that does not name
 * another number of the series asked. `undefined` when the question names no scope at all.
 */
export function articlesInScope(q: ParsedQuestion, k: Knowledge): ArticleSet | undefined {
  const clusters = q.clusterKey
    ? k.clusterKeys.filter((key) => clusterKeyMatches(q.clusterKey as string, key))
    : undefined;
  const localities = q.localities.map((l) => l.name);
  if (!q.years.length && !q.provinces.length && !localities.length && !clusters) return undefined;
  const found = k.articlesInScope({
    years: q.years.length ? q.years : undefined,
    provinces: q.provinces.length ? q.provinces : undefined,
    clusters,
    localities: localities.length ? localities : undefined,
  });
  return q.identifiers.length ? found.filter((id) => seriesFits(q, k, id)) : found;
}

/** Sentence-level year check for passages: the sentence writes the year, or the article is of that year. */
export function sentenceYearFits(q: ParsedQuestion, text: string, s: ArticleScope | undefined): boolean {
  if (!q.years.length) return true;
  const f = fold(text);
  if (q.years.some((y) => f.includes(String(y)))) return true;
  return (s?.topicYears ?? []).some((y) => q.years.includes(y)) && !/\b(19|20)\d\d\b/.test(f);
}
