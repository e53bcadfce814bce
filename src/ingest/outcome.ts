/**
 * What happened to each file or document of an ingest: added, updated, unchanged, or refused
 * with a reason. A batch never fails as a whole; every input gets one outcome.
 */
import type { Refusal } from './refusal.ts';

export interface IngestedArticle {
  status: 'added' | 'updated' | 'unchanged';
  id: string;
  title: string;
  sentences: number;
  /** Facts found, by fact type ("cluster", "role", "quantity", …). */
  facts: Record<string, number>;
  /** The file it came from (CLI ingest). */
  path?: string;
  /** What was ignored on the way (an invalid sidecar field…), in English, for stderr. */
  warnings?: string[];
}

export interface RefusedInput {
  status: 'refused';
  refusal: Refusal;
  /** The file or folder refused (CLI ingest). */
  path?: string;
  /** The article id it would have had, when known. */
  id?: string;
}

export type IngestOutcome = IngestedArticle | RefusedInput;

export type IngestStatus = IngestOutcome['status'];

export function isRefused(o: IngestOutcome): o is RefusedInput {
  return o.status === 'refused';
}
