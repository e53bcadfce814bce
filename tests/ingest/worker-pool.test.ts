/**
 * The worker pool as a specification: tasks run off the main thread with a time budget; a task
 * that spins, throws, exits or exhausts its heap fails alone, as a value, and the pool goes on.
 * Budgets here are short and every case is bounded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/ingest/worker-pool.ts';
import type { PoolTestTasks } from './pool-tasks.ts';

const TASKS = new URL('./pool-tasks.ts', import.meta.url);
const pool = new WorkerPool<PoolTestTasks>({ tasks: TASKS, size: 2, maxHeapMb: 48 });
afterAll(() => pool.close());

describe('WorkerPool', () => {
  it('runs named tasks, sync and async, and returns their values', async () => {
    const [a, b] = await Promise.all([
      pool.run('double', 21, { budgetMs: 10_000 }),
      pool.run('later', 1, { budgetMs: 10_000 }),
    ]);
    expect(a).toMatchObject({ ok: true, value: 42 });
    expect(b).toMatchObject({ ok: true, value: 2 });
  });

  it('stops a task over its budget while the main thread keeps running, then runs the next task', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const r = await pool.run('spin', null, { budgetMs: 400 });
    clearInterval(timer);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.kind).toBe('timeout');
      expect(r.failure.elapsedMs).toBeGreaterThanOrEqual(390);
    }
    // the main thread was free all along: its timer fired while the task spun
    expect(ticks).toBeGreaterThan(5);
    expect(await pool.run('double', 2, { budgetMs: 10_000 })).toMatchObject({ ok: true, value: 4 });
  });

  it('the budget counts from when a task starts, not while it waits in the queue', async () => {
    const spins = [1, 2].map(() => pool.run('spin', null, { budgetMs: 300 }));
    const queued = pool.run('later', 5, { budgetMs: 300 });
    const results = await Promise.all([...spins, queued]);
    expect(results.map((r) => (r.ok ? 'ok' : r.failure.kind))).toEqual(['timeout', 'timeout', 'ok']);
  });

  it('a task that throws fails alone, with its message', async () => {
    const r = await pool.run('fail', 'hỏng rồi', { budgetMs: 10_000 });
    expect(r).toMatchObject({ ok: false, failure: { kind: 'failed', message: 'hỏng rồi' } });
    expect(await pool.run('double', 3, { budgetMs: 10_000 })).toMatchObject({ ok: true, value: 6 });
  });

  it('a worker that exits or runs out of heap fails only its task', async () => {
    const exited = await pool.run('exit', null, { budgetMs: 10_000 });
    expect(exited).toMatchObject({ ok: false, failure: { kind: 'crashed' } });
    const hog = await pool.run('hog', null, { budgetMs: 20_000 });
    expect(hog).toMatchObject({ ok: false, failure: { kind: 'out-of-memory' } });
    expect(await pool.run('double', 4, { budgetMs: 10_000 })).toMatchObject({ ok: true, value: 8 });
  }, 30_000);

  it('an unknown task name fails as a value', async () => {
    const r = await pool.run('nope' as 'double', 1, { budgetMs: 10_000 });
    expect(r).toMatchObject({ ok: false, failure: { kind: 'failed', message: 'no task named nope' } });
  });

  it('never uses more than `size` workers, and close() fails what is still waiting', async () => {
    const small = new WorkerPool<PoolTestTasks>({ tasks: TASKS, size: 1 });
    const first = small.run('spin', null, { budgetMs: 60_000 });
    const second = small.run('double', 1, { budgetMs: 60_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(small.workerCount).toBe(1);
    await small.close();
    expect((await first).ok).toBe(false);
    expect(await second).toMatchObject({ ok: false, failure: { kind: 'closed' } });
    expect(await small.run('double', 1, { budgetMs: 1000 })).toMatchObject({
      ok: false,
      failure: { kind: 'closed' },
    });
  });
});
