/** A task module for the worker-pool specification: well-behaved and badly-behaved tasks. */
export const tasks = {
  double: (n: number) => n * 2,
  later: async (n: number) => {
    await new Promise((r) => setTimeout(r, 10));
    return n + 1;
  },
  /** A tight loop that never yields: only terminating the thread stops it. */
  spin: (_: null) => {
    for (;;) {
      // busy
    }
  },
  fail: (message: string) => {
    throw new Error(message);
  },
  exit: (_: null) => process.exit(3),
  /** Allocates until the worker's heap cap is reached. */
  hog: (_: null) => {
    const keep: string[][] = [];
    for (;;) keep.push(Array.from({ length: 100_000 }, (_, i) => `chuỗi ${i}`));
  },
};

export type PoolTestTasks = typeof tasks;
