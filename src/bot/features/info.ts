/**
 * The archive, browsable at any size, in one message each:
 *   /nguon [từ khóa]   the articles newest first (or those whose title has the words), 10 a page
 *   /cum [tên]         the clusters with members or roles (or those the words name), 5 a page;
 *                      a search that finds one cluster shows it whole
 *   /thongke           articles by publisher and year, the newest, clusters known, questions of the week
 * Page buttons (« ‹ 2/32 › ») edit the message in place; in a group the answer is that one message.
 */
import type { MiddlewareFn } from 'grammy';
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import type { BotEngine } from '../engine.ts';
import { renderArticlesPage, renderClustersPage, renderStats } from '../format-archive.ts';
import { type ListKind, PAGE_DATA, PAGE_NOOP, pageOf, pagerKeyboard, showPage } from '../pager.ts';
import { replyHtml } from '../reply.ts';
import type { UsageCounters } from '../usage.ts';

export const ARTICLES_PER_PAGE = 10;
export const CLUSTERS_PER_PAGE = 5;

export function infoFeature(
  engine: BotEngine,
  usage: UsageCounters,
  limits: MiddlewareFn<BotContext>[],
): Composer<BotContext> {
  const c = new Composer<BotContext>();

  const show = (ctx: BotContext, kind: ListKind, query: string, n: number) => {
    if (kind === 'a') {
      const page = pageOf(engine.findArticles(query), n, ARTICLES_PER_PAGE);
      return showPage(
        ctx,
        (withLinks) => renderArticlesPage(page, query, ctx.t, ctx.lang, withLinks),
        pagerKeyboard('a', page, query),
      );
    }
    const page = pageOf(engine.findClusters(query), n, CLUSTERS_PER_PAGE);
    return showPage(ctx, () => renderClustersPage(page, query, ctx.t), pagerKeyboard('c', page, query));
  };

  c.command('nguon', ...limits, (ctx) => show(ctx, 'a', ctx.match.trim(), 0));
  c.command('cum', ...limits, (ctx) => show(ctx, 'c', ctx.match.trim(), 0));
  c.callbackQuery(PAGE_DATA, ...limits, (ctx) =>
    show(ctx, ctx.match[1] as ListKind, ctx.match[3] ?? '', Number(ctx.match[2])),
  );
  c.callbackQuery(PAGE_NOOP, (ctx) => ctx.answerCallbackQuery());

  c.command('thongke', ...limits, (ctx) =>
    replyHtml(
      ctx,
      renderStats(
        { archive: engine.archiveCounts(), clusters: engine.findClusters().length, week: usage.lastDays(7) },
        ctx.t,
        ctx.lang,
      ),
    ),
  );
  return c;
}
