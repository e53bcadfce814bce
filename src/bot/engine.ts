/**
 * The narrow slice of the engine the bot depends on. The real `Engine` (src/engine.ts)
 * satisfies it structurally; tests use a small fake.
 */
import type {
  ArticleSummary,
  AskResult,
  ClusterSummary,
  ConversationContext,
  EngineStats,
  IngestReport,
  NewDocument,
} from '../engine.ts';

export interface BotEngine {
  /** Synchronous and fast (< 20 ms). */
  ask(question: string, context?: ConversationContext): AskResult;
  ingestDocument(doc: NewDocument): Promise<IngestReport>;
  remove(id: string): Promise<boolean>;
  listArticles(): ArticleSummary[];
  listClusters(): ClusterSummary[];
  stats(): EngineStats;
}
