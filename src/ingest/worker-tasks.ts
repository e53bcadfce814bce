/**
 * The task module of the ingestion worker pool (see worker-pool.ts): what its workers can run.
 * Each task is a plain function of structured-clonable input and output. Work that belongs off
 * the answering thread (fact extraction, say) is added here, and every worker can run it.
 */
import { parseArticle } from './parse-article.ts';

export const tasks = {
  /** An ArticleSource → its Article (conversion, cleaning, metadata, sentences). */
  parseArticle,
};

export type WorkerTasks = typeof tasks;
