/**
 * A vitest reporter (added beside the default one by `npm test`): when the shared evaluation data is
 * missing, one line names the suites that were skipped for it and why.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { HAS_DEV, SHARED_EVAL } from './shared-eval.ts';

export default class SkippedSuitesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (HAS_DEV) return;
    const skipped = modules.flatMap((m) =>
      [...m.children.allSuites()].filter((s) => s.options.mode === 'skip').map((s) => s.name),
    );
    if (!skipped.length) return;
    process.stdout.write(
      `\nSkipped ${skipped.length} ${skipped.length === 1 ? 'suite' : 'suites'} that need the shared evaluation data (${SHARED_EVAL}dev, ` +
        `not found beside this clone): ${skipped.join('; ')}\n`,
    );
  }
}
