/**
 * The inside of a WorkerPool worker (see worker-pool.ts): loads the task module and runs its
 * optional `warmUp()`, says it is ready, then runs each task it is sent and posts back its value
 * or its error message.
 */
import { parentPort } from 'node:worker_threads';
import type { TaskMap } from './worker-pool.ts';

/** Started by the pool's bootstrap code with the loader to use (tsx's for TypeScript). */
export async function serve(
  load: (url: string) => Promise<{ tasks: TaskMap; warmUp?: () => unknown }>,
  moduleUrl: string,
) {
  const port = parentPort;
  if (!port) throw new Error('pool-worker runs only inside a worker thread');
  // the process's stdout may carry a protocol (ask --jsonl): whatever a task prints goes to stderr
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  const { tasks, warmUp } = await load(moduleUrl);
  // what every task needs loaded is loaded now, not inside the first task's time budget
  await warmUp?.();
  port.on('message', async (msg: { id: number; name: string; input: unknown }) => {
    const task = Object.hasOwn(tasks, msg.name) ? tasks[msg.name] : undefined;
    try {
      if (!task) throw new Error(`no task named ${msg.name}`);
      port.postMessage({ type: 'done', id: msg.id, value: await task(msg.input) });
    } catch (err) {
      port.postMessage({
        type: 'failed',
        id: msg.id,
        message: err instanceof Error ? err.message : String(err),
      });
    }
  });
  port.postMessage({ type: 'ready' });
}
