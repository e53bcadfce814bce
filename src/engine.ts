/**
 * The engine: one object that surfaces (CLI, terminal chat, Telegram bot, bench) hold.
 * It wires the stages together: ingest → extract → store and index → understand → answer.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { citationOf } from './answer/compose.ts';
import { Knowledge } from './answer/knowledge.ts';
import { type ReaderOptions, type Reading, read, readOne } from './answer/read.ts';
import type { Answer, Citation } from './answer/types.ts';
import {
  type ArchiveCounts,
  type ArticleSummary,
  type ClusterSummary,
  countArchive,
  findArticles,
  findClusters,
} from './catalog.ts';
import { clusterKeyMatches } from './extract/cluster-mentions.ts';
import { countFacts, extractFacts } from './extract/extract-facts.ts';
import type { ClusterFact } from './extract/fact.ts';
import type { ArticleMeta, SourceFormat } from './ingest/article.ts';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest/ingest-limits.ts';
import { ingestPool } from './ingest/ingest-pool.ts';
import type { IngestedArticle, IngestOutcome, RefusedInput } from './ingest/outcome.ts';
import { type ArticleSource, articleHash } from './ingest/parse-article.ts';
import { analyseSource, type PrepareContext, screenSource } from './ingest/prepare-article.ts';
import { listSources, readSource, type Source, type SourceFile } from './ingest/read-sources.ts';
import type { AnalysedArticle } from './ingest/worker-tasks.ts';
import { describeQuestion, namesEveryPart, type QuestionDescription } from './qa/describe-question.ts';
import { resolveFollowUp } from './qa/follow-up.ts';
import { parseQuestion } from './qa/parse-question.ts';
import type { ParsedQuestion } from './qa/question.ts';
import { Archive, type ArchiveOptions, type Snapshot, type WriteBatch } from './store/archive.ts';
import { manifestPath } from './store/manifest.ts';
import { inOrder } from './store/ordered-pipeline.ts';
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

/** A source on its way into the store: refused, unchanged (same hash), or analysed and ready to write. */
type Step = RefusedInput | { id: string; hash: string; analysed?: AnalysedArticle; warnings?: string[] };

/** How many sources are read and analysed ahead of the one being stored (enough to span a commit). */
const PIPELINE_DEPTH = 32;
/** An ingest of at least this many files is a batch: its pool may use every core. */
const BATCH_FILES = 64;

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

export type { ArchiveCounts, ArticleSummary, ClusterSummary } from './catalog.ts';

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
    const limits = { ...DEFAULT_INGEST_LIMITS, ...options.ingestLimits };
    const archive = await Archive.open(options.dataDir, {
      ...options.storage,
      extraction: STORE_VERSION,
      // migrating or re-extracting a whole archive is a batch: every core (see `ingestion`)
      extract: async (article) => {
        const pool = ingestPool(limits.workers ?? availableParallelism());
        const done = await pool.run('reanalyseArticle', article, { budgetMs: limits.parseBudgetMs });
        return done.ok ? done.value : extractFacts(article);
      },
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
      knowsWord: (word) => this.knowledge.knowsWord(word),
    });
  }

  /**
   * Answers a Vietnamese and an English question nobody asked: the patterns of every stage are
   * compiled and the lookups warm, so the first real question is answered at full speed (a surface
   * that stays up, the bot, calls it once at start; it costs about a tenth of a second).
   */
  warmUp(): void {
    for (const q of ['Ai là cụm trưởng năm 2024, bao nhiêu nhà Đại đoàn kết?', 'how many houses were built?'])
      read(this.parse(q), this.knowledge);
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
    const answer = read(parsed, this.knowledge);
    const described = describeQuestion(parsed, {
      clusters: parsed.clusterKey ? this.clustersNamed(parsed.clusterKey) : [],
      previous: context?.described as QuestionDescription | undefined,
    });
    // a follow-up always says how it was read; a picked scope only when the answer does not name it
    const worthSaying =
      parsed !== asked || (described.picked && !(answer.found && namesEveryPart(described, answer.text)));
    const understood = worthSaying && described.line ? described.line : undefined;
    return { ...answer, ...(understood ? { understood } : {}), context: { previous: parsed, described } };
  }

  /** Clusters whose key holds the one asked, as a few articles name them (read by lookup, not by walking the archive). */
  private clustersNamed(key: string): ClusterFact[] {
    const k = this.knowledge;
    return k.clusterKeys
      .filter((x) => clusterKeyMatches(key, x))
      .flatMap((cluster) => k.articlesInScope({ clusters: [cluster] }).take(3))
      .flatMap((id) => k.factsOf(id, 'cluster'))
      .slice(0, 10);
  }

  /** The full citation of a sentence, for a surface that kept only its address. */
  citation(articleId: string, sentenceIndex: number): Citation | undefined {
    if (!this.knowledge.article(articleId)) return undefined;
    return citationOf(this.knowledge, articleId, sentenceIndex);
  }

  /**
   * The limits and the worker pool. The process's first ingest sizes the pool: a batch of many
   * files (a CLI ingest) gets a worker per core, otherwise one less than the cores, so that a
   * running bot keeps a core for answering.
   */
  private ingestion(files = 1): PrepareContext {
    const limits = { ...DEFAULT_INGEST_LIMITS, ...this.options.ingestLimits };
    const workers = limits.workers ?? (files >= BATCH_FILES ? availableParallelism() : undefined);
    return { limits, pool: ingestPool(workers) };
  }

  /**
   * Ingests files and folders (.txt, .md, .html with optional NAME.meta.json sidecars): one
   * outcome per file, and per path that yields none; a refused file never stops the others. Files
   * are read, checked against the stored hash and analysed in the worker pool a few at a time
   * ahead of the one being stored, so memory stays bounded whatever the number of files.
   */
  async ingestPaths(paths: string[], options: IngestPathsOptions = {}): Promise<IngestOutcome[]> {
    const { files, refused, skipped } = await listSources(paths);
    if (skipped.length) options.onSkipped?.(skipped.map((s) => s.path));
    const ctx = this.ingestion(files.length);
    const total = files.length + refused.length;
    const outcomes: IngestOutcome[] = [...refused];
    options.onProgress?.(refused.length, total);
    return this.archive.write(`ingest of ${files.length} files`, async (batch) => {
      const prepare = async (file: SourceFile): Promise<Step> => {
        const read = await readSource(file, ctx.limits);
        return 'status' in read ? read : this.prepare(read, batch, ctx);
      };
      await inOrder(files, PIPELINE_DEPTH, prepare, async (file, step) => {
        const outcome = await this.store(batch, step);
        const warnings = 'status' in step ? undefined : step.warnings;
        outcomes.push({ ...outcome, path: file.path, ...(warnings ? { warnings } : {}) });
        options.onProgress?.(outcomes.length, total);
      });
      return outcomes;
    });
  }

  /** Ingests one document an admin sent: stored, or refused with the reason. */
  async ingestDocument(doc: NewDocument): Promise<IngestOutcome> {
    const id =
      doc.id ?? slug(doc.meta?.title ?? doc.meta?.url ?? doc.text.split('\n').find((l) => l.trim()) ?? '');
    const ctx = this.ingestion();
    // analysed before taking the lock: a writer holds it only while it writes
    const step = await this.prepare(
      { id, format: doc.format, raw: doc.text, meta: doc.meta },
      undefined,
      ctx,
    );
    return this.archive.write(`ingest of "${id}"`, (batch) => this.store(batch, step));
  }

  /**
   * A source → what storing it takes: refused, unchanged (its hash is the stored one: not even
   * parsed), or analysed in the pool.
   */
  private async prepare(
    source: ArticleSource & Partial<Pick<Source, 'path' | 'warnings'>>,
    batch: WriteBatch | undefined,
    ctx: PrepareContext,
  ): Promise<Step> {
    const { id, path } = source;
    const s = screenSource(source, ctx.limits);
    if (!s.ok) return { status: 'refused', refusal: s.refusal, id, ...(path ? { path } : {}) };
    const hash = s.screened.hash;
    const stored = batch ? batch.hashOf(id) : this.archive.current.store.entry(id)?.hash;
    if (stored === hash) return { id, hash, warnings: source.warnings };
    const p = await analyseSource(s.screened.source, ctx);
    if (!p.ok) return { status: 'refused', refusal: p.refusal, id, ...(path ? { path } : {}) };
    return { id, hash, analysed: p.analysed, warnings: source.warnings };
  }

  /** Stores a prepared source (within a write): its outcome. */
  private async store(batch: WriteBatch, step: Step): Promise<IngestOutcome> {
    if ('status' in step) return step;
    const stored = batch.hashOf(step.id);
    const entry = batch.entry(step.id);
    if (stored === step.hash && entry)
      return {
        id: entry.id,
        title: entry.title,
        status: 'unchanged',
        sentences: entry.sentences,
        facts: { ...entry.facts },
      };
    const analysed = step.analysed;
    if (!analysed)
      return {
        status: 'refused',
        refusal: { reason: 'parse-failed', detail: 'changed while waiting' },
        id: step.id,
      };
    const { article, facts, scope, tokens } = analysed;
    await batch.put({ article, facts, scope }, tokens);
    return {
      id: article.id,
      title: article.title,
      status: stored ? 'updated' : 'added',
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
      const s: ClusterSummary = byKey.get(key) ?? {
        name: c.name,
        key: c.key,
        ...(c.parent ? { parent: c.parent } : {}),
        members: [],
        roles: [],
        articleIds: [],
      };
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

  /** Articles newest first (undated last); with a query, those whose title has its words. */
  findArticles(query = ''): ArticleSummary[] {
    return findArticles(this.listArticles(), query);
  }

  /** For officials: the articles by publisher and by year, and the newest. */
  archiveCounts(): ArchiveCounts {
    return countArchive(this.listArticles());
  }

  /** Clusters with members or roles; with a query, those its words name (by name, parent or member). */
  findClusters(query = ''): ClusterSummary[] {
    return findClusters(this.listClusters(), query);
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
