/**
 * One document → everything storing it needs (the Article, its facts and scope, its index terms),
 * or the reason it is refused: screened as text (screen-content.ts), then parsed, extracted and
 * tokenized in the worker pool within its time budget, then screened as an article. Never throws
 * for anything the document contains. The text screening comes first and alone (`screenSource`) so
 * that a file whose hash shows it unchanged is never parsed at all.
 */
import type { IngestLimits } from './ingest-limits.ts';
import { type ArticleSource, articleHash } from './parse-article.ts';
import type { Refusal } from './refusal.ts';
import { screenArticle, screenRaw } from './screen-content.ts';
import type { WorkerPool } from './worker-pool.ts';
import type { AnalysedArticle, WorkerTasks } from './worker-tasks.ts';

export type Prepared = { ok: true; analysed: AnalysedArticle } | { ok: false; refusal: Refusal };

export interface PrepareContext {
  pool: WorkerPool<WorkerTasks>;
  limits: IngestLimits;
}

/** A source as it will be parsed, with the hash its article will have. */
export interface ScreenedSource {
  source: ArticleSource;
  hash: string;
}

/** The checks before parsing: the source as it will be parsed, or why it is refused. */
export function screenSource(
  source: ArticleSource,
  limits: IngestLimits,
): { ok: true; screened: ScreenedSource } | { ok: false; refusal: Refusal } {
  const screened = screenRaw(source.raw, source.format, limits);
  if (!screened.ok) return screened;
  const parsed = { ...source, raw: screened.text };
  return { ok: true, screened: { source: parsed, hash: articleHash(parsed.raw, parsed.meta) } };
}

/** Parses, extracts and tokenizes a screened source in the pool, then screens the article. */
export async function analyseSource(source: ArticleSource, ctx: PrepareContext): Promise<Prepared> {
  const budgetMs = ctx.limits.parseBudgetMs;
  const done = await ctx.pool.run('analyseArticle', source, { budgetMs });
  if (!done.ok) {
    const { kind, message } = done.failure;
    if (kind === 'timeout') return { ok: false, refusal: { reason: 'timeout', budgetMs } };
    const detail = kind === 'out-of-memory' ? 'out of memory' : message;
    return { ok: false, refusal: { reason: 'parse-failed', detail } };
  }
  const refusal = screenArticle(done.value.article, source.raw);
  return refusal ? { ok: false, refusal } : { ok: true, analysed: done.value };
}

/** Both: one document from its raw text to what storing it needs. */
export async function prepareArticle(source: ArticleSource, ctx: PrepareContext): Promise<Prepared> {
  const s = screenSource(source, ctx.limits);
  return s.ok ? analyseSource(s.screened.source, ctx) : s;
}
