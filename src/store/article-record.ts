/**
 * What the store keeps of one article: the article with its sentences, the facts extracted from it
 * and its scope. On disk a fact's quote is not repeated: it is the sentence its provenance points
 * to, restored when the record is read.
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import type { Fact } from '../extract/fact.ts';
import type { Article } from '../ingest/article.ts';

export interface ArticleRecord {
  article: Article;
  facts: Fact[];
  scope: ArticleScope;
}

/** A fact without its quote (kept on disk and in memory without it; see the module comment). */
export function withoutQuote(f: Fact): Fact {
  const { quote: _, ...source } = f.source;
  return { ...f, source } as Fact;
}

export function stringifyRecord(record: ArticleRecord): string {
  return JSON.stringify({ ...record, facts: record.facts.map(withoutQuote) });
}

export function parseRecord(text: string): ArticleRecord {
  const record = JSON.parse(text) as ArticleRecord;
  const sentences = record.article.sentences;
  for (const f of record.facts) f.source.quote = sentences[f.source.sentenceIndex]?.text ?? '';
  return record;
}
