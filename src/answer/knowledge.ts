/**
 * What answering reads: the stored articles, their facts and scopes, and the search index — behind
 * the store's interfaces (ArticleStore, FactIndex, SearchIndex), so that an archive of any size
 * answers from the few articles a question is about.
 *
 * Cost of each method (n = articles in the store):
 *  - from memory, O(1): `article`/`sentence` of an article already read, `entry`, `head` (title
 *    and lead), `scope`, `isKnownLocality`, `articleCount`, `clusterKeys` (built once per generation);
 *    `facts('cluster')`, `facts('role')` and `factsOf` for those types (kept in memory, gathered
 *    once per generation);
 *  - reads one article's record on first use (a few hundred µs, then cached): `article`,
 *    `sentence`, `factsOf`;
 *  - lookups from memory, O(articles found): `articlesWith(type, {year, province, cluster})`,
 *    `articlesInScope({years, provinces, clusters, localities})`, as `ArticleSet`s; `factsWhere` reads the articles found;
 *  - `index.search`, `index.searchArticles`: the postings of the (few, informative) query terms;
 *  - O(n), keep off the answer path of a large store: `facts(type)` of the other types and
 *    `articles` read every article (`facts` is gathered once while the whole archive fits in the
 *    record cache: about 2,000 articles at the default heap); `scopes` walks every scope in memory;
 *    `article` over every article in scope reads them all (use `head` for its title and lead).
 *
 * At 21,000 articles a record read costs ~0.2 ms and the record cache holds a few thousand: a
 * question that reads every article in its scope takes seconds (docs/scaling.md).
 *
 * The reader's path at any size: retrieval (`index.search`/`searchArticles`, filtered by
 * `articlesInScope` or `articlesWith`), then `factsOf` and `sentence` of the articles it returned.
 */
import type { ArticleScope } from '../extract/article-scope.ts';
import type { FactOf, FactType } from '../extract/fact.ts';
import type { Article, Sentence } from '../ingest/article.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { ArticleEntry } from '../store/article-entry.ts';
import type { ArticleSet } from '../store/article-set.ts';
import type { ArticleStore } from '../store/article-store.ts';
import type { FactIndex, FactQuery, ScopeQuery } from '../store/fact-index.ts';

export class Knowledge {
  constructor(
    private readonly store: ArticleStore,
    private readonly factIndex: FactIndex,
    readonly index: SearchIndex,
  ) {}

  /** Every article, read from disk: O(n). */
  get articles(): IterableIterator<Article> {
    const store = this.store;
    return (function* () {
      for (const e of store.entries()) {
        const a = store.article(e.id);
        if (a) yield a;
      }
    })();
  }

  get articleCount(): number {
    return this.store.count;
  }

  /** Every fact of a type: reads every article, O(n). */
  facts<T extends FactType>(type: T): FactOf<T>[] {
    return this.factIndex.facts(type);
  }

  /** The facts of one type extracted from one article. */
  factsOf<T extends FactType>(articleId: string, type: T): FactOf<T>[] {
    return this.factIndex.factsOf(articleId, type);
  }

  /** Articles with facts of a type about a year / province / cluster (all given must hold). */
  articlesWith(type: FactType, query?: FactQuery): ArticleSet {
    return this.factIndex.articlesWith(type, query);
  }

  /** Facts of a type about a year / province / cluster, read from the articles that have them. */
  factsWhere<T extends FactType>(type: T, query?: FactQuery): FactOf<T>[] {
    return this.factIndex.factsWhere(type, query);
  }

  /** Articles whose scope names one of these years / provinces / clusters, and every locality (see `ScopeQuery`). */
  articlesInScope(query: ScopeQuery): ArticleSet {
    return this.factIndex.articlesInScope(query);
  }

  /** An article's metadata, counts and scope, without reading it. */
  entry(id: string): ArticleEntry | undefined {
    return this.store.entry(id);
  }

  article(id: string): Article | undefined {
    return this.store.article(id);
  }

  /** An article's title and lead (`headText`), from memory: for checks over many articles. */
  head(id: string): string | undefined {
    return this.store.entry(id)?.head;
  }

  sentence(articleId: string, index: number): Sentence | undefined {
    return this.store.article(articleId)?.sentences[index];
  }

  scope(articleId: string): ArticleScope | undefined {
    return this.factIndex.scope(articleId);
  }

  /** Every article's scope, from memory: O(n). */
  get scopes(): IterableIterator<ArticleScope> {
    return this.factIndex.scopes().values();
  }

  /** True when some article names this locality (folded name). */
  isKnownLocality(folded: string): boolean {
    return this.factIndex.isKnownLocality(folded);
  }

  /** Every cluster key some article names. */
  get clusterKeys(): readonly string[] {
    return this.factIndex.clusterKeys;
  }

  /** True when some sentence holds this folded word. */
  knowsWord(word: string): boolean {
    return this.index.docFrequency(word) > 0;
  }
}
