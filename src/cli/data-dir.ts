/**
 * Which store a command uses. `--data-dir DIR` names one; without it, data/ in the repository
 * (built from seeds/ on first use). Only `ingest` creates a missing DIR: for the other commands a
 * DIR that does not exist is most likely mistyped, and answering from an empty store would hide it.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from './paths.ts';

export type DataDir = { ok: true; path: string; given: boolean } | { ok: false; message: string };

export function dataDirFor(given: string | undefined, mayCreate: boolean): DataDir {
  if (given === undefined) return { ok: true, path: DEFAULT_DATA_DIR, given: false };
  const path = resolve(given);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    if (mayCreate) return { ok: true, path, given: true };
    return {
      ok: false,
      message:
        `data directory ${given} does not exist. ` +
        `Create it by ingesting articles: cli ingest --data-dir ${given} PATH...`,
    };
  }
  return isDir
    ? { ok: true, path, given: true }
    : { ok: false, message: `--data-dir ${given} is not a directory` };
}
