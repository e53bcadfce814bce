/**
 * The fact store: articles (with their sentences) and the facts extracted from them, in one
 * lowdb JSON document written atomically (lowdb writes through a temp file and a rename).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { ArticleScope } from '../extract/article-scope.ts';
import type { Fact } from '../extract/fact.ts';
import type { Article } from '../ingest/article.ts';

/** Bump when the shape of stored facts changes: an old store is then re-extracted. */
export const STORE_VERSION = 3;

export interface StoreData {
  version: number;
  articles: Article[];
  facts: Fact[];
  scopes: ArticleScope[];
}

/**
 * On disk a fact's quote is not repeated: it is the sentence its provenance points to, restored from
 * the article when the store is read.
 */
function stringify(data: StoreData): string {
  return JSON.stringify({
    ...data,
    facts: data.facts.map((f) => ({ ...f, source: { ...f.source, quote: undefined } })),
  });
}

function parse(text: string): StoreData {
  const data = JSON.parse(text) as StoreData;
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  for (const f of data.facts) {
    f.source.quote = articles.get(f.source.articleId)?.sentences[f.source.sentenceIndex]?.text ?? '';
  }
  data.scopes ??= [];
  return data;
}

export class FactStore {
  private constructor(private readonly db: Low<StoreData>) {}

  /** Opens (or creates) `store.json` in the data directory. */
  static async open(dataDir: string): Promise<FactStore> {
    mkdirSync(dataDir, { recursive: true });
    const db = new Low<StoreData>(new DataFile(join(dataDir, 'store.json'), { parse, stringify }), {
      version: STORE_VERSION,
      articles: [],
      facts: [],
      scopes: [],
    });
    await db.read();
    return new FactStore(db);
  }

  get version(): number {
    return this.db.data.version;
  }

  get articles(): readonly Article[] {
    return this.db.data.articles;
  }

  get facts(): readonly Fact[] {
    return this.db.data.facts;
  }

  get scopes(): readonly ArticleScope[] {
    return this.db.data.scopes;
  }

  article(id: string): Article | undefined {
    return this.db.data.articles.find((a) => a.id === id);
  }

  /** Replaces an article and all its facts (or adds them). */
  put(article: Article, facts: Fact[], scope: ArticleScope): void {
    this.remove(article.id);
    this.db.data.articles.push(article);
    this.db.data.facts.push(...facts);
    this.db.data.scopes.push(scope);
  }

  /** Removes an article and its facts; true when there was one. */
  remove(id: string): boolean {
    const before = this.db.data.articles.length;
    this.db.data.articles = this.db.data.articles.filter((a) => a.id !== id);
    this.db.data.facts = this.db.data.facts.filter((f) => f.source.articleId !== id);
    this.db.data.scopes = this.db.data.scopes.filter((s) => s.articleId !== id);
    return this.db.data.articles.length !== before;
  }

  /** Replaces every fact and scope (used when the extractors changed). */
  replaceFacts(facts: Fact[], scopes: ArticleScope[]): void {
    this.db.data.facts = facts;
    this.db.data.scopes = scopes;
    this.db.data.version = STORE_VERSION;
  }

  async save(): Promise<void> {
    this.db.data.version = STORE_VERSION;
    await this.db.write();
  }
}
