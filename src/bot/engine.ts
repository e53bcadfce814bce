/**
 * The narrow slice of the engine the bot depends on. The real `Engine` (src/engine.ts)
 * satisfies it structurally; tests use a small fake.
 */
import type { Citation } from '../answer/types.ts';
import type {
  ArchiveCounts,
  ArticleSummary,
  AskResult,
  ClusterSummary,
  ConversationContext,
  EngineStats,
  IngestOutcome,
  NewDocument,
} from '../engine.ts';

export interface BotEngine {
  /** Synchronous and fast (< 20 ms). */
  ask(question: string, context?: ConversationContext): AskResult;
  /** Stored (added, updated, unchanged) or refused with the reason; off the answering thread. */
  ingestDocument(doc: NewDocument): Promise<IngestOutcome>;
  remove(id: string): Promise<boolean>;
  /** Articles newest first; with a query, those whose title has its words (/nguon). */
  findArticles(query?: string): ArticleSummary[];
  /** Clusters with members or roles; with a query, those its words name (/cum). */
  findClusters(query?: string): ClusterSummary[];
  /** Articles by publisher and year, the newest (/thongke). */
  archiveCounts(): ArchiveCounts;
  stats(): EngineStats;
  /**
   * Optional: the full citation of a sentence by its address. When present, 📄 buttons carry
   * the address and keep working across restarts; otherwise citations wait in an LRU.
   */
  citation?(articleId: string, sentenceIndex: number): Citation | undefined;
  /** Optional: answers a question nobody asked, so that the first real one is answered at full speed. */
  warmUp?(): void;
}
