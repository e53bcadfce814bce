/**
 * Feeding a write in order while the work ahead runs in parallel: `start` runs on up to `depth`
 * items ahead of the one being finished, `finish` takes the results one at a time in the items'
 * order — so an ingest keeps the worker pool busy and its memory bounded, and stores articles in the
 * order they were listed.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  depth: number,
  start: (item: T) => Promise<R>,
  finish: (item: T, result: R) => Promise<void>,
): Promise<void> {
  const ahead: Array<Promise<R>> = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && ahead.length < depth) ahead.push(start(items[next++] as T));
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const result = await (ahead.shift() as Promise<R>);
    fill();
    await finish(items[i] as T, result);
  }
}
