/**
 * A small pool of worker threads that runs named tasks, each with a time budget: heavy or
 * untrusted work (parsing a page an admin pasted, extracting facts from a long article) never
 * runs on the thread that answers questions, and one pathological input cannot hang anything.
 *
 * Tasks live in one task module: an ES module exporting `tasks`, an object of plain functions
 * `(input) => output` (sync or async) whose input and output survive structured clone (plain
 * objects, arrays, strings, numbers… — no class instances, no functions), and optionally
 * `warmUp()`, run once as a worker starts (load what tasks need, outside any task's budget). The
 * pool is typed by that object, so names, inputs and outputs are checked at compile time:
 *
 *   import type { WorkerTasks } from './worker-tasks.ts';
 *   const pool = new WorkerPool<WorkerTasks>({ tasks: new URL('./worker-tasks.ts', import.meta.url) });
 *   const r = await pool.run('parseArticle', source, { budgetMs: 5000 });
 *   if (r.ok) use(r.value);
 *   else report(r.failure); // { kind: 'timeout' | 'out-of-memory' | 'crashed' | 'failed', message }
 *
 * To run another kind of work in the same pool (fact extraction, say), add its function to the
 * task module; every worker can then run it. One pool per process is enough (`size` workers).
 *
 * Guarantees:
 *  - a task never runs on the caller's thread; `run` never throws (failures are values);
 *  - the budget counts from the moment the task starts on a worker, not while it waits in the
 *    queue, so a batch of 1,000 documents has 1,000 separate budgets; a worker over budget is
 *    terminated (even in the middle of a tight loop) and replaced for the next task;
 *  - a task that throws fails alone (`failed`, with the message) and its worker is reused; a
 *    worker that dies — out of its heap (`resourceLimits`), or any other way — fails only the
 *    task it was running (`out-of-memory` / `crashed`);
 *  - tasks start in FIFO order on up to `size` workers, started lazily and reused;
 *  - idle workers do not keep the process alive; busy ones and queued work do;
 *  - what a task prints goes to stderr, never to the process's stdout (see pool-worker.ts);
 *  - `close()` terminates the workers; queued and running tasks fail with `closed`.
 *
 * TypeScript sources run through tsx's loader in the workers, as they do in the main thread;
 * a compiled (.js) task module is imported directly.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a task module exports as `tasks`. */
// biome-ignore lint/suspicious/noExplicitAny: inputs are whatever each task declares
export type TaskMap = Record<string, (input: any) => unknown>;

export type TaskFailureKind = 'timeout' | 'out-of-memory' | 'crashed' | 'failed' | 'closed';

export interface TaskFailure {
  kind: TaskFailureKind;
  /** For the logs; not meant for end users. */
  message: string;
  /** How long the task ran before it failed, in ms (0 when it never started). */
  elapsedMs: number;
}

export type TaskResult<V> = { ok: true; value: V; elapsedMs: number } | { ok: false; failure: TaskFailure };

export interface WorkerPoolOptions {
  /** The task module (file URL) every worker loads. */
  tasks: URL;
  /** Number of workers (default: one less than the cores, at least 1, at most 4). */
  size?: number;
  /** Heap cap of each worker in MB (default 512): a task that needs more fails as out-of-memory. */
  maxHeapMb?: number;
}

export interface RunOptions {
  /** Time the task may run on a worker, in ms. */
  budgetMs: number;
}

interface Job {
  id: number;
  name: string;
  input: unknown;
  budgetMs: number;
  resolve(result: TaskResult<unknown>): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  startedAt: number;
  timer?: NodeJS.Timeout;
  /** Why the worker is going away while running a job (timeout, a recorded error). */
  ending?: TaskFailure;
}

type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string };

const WORKER_ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './pool-worker.ts' : './pool-worker.js',
  import.meta.url,
);

/** The URL of tsx's ESM API, for workers that must load TypeScript. */
function tsxApiUrl(): string {
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
}

/** The code a worker starts with: load the worker entry (through tsx for .ts), then serve. */
function bootstrap(tasks: URL): string {
  const entry = JSON.stringify(WORKER_ENTRY.href);
  const module = JSON.stringify(tasks.href);
  if (WORKER_ENTRY.href.endsWith('.ts')) {
    const api = JSON.stringify(tsxApiUrl());
    return `import(${api}).then(({ tsImport }) => tsImport(${entry}, ${entry}).then((w) => w.serve((u) => tsImport(u, ${entry}), ${module})));`;
  }
  return `import(${entry}).then((w) => w.serve((u) => import(u), ${module}));`;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export class WorkerPool<T extends TaskMap> {
  private readonly size: number;
  private readonly maxHeapMb: number;
  private readonly code: string;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Consecutive workers that died before they were ready: a broken task module. */
  private startFailures = 0;

  constructor(options: WorkerPoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.maxHeapMb = options.maxHeapMb ?? 512;
    this.code = bootstrap(options.tasks);
  }

  /** Runs `name` on `input` in a worker within `budgetMs`; see the module comment. */
  run<N extends keyof T & string>(
    name: N,
    input: Parameters<T[N]>[0],
    options: RunOptions,
  ): Promise<TaskResult<Awaited<ReturnType<T[N]>>>> {
    return new Promise((resolve) => {
      if (this.closed) {
        resolve({ ok: false, failure: { kind: 'closed', message: 'the pool is closed', elapsedMs: 0 } });
        return;
      }
      const job: Job = {
        id: this.nextId++,
        name,
        input,
        budgetMs: options.budgetMs,
        resolve: resolve as Job['resolve'],
      };
      this.queue.push(job);
      this.pump();
    });
  }

  /** Workers currently alive (for tests and diagnostics). */
  get workerCount(): number {
    return this.slots.length;
  }

  /** Terminates every worker; queued and running tasks fail with `closed`. */
  async close(): Promise<void> {
    this.closed = true;
    const closedFailure = (elapsedMs: number): TaskResult<never> => ({
      ok: false,
      failure: { kind: 'closed', message: 'the pool was closed', elapsedMs },
    });
    for (const job of this.queue.splice(0)) job.resolve(closedFailure(0));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        if (slot.job) slot.job.resolve(closedFailure(Date.now() - slot.startedAt));
        slot.job = undefined;
        return slot.worker.terminate();
      }),
    );
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.ready && !slot.job && !slot.ending) this.start(slot, this.queue.shift() as Job);
    }
    // what is still queued found no idle worker: start more, up to `size`
    let starting = this.slots.filter((s) => !s.ready).length;
    while (this.slots.length < this.size && this.queue.length > starting) {
      this.spawn();
      starting++;
    }
    for (const slot of this.slots) {
      if (slot.job || (!slot.ready && this.queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private spawn(): void {
    const worker = new Worker(this.code, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    const slot: Slot = { worker, ready: false, startedAt: 0 };
    this.slots.push(slot);
    worker.on('message', (msg: WorkerReply) => this.onMessage(slot, msg));
    worker.on('error', (err: Error & { code?: string }) => {
      const kind = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed';
      slot.ending ??= { kind, message: err.message, elapsedMs: 0 };
    });
    worker.on('exit', () => this.onExit(slot));
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.startedAt = Date.now();
    slot.timer = setTimeout(() => {
      slot.ending = {
        kind: 'timeout',
        message: `${job.name} ran over its budget of ${job.budgetMs} ms`,
        elapsedMs: Date.now() - slot.startedAt,
      };
      this.finish(slot, { ok: false, failure: slot.ending });
      void slot.worker.terminate();
    }, job.budgetMs);
    slot.worker.postMessage({ id: job.id, name: job.name, input: job.input });
  }

  /** Settles the slot's job and frees the slot (a worker that is ending is not reused). */
  private finish(slot: Slot, result: TaskResult<unknown>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    const job = slot.job;
    slot.job = undefined;
    job?.resolve(result);
    this.pump();
  }

  private onMessage(slot: Slot, msg: WorkerReply): void {
    if (msg.type === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
      this.pump();
      return;
    }
    if (!slot.job || slot.job.id !== msg.id) return;
    const elapsedMs = Date.now() - slot.startedAt;
    if (msg.type === 'done') this.finish(slot, { ok: true, value: msg.value, elapsedMs });
    else this.finish(slot, { ok: false, failure: { kind: 'failed', message: msg.message, elapsedMs } });
  }

  private onExit(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    if (!slot.ready) {
      // died while loading: fail the oldest waiting task rather than respawn forever
      this.startFailures++;
      const message = `worker could not start: ${slot.ending?.message ?? 'exited'}`;
      if (this.startFailures >= 2) {
        for (const job of this.queue.splice(0)) {
          job.resolve({ ok: false, failure: { kind: 'crashed', message, elapsedMs: 0 } });
        }
      }
    }
    if (slot.job) {
      const failure = slot.ending ?? {
        kind: 'crashed' as const,
        message: 'the worker exited',
        elapsedMs: 0,
      };
      this.finish(slot, { ok: false, failure: { ...failure, elapsedMs: Date.now() - slot.startedAt } });
    } else {
      this.pump();
    }
  }
}
