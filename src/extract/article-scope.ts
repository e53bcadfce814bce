/**
 * The scope of an article, kept in the store next to its facts so that answering can tell at once
 * whether an article can be about the years, places and cluster a question names.
 */
import type { ArticleContext } from './article-context.ts';

export interface ArticleScope {
  articleId: string;
  refYear?: number;
  /** Every year the article writes or covers (spans such as 2019-2024 expanded). */
  years: number[];
  /** The years the article is about: reference year and the years of its title and lead. */
  topicYears: number[];
  homeProvince?: string;
  provinces: string[];
  /** Folded names of every locality the article names. */
  localityNames: string[];
  clusterKeys: string[];
  mainClusterKey?: string;
}

export function articleScope(ctx: ArticleContext): ArticleScope {
  const years = new Set(ctx.years);
  for (const s of ctx.sentences) for (const y of s.years) years.add(y);
  const topic = new Set<number>(ctx.refYear ? [ctx.refYear] : []);
  ctx.article.sentences.slice(0, 3).forEach((s, i) => {
    if (s.kind === 'caption') return;
    const analysis = ctx.sentences[i];
    for (const y of analysis?.years ?? []) topic.add(y);
    for (const [a, b] of analysis?.yearRanges ?? []) for (let y = a; y <= b; y++) topic.add(y);
  });
  const provinces = new Set(ctx.provinces);
  if (ctx.homeProvince) provinces.add(ctx.homeProvince);
  return {
    articleId: ctx.article.id,
    refYear: ctx.refYear,
    years: [...years].sort(),
    topicYears: [...topic].sort(),
    homeProvince: ctx.homeProvince,
    provinces: [...provinces],
    localityNames: [...ctx.localityNames],
    clusterKeys: [...ctx.clusterKeys],
    mainClusterKey: ctx.mainCluster?.key,
  };
}
