/**
 * What answering reads: the articles, their facts grouped by type, their scopes, and the sentence
 * index — loaded once, queried many times.
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import type { Fact, FactOf, FactType } from '../extract/fact.ts';
import type { Article, Sentence } from '../ingest/article.ts';
import type { SentenceIndex } from '../search/sentence-index.ts';

export class Knowledge {
  private readonly articleById = new Map<string, Article>();
  private readonly scopeById = new Map<string, ArticleScope>();
  private readonly factsByType = new Map<FactType, Fact[]>();
  private readonly factsByArticle = new Map<string, Fact[]>();
  private readonly localities = new Set<string>();
  /** Every cluster key some article names. */
  readonly clusterKeys: string[];

  constructor(
    articles: readonly Article[],
    facts: readonly Fact[],
    scopes: readonly ArticleScope[],
    readonly index: SentenceIndex,
  ) {
    for (const a of articles) this.articleById.set(a.id, a);
    for (const s of scopes) {
      this.scopeById.set(s.articleId, s);
      for (const l of s.localityNames) this.localities.add(l);
    }
    this.clusterKeys = [...new Set(scopes.flatMap((s) => s.clusterKeys))];
    for (const f of facts) {
      const list = this.factsByType.get(f.type) ?? [];
      list.push(f);
      this.factsByType.set(f.type, list);
      const own = this.factsByArticle.get(f.source.articleId) ?? [];
      own.push(f);
      this.factsByArticle.set(f.source.articleId, own);
    }
  }

  get articles(): IterableIterator<Article> {
    return this.articleById.values();
  }

  get articleCount(): number {
    return this.articleById.size;
  }

  facts<T extends FactType>(type: T): FactOf<T>[] {
    return (this.factsByType.get(type) ?? []) as FactOf<T>[];
  }

  /** The facts of one type extracted from one article. */
  factsOf<T extends FactType>(articleId: string, type: T): FactOf<T>[] {
    return (this.factsByArticle.get(articleId) ?? []).filter((f) => f.type === type) as FactOf<T>[];
  }

  article(id: string): Article | undefined {
    return this.articleById.get(id);
  }

  sentence(articleId: string, index: number): Sentence | undefined {
    return this.articleById.get(articleId)?.sentences[index];
  }

  scope(articleId: string): ArticleScope | undefined {
    return this.scopeById.get(articleId);
  }

  get scopes(): IterableIterator<ArticleScope> {
    return this.scopeById.values();
  }

  /** True when some article names this locality (folded name). */
  isKnownLocality(folded: string): boolean {
    return this.localities.has(folded);
  }
}
