/**
 * Where things live in the repository: the default data directory and the seed articles.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, 'data');
export const SEED_DIR = resolve(REPO_ROOT, 'seeds');
