/**
 * The engine: one object that surfaces (CLI, terminal chat, Telegram bot, bench) hold.
 * It wires the stages together: ingest → extract → store and index → understand → answer.
 */
import { existsSync, statSync } from 'node:fs';
import { answerQuestion } from './answer/answer-question.ts';
import { citationOf } from './answer/compose.ts';
import { Knowledge } from './answer/knowledge.ts';
import { type ReaderOptions, type Reading, read, readOne } from './answer/read.ts';
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
import { Archive, type ArchiveOptions, type Snapshot, type WriteBatch } from './store/archive.ts';
import { manifestPath } from './store/manifest.ts';
import { STORE_VERSION } from './store/store-version.ts';
import { fold } from './text/fold.ts';

export interface EngineOptions {
  /** The data directory: segmented store, search index, manifest (see store/archive.ts). */
  dataDir: string;
  /** When the store is empty, these files/folders are ingested first (the repo's seeds/). */
  seedPaths?: string[];
  /** Size caps, parse time budget and workers for ingestion (defaults: DEFAULT_INGEST_LIMITS). */
  ingestLimits?: Partial<IngestLimits>;
  /** Segment size, record cache and how writers wait for each other (defaults: DEFAULT_ARCHIVE_OPTIONS). */
  storage?: Partial<Omit<ArchiveOptions, 'extraction' | 'extract'>>;
}

export interface IngestPathsOptions {
  /** Called as each file is done (stored or refused): for progress bars. */
  onProgress?(done: number, total: number): void;
  /** Files of other extensions found inside folders, not ingested. */
  onSkipped?(paths: string[]): void;
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
  private knowledgeOf?: { snapshot: Snapshot; knowledge: Knowledge };

  private constructor(
    private readonly options: EngineOptions,
    private readonly archive: Archive,
  ) {}

  /** Opens the data directory (migrating or repairing it when needed); ingests `seedPaths` when it is empty. */
  static async open(options: EngineOptions): Promise<Engine> {
    const archive = await Archive.open(options.dataDir, {
      ...options.storage,
      extraction: STORE_VERSION,
      extract: extractFacts,
    });
    const engine = new Engine(options, archive);
    if (archive.current.store.count === 0 && options.seedPaths?.length) {
      const seeds = options.seedPaths.filter((p) => existsSync(p));
      if (seeds.length) await engine.ingestPaths(seeds);
    }
    return engine;
  }

  /** What answering reads, as of the latest generation this process knows. */
  private get knowledge(): Knowledge {
    const snapshot = this.archive.current;
    if (this.knowledgeOf?.snapshot !== snapshot)
      this.knowledgeOf = {
        snapshot,
        knowledge: new Knowledge(snapshot.store, snapshot.store, snapshot.index),
      };
    return this.knowledgeOf.knowledge;
  }

  /**
   * Picks up what other processes write to the data directory (a CLI ingest while the bot runs):
   * the manifest is checked every `intervalMs`, and the segments that changed are read. Returns the
   * function that stops it.
   */
  followWrites(intervalMs = 1000, onChange?: (generation: number) => void): () => void {
    const manifest = manifestPath(this.options.dataDir);
    let seen = '';
    const timer = setInterval(() => {
      let stamp = '';
      try {
        const st = statSync(manifest);
        stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
      } catch {
        return;
      }
      if (stamp === seen) return;
      seen = stamp;
      try {
        if (this.archive.refresh()) onChange?.(this.archive.generation);
      } catch (err) {
        process.stderr.write(`could not read the data directory's latest write: ${(err as Error).message}\n`);
      }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Parses a question as the engine understands it (for diagnostics and tests). */
  parse(question: string): ParsedQuestion {
    return parseQuestion(question.slice(0, MAX_QUESTION_LENGTH), {
      isKnownLocality: (n) => this.knowledge.isKnownLocality(n),
      clusterKeys: this.knowledge.clusterKeys,
    });
  }

  /** Every step of the reader on a question, part by part (for diagnostics: scripts/explain.ts). */
  explain(question: string, options?: ReaderOptions): Reading[] {
    const q = this.parse(question);
    return (q.parts.length > 1 ? q.parts : [q]).map((part) => readOne(part, this.knowledge, options));
  }

  /** What answering reads (for diagnostics and for fitting the reader's weights). */
  knowledgeForDiagnostics(): Knowledge {
    return this.knowledge;
  }

  /** Answers with other reader options (for fitting the reader's weights: scripts/fit-weights.ts). */
  askWith(question: string, options: ReaderOptions): Answer {
    return read(this.parse(question), this.knowledge, options);
  }

  ask(question: string, context?: ConversationContext): AskResult {
    const asked = this.parse(question);
    const parsed = resolveFollowUp(asked, context?.previous as ParsedQuestion | undefined);
    const answer =
      process.env.MTTQ_READER === 'new'
        ? read(parsed, this.knowledge)
        : answerQuestion(parsed, this.knowledge);
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
    const { sources, refused, skipped } = await readSources(paths, ctx.limits);
    if (skipped.length) options.onSkipped?.(skipped.map((s) => s.path));
    const total = sources.length + refused.length;
    const outcomes: IngestOutcome[] = [...refused];
    options.onProgress?.(refused.length, total);
    // all parse in the pool while the articles parsed so far are stored, in order
    const prepared = sources.map((s) => prepareArticle(s, ctx));
    return this.archive.write(`ingest of ${sources.length} files`, async (batch) => {
      for (const [i, source] of sources.entries()) {
        const p = await (prepared[i] as (typeof prepared)[number]);
        const { id, path, warnings } = source;
        if (!p.ok) outcomes.push({ status: 'refused', refusal: p.refusal, id, path });
        else
          outcomes.push({ ...(await this.put(batch, p.article)), path, ...(warnings ? { warnings } : {}) });
        options.onProgress?.(outcomes.length, total);
      }
      return outcomes;
    });
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
    const article = p.article;
    return this.archive.write(`ingest of "${article.id}"`, (batch) => this.put(batch, article));
  }

  private async put(batch: WriteBatch, article: Article): Promise<IngestReport> {
    const oldHash = batch.hashOf(article.id);
    if (oldHash === article.hash) {
      const old = batch.entry(article.id);
      return {
        id: article.id,
        title: old?.title ?? article.title,
        status: 'unchanged',
        sentences: old?.sentences ?? article.sentences.length,
        facts: { ...old?.facts },
      };
    }
    const { facts, scope } = extractFacts(article);
    await batch.put({ article, facts, scope });
    return {
      id: article.id,
      title: article.title,
      status: oldHash ? 'updated' : 'added',
      sentences: article.sentences.length,
      facts: countFacts(facts),
    };
  }

  /** Removes an article and its facts. */
  async remove(id: string): Promise<boolean> {
    return this.archive.write(`removal of "${id}"`, async (batch) => batch.remove(id));
  }

  listArticles(): ArticleSummary[] {
    return [...this.archive.current.store.entries()].map((e) => ({
      id: e.id,
      title: e.title,
      publisher: e.publisher,
      date: e.date,
      url: e.url,
      sentences: e.sentences,
      facts: Object.values(e.facts).reduce((n, c) => n + c, 0),
    }));
  }

  listClusters(): ClusterSummary[] {
    const byKey = new Map<string, ClusterSummary>();
    for (const c of this.knowledge.factsWhere('cluster')) {
      const key = `${c.key}|${c.parent ?? ''}`;
      const s = byKey.get(key) ?? { name: c.name, members: [], roles: [], articleIds: [] };
      if (c.members.length > s.members.length) s.members = c.members;
      if (!s.articleIds.includes(c.source.articleId)) s.articleIds.push(c.source.articleId);
      byKey.set(key, s);
    }
    for (const r of this.knowledge.factsWhere('role')) {
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
    const { store, index } = this.archive.current;
    let sentences = 0;
    let facts = 0;
    for (const e of store.entries()) {
      sentences += e.sentences;
      for (const n of Object.values(e.facts)) facts += n;
    }
    return { articles: store.count, sentences, facts, indexBytes: index.byteSize() };
  }
}

export { articleHash };
