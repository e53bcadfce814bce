/**
 * The engine: one object that surfaces (CLI, terminal chat, Telegram bot, bench) hold.
 * It wires the stages together: ingest → extract → store and index → understand → answer.
 */
import { existsSync } from 'node:fs';
import { answerQuestion } from './answer/answer-question.ts';
import { citationOf } from './answer/compose.ts';
import { Knowledge } from './answer/knowledge.ts';
import type { Answer, Citation } from './answer/types.ts';
import { countFacts, extractFacts } from './extract/extract-facts.ts';
import type { Article, ArticleMeta, SourceFormat } from './ingest/article.ts';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest/ingest-limits.ts';
import { ingestPool } from './ingest/ingest-pool.ts';
import type { IngestedArticle, IngestOutcome } from './ingest/outcome.ts';
import { articleHash } from './ingest/parse-article.ts';
import { type PrepareContext, prepareArticle } from './ingest/prepare-article.ts';
import { readSources } from './ingest/read-sources.ts';
import { describeQuestion, namesEveryPart, type QuestionDescription } from './qa/describe-question.ts';
import { resolveFollowUp } from './qa/follow-up.ts';
import { parseQuestion } from './qa/parse-question.ts';
import type { ParsedQuestion } from './qa/question.ts';
import { SentenceIndex } from './search/sentence-index.ts';
import { FactStore, STORE_VERSION } from './store/fact-store.ts';
import { fold } from './text/fold.ts';

export interface EngineOptions {
  /** Directory of the fact store and the serialized index. */
  dataDir: string;
  /** When the store is empty, these files/folders are ingested first (the repo's seeds/). */
  seedPaths?: string[];
  /** Size caps, parse time budget and workers for ingestion (defaults: DEFAULT_INGEST_LIMITS). */
  ingestLimits?: Partial<IngestLimits>;
}

export interface IngestPathsOptions {
  /** Called as each file is done (stored or refused): for progress bars. */
  onProgress?(done: number, total: number): void;
}

/** What a follow-up question ("còn năm 2023?") needs from the previous one. Opaque to surfaces. */
export interface ConversationContext {
  readonly previous?: unknown;
  /** How the previous question was described, so that a follow-up names things the same way. */
  readonly described?: unknown;
}

export interface AskResult extends Answer {
  /**
   * How the question was understood ("Cụm phó · năm 2023 · Cụm Nam Sông Hậu"), when a follow-up was
   * resolved or a cluster or place was picked from words the question did not write out.
   */
  understood?: string;
  /** Pass back with the next question of the same user in the same chat to resolve follow-ups. */
  context: ConversationContext;
}

/** An article stored (added, updated or unchanged). */
export type IngestReport = IngestedArticle;
export type { IngestOutcome };

export interface NewDocument {
  /** Article id; derived from the title or URL when absent. */
  id?: string;
  text: string;
  format: SourceFormat;
  meta?: ArticleMeta;
}

export interface ArticleSummary {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  sentences: number;
  facts: number;
}

export interface ClusterSummary {
  name: string;
  members: string[];
  roles: Array<{ year?: number; role: 'leader' | 'deputy'; holder: string; articleId: string }>;
  articleIds: string[];
}

export interface EngineStats {
  articles: number;
  sentences: number;
  facts: number;
  indexBytes: number;
}

/** Longest question accepted; longer input is cut (a pasted article is not a question). */
export const MAX_QUESTION_LENGTH = 1000;

function slug(text: string): string {
  const s = fold(text)
    .replace(/[^a-z0-9]+/g, '-')

    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'bai-viet';
}

export class Engine {
  private knowledge: Knowledge;

  private constructor(
    private readonly options: EngineOptions,
    private readonly store: FactStore,
    private index: SentenceIndex,
  ) {
    this.knowledge = this.rebuild();
  }

  /** Opens the data directory; ingests `seedPaths` when the store is empty. */
  static async open(options: EngineOptions): Promise<Engine> {
    const store = await FactStore.open(options.dataDir);
    let index = SentenceIndex.load(options.dataDir);
    const engine = new Engine(options, store, index ?? SentenceIndex.build(store.articles));
    if (store.version !== STORE_VERSION || store.scopes.length !== store.articles.length) {
      // facts from an older extractor: extract again from the stored articles
      const all = store.articles.map((a) => extractFacts(a));
      store.replaceFacts(
        all.flatMap((x) => x.facts),
        all.map((x) => x.scope),
      );
      await store.save();
      engine.knowledge = engine.rebuild();
    }
    if (!index && store.articles.length) {
      engine.index.save(options.dataDir);
      index = engine.index;
    }
    if (store.articles.length === 0 && options.seedPaths?.length) {
      const seeds = options.seedPaths.filter((p) => existsSync(p));
      if (seeds.length) await engine.ingestPaths(seeds);
    }
    return engine;
  }

  private rebuild(): Knowledge {
    return new Knowledge(this.store.articles, this.store.facts, this.store.scopes, this.index);
  }

  /** Parses a question as the engine understands it (for diagnostics and tests). */
  parse(question: string): ParsedQuestion {
    return parseQuestion(question.slice(0, MAX_QUESTION_LENGTH), {
      isKnownLocality: (n) => this.knowledge.isKnownLocality(n),
      clusterKeys: this.knowledge.clusterKeys,
    });
  }

  ask(question: string, context?: ConversationContext): AskResult {
    const asked = this.parse(question);
    const parsed = resolveFollowUp(asked, context?.previous as ParsedQuestion | undefined);
    const answer = answerQuestion(parsed, this.knowledge);
    const described = describeQuestion(parsed, {
      clusters: this.knowledge.facts('cluster'),
      previous: context?.described as QuestionDescription | undefined,
    });
    // a follow-up always says how it was read; a picked scope only when the answer does not name it
    const worthSaying =
      parsed !== asked || (described.picked && !(answer.found && namesEveryPart(described, answer.text)));
    const understood = worthSaying && described.line ? described.line : undefined;
    return { ...answer, ...(understood ? { understood } : {}), context: { previous: parsed, described } };
  }

  /** The full citation of a sentence, for a surface that kept only its address. */
  citation(articleId: string, sentenceIndex: number): Citation | undefined {
    if (!this.knowledge.article(articleId)) return undefined;
    return citationOf(this.knowledge, articleId, sentenceIndex);
  }

  private ingestion(): PrepareContext {
    const limits = { ...DEFAULT_INGEST_LIMITS, ...this.options.ingestLimits };
    return { limits, pool: ingestPool(limits.workers) };
  }

  /**
   * Ingests files and folders (.txt, .md, .html with optional NAME.meta.json sidecars): one
   * outcome per file, and per path that yields none; a refused file never stops the others.
   */
  async ingestPaths(paths: string[], options: IngestPathsOptions = {}): Promise<IngestOutcome[]> {
    const ctx = this.ingestion();
    const { sources, refused } = await readSources(paths, ctx.limits);
    const total = sources.length + refused.length;
    const outcomes: IngestOutcome[] = [...refused];
    options.onProgress?.(refused.length, total);
    // all parse in the pool while the articles parsed so far are stored, in order
    const prepared = sources.map((s) => prepareArticle(s, ctx));
    for (const [i, source] of sources.entries()) {
      const p = await (prepared[i] as (typeof prepared)[number]);
      const { id, path, warnings } = source;
      if (!p.ok) outcomes.push({ status: 'refused', refusal: p.refusal, id, path });
      else outcomes.push({ ...this.put(p.article), path, ...(warnings ? { warnings } : {}) });
      options.onProgress?.(outcomes.length, total);
    }
    await this.persist(outcomes);
    return outcomes;
  }

  /** Ingests one document an admin sent: stored, or refused with the reason. */
  async ingestDocument(doc: NewDocument): Promise<IngestOutcome> {
    const id =
      doc.id ?? slug(doc.meta?.title ?? doc.meta?.url ?? doc.text.split('\n').find((l) => l.trim()) ?? '');
    const p = await prepareArticle(
      { id, format: doc.format, raw: doc.text, meta: doc.meta },
      this.ingestion(),
    );
    if (!p.ok) return { status: 'refused', refusal: p.refusal, id };
    const report = this.put(p.article);
    await this.persist([report]);
    return report;
  }

  private put(article: Article): IngestReport {
    const old = this.store.article(article.id);
    if (old && old.hash === article.hash) {
      const facts = this.store.facts.filter((f) => f.source.articleId === article.id);
      return {
        id: article.id,
        title: old.title,
        status: 'unchanged',
        sentences: old.sentences.length,
        facts: countFacts(facts),
      };
    }
    const { facts, scope } = extractFacts(article);
    if (old) this.index.remove(old);
    this.store.put(article, facts, scope);
    this.index.add(article);
    return {
      id: article.id,
      title: article.title,
      status: old ? 'updated' : 'added',
      sentences: article.sentences.length,
      facts: countFacts(facts),
    };
  }

  private async persist(outcomes: IngestOutcome[]): Promise<void> {
    const changed = outcomes.some((o) => o.status === 'added' || o.status === 'updated');
    if (!changed && existsSync(`${this.options.dataDir}/index.json`)) return;
    await this.store.save();
    this.index.save(this.options.dataDir);
    this.knowledge = this.rebuild();
  }

  /** Removes an article and its facts. */
  async remove(id: string): Promise<boolean> {
    const old = this.store.article(id);
    if (!old) return false;
    this.index.remove(old);
    this.store.remove(id);
    await this.store.save();
    this.index.save(this.options.dataDir);
    this.knowledge = this.rebuild();
    return true;
  }

  listArticles(): ArticleSummary[] {
    const counts = new Map<string, number>();
    for (const f of this.store.facts)
      counts.set(f.source.articleId, (counts.get(f.source.articleId) ?? 0) + 1);
    return this.store.articles.map((a) => ({
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      date: a.date,
      url: a.url,
      sentences: a.sentences.length,
      facts: counts.get(a.id) ?? 0,
    }));
  }

  listClusters(): ClusterSummary[] {
    const byKey = new Map<string, ClusterSummary>();
    for (const c of this.knowledge.facts('cluster')) {
      const key = `${c.key}|${c.parent ?? ''}`;
      const s = byKey.get(key) ?? { name: c.name, members: [], roles: [], articleIds: [] };
      if (c.members.length > s.members.length) s.members = c.members;
      if (!s.articleIds.includes(c.source.articleId)) s.articleIds.push(c.source.articleId);
      byKey.set(key, s);
    }
    for (const r of this.knowledge.facts('role')) {
      const parent = this.knowledge.scope(r.source.articleId)?.homeProvince;
      const s = byKey.get(`${r.clusterKey ?? ''}|`) ?? byKey.get(`${r.clusterKey ?? ''}|${parent ?? ''}`);
      if (!s) continue;
      if (!s.roles.some((x) => x.role === r.role && x.year === r.year && x.holder === r.holder))
        s.roles.push({ year: r.year, role: r.role, holder: r.holder, articleId: r.source.articleId });
    }
    for (const s of byKey.values()) s.roles.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    return [...byKey.values()];
  }

  stats(): EngineStats {
    return {
      articles: this.store.articles.length,
      sentences: this.store.articles.reduce((n, a) => n + a.sentences.length, 0),
      facts: this.store.facts.length,
      indexBytes: this.index.byteSize(),
    };
  }
}

export { articleHash };
