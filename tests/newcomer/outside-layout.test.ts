/**
 * A clone outside the team's layout (no ../shared beside it): `npm test` says in one line which suites it
 * skipped and why, and `npm run eval` explains in one line what it needs instead of a stack trace.
 * Both run in a temp copy of the pieces involved, with this repository's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let home: string;
let clone: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'mttq-newcomer-'));
  clone = join(home, 'repo');
  mkdirSync(join(clone, 'tests'), { recursive: true });
  mkdirSync(join(clone, 'scripts'));
  for (const f of ['package.json', 'tests/shared-eval.ts', 'tests/skipped-suites.ts', 'scripts/eval.mjs'])
    copyFileSync(join(ROOT, f), join(clone, f));
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  writeFileSync(
    join(clone, 'tests/needs-dev.test.ts'),
    "import { describe, it } from 'vitest';\nimport { HAS_DEV } from './shared-eval.ts';\n" +
      "describe.skipIf(!HAS_DEV)('reads the dev articles', () => it('runs', () => {}));\n" +
      "describe('stands alone', () => it('runs', () => {}));\n",
  );
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('outside the team layout', () => {
  it('the test run ends with one line naming the suites skipped for the missing shared data', () => {
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/vitest'),
      ['run', '--reporter=default', '--reporter=./tests/skipped-suites.ts'],
      { cwd: clone, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: '1' } },
    );
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.includes('Skipped'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Skipped 1 suite that need the shared evaluation data \(.*shared\/eval\/dev/);
    expect(lines[0]).toContain('not found beside this clone): reads the dev articles');
    expect(lines[0]).not.toContain('stands alone');
  });

  it('npm run eval prints one line saying the shared evaluation data is needed', () => {
    const r = spawnSync(process.execPath, ['scripts/eval.mjs'], { cwd: clone, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('npm run eval needs the shared evaluation data');
    expect(lines[0]).toContain('../shared/eval');
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
  });
});
