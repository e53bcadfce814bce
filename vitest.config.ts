/**
 * Tests that start whole processes (the CLI, the bot against the emulator) take a few seconds each on
 * a busy 2-core machine; the default 5 s per test is too tight there. Timings belong in
 * `npm run bench`, not in tests: this only keeps a slow machine from failing a correct run.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
