/**
 * One document → an Article ready to store, or the reason it is refused: screened as text
 * (screen-content.ts), parsed in the worker pool within its time budget, then screened as an
 * article. Never throws for anything the document contains.
 */
import type { Article } from './article.ts';
import type { IngestLimits } from './ingest-limits.ts';
import type { ArticleSource } from './parse-article.ts';
import type { Refusal } from './refusal.ts';
import { screenArticle, screenRaw } from './screen-content.ts';
import type { WorkerPool } from './worker-pool.ts';
import type { WorkerTasks } from './worker-tasks.ts';

export type Prepared = { ok: true; article: Article } | { ok: false; refusal: Refusal };

export interface PrepareContext {
  pool: WorkerPool<WorkerTasks>;
  limits: IngestLimits;
}

export async function prepareArticle(source: ArticleSource, ctx: PrepareContext): Promise<Prepared> {
  const screened = screenRaw(source.raw, source.format, ctx.limits);
  if (!screened.ok) return screened;
  const budgetMs = ctx.limits.parseBudgetMs;
  const parsed = await ctx.pool.run('parseArticle', { ...source, raw: screened.text }, { budgetMs });
  if (!parsed.ok) {
    const { kind, message } = parsed.failure;
    if (kind === 'timeout') return { ok: false, refusal: { reason: 'timeout', budgetMs } };
    const detail = kind === 'out-of-memory' ? 'out of memory' : message;
    return { ok: false, refusal: { reason: 'parse-failed', detail } };
  }
  const refusal = screenArticle(parsed.value, screened.text);
  return refusal ? { ok: false, refusal } : { ok: true, article: parsed.value };
}
