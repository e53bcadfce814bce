/**
 * The process's one worker pool for ingestion (parsing; see worker-tasks.ts for what it runs),
 * started on first use and shared by every engine of the process.
 */
import { WorkerPool } from './worker-pool.ts';
import type { WorkerTasks } from './worker-tasks.ts';

let shared: WorkerPool<WorkerTasks> | undefined;

/** The shared pool; `size` applies when this call creates it (default: cores − 1). */
export function ingestPool(size?: number): WorkerPool<WorkerTasks> {
  shared ??= new WorkerPool<WorkerTasks>({
    tasks: new URL(
      import.meta.url.endsWith('.ts') ? './worker-tasks.ts' : './worker-tasks.js',
      import.meta.url,
    ),
    ...(size ? { size } : {}),
  });
  return shared;
}
