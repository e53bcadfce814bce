/**
 * Where things live in the repository: the default data directory and the seed articles. The
 * repository is the nearest folder above this module with a package.json, whether it runs from
 * src/ (tsx) or from its build in dist/.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../..');
  }
}

export const REPO_ROOT = repoRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, 'data');
export const SEED_DIR = resolve(REPO_ROOT, 'seeds');
