/**
 * A newcomer's `npm install` on a fresh clone leaves `git status` clean and `npm ci` accepts the lock
 * file: npm rewrites nothing in the committed lock file, and everything the install writes (packages,
 * the build in dist/, the store in data/) is ignored by git.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' });

describe('installing like a newcomer', { timeout: 60_000 }, () => {
  it('npm install leaves the committed lock file as it is (it matches package.json, so npm ci works)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mttq-lock-'));
    try {
      for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, f), join(dir, f));
      // from npm's cache only: a lock file in step with package.json needs nothing from the registry
      const r = spawnSync(
        'npm',
        ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
        { cwd: dir, encoding: 'utf8', timeout: 60_000, shell: process.platform === 'win32' },
      );
      expect(r.stderr).not.toMatch(/ERR!/);
      expect(r.status).toBe(0);
      expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(
        readFileSync(join(ROOT, 'package-lock.json'), 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(inGit.stdout.trim() !== 'true')(
    'what the install and a first start write (packages, dist/, data/) is ignored by git',
    () => {
      const written = ['node_modules/grammy/package.json', 'dist/0123abcd/main.mjs', 'data/manifest.json'];
      const r = spawnSync('git', ['check-ignore', '--no-index', ...written], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stdout.trim().split('\n')).toEqual(written);
      // and the placeholder that keeps data/ in the clone is not
      const keep = spawnSync('git', ['check-ignore', '--no-index', 'data/.gitkeep'], { cwd: ROOT });
      expect(keep.status).toBe(1);
    },
  );
});
