/** /nguon (indexed articles), /cum (clusters: members, leader and deputy by year), /thongke. */

import type { MiddlewareFn } from 'grammy';
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import type { BotEngine } from '../engine.ts';
import { renderArticles, renderClusters, renderStats } from '../format.ts';
import { replyHtml } from '../reply.ts';

export function infoFeature(engine: BotEngine, limits: MiddlewareFn<BotContext>[]): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('nguon', ...limits, (ctx) =>
    replyHtml(ctx, renderArticles(engine.listArticles(), ctx.t, ctx.lang)),
  );
  c.command('cum', ...limits, (ctx) => replyHtml(ctx, renderClusters(engine.listClusters(), ctx.t)));
  c.command('thongke', ...limits, (ctx) => replyHtml(ctx, renderStats(engine.stats(), ctx.t)));
  return c;
}
