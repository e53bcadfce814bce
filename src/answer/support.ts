/**
 * Does the evidence of an answer speak to the question at all? The share of the question's words found
 * in the cited sentence, its article's title and lead. An answer drawn from evidence that shares little
 * with the question is a near miss, not an answer.
 */
import { type Article, headText, type Sentence } from '../ingest/article.ts';

import type { ParsedQuestion } from '../qa/question.ts';
import { normalizedTerms } from '../text/tokenize.ts';
import type { Candidate } from './candidate.ts';
import type { Knowledge } from './knowledge.ts';

/** Least share of the question's words the evidence of an answer must contain. */
export const MIN_SUPPORT = 0.5;

const headWords = new WeakMap<Article, Set<string>>();
const sentenceWords = new WeakMap<Sentence, Set<string>>();

function sentenceTerms(s: Sentence): Set<string> {
  let w = sentenceWords.get(s);
  if (!w) {
    w = new Set(normalizedTerms(s.text));
    sentenceWords.set(s, w);
  }
  return w;
}

function articleHead(a: Article): Set<string> {
  let w = headWords.get(a);
  if (!w) {
    w = new Set(normalizedTerms(`${headText(a)} ${a.publisher ?? ''}`));

    headWords.set(a, w);
  }
  return w;
}

export function support(q: ParsedQuestion, k: Knowledge, c: Candidate): number {
  const words = q.focus?.length ? q.focus : q.keywords;
  if (!words.length) return 1;
  const a = k.article(c.articleId);
  if (!a) return 0;
  const head = articleHead(a);
  const s = a.sentences[c.sentenceIndex];
  const sentence = s ? sentenceTerms(s) : new Set<string>();
  return words.filter((w) => sentence.has(w) || head.has(w)).length / words.length;
}
