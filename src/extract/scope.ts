/**
 * Provenance and scope (years, provinces) shared by every extractor.
 */
import type { ArticleContext } from './article-context.ts';
import type { Provenance } from './fact.ts';

export function provenance(ctx: ArticleContext, sentenceIndex: number, span: [number, number]): Provenance {
  const quote = ctx.article.sentences[sentenceIndex]?.text ?? '';
  return { articleId: ctx.article.id, sentenceIndex, quote, span };
}

/** Years a sentence writes; empty when it writes none (it is then about the article's topic years). */
export function sentenceYears(ctx: ArticleContext, sentenceIndex: number): number[] {
  return [...new Set(ctx.sentences[sentenceIndex]?.years ?? [])];
}

/** Provinces a sentence is about: those it names, else the article's home province. */
export function sentenceProvinces(ctx: ArticleContext, sentenceIndex: number): string[] {
  const named = (ctx.sentences[sentenceIndex]?.localities ?? []).flatMap((l) =>
    l.province ? [l.province] : [],
  );
  if (named.length) return [...new Set(named)];
  return ctx.homeProvince ? [ctx.homeProvince] : [];
}
