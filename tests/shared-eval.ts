/**
 * The team's shared evaluation data (../shared/eval beside the repository: the dev articles and the
 * question sets). Suites that read it are skipped when it is missing (`describe.skipIf(!HAS_DEV)`), and the
 * reporter in skipped-suites.ts says which, in one line.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
/** The dev articles (NAME.txt with NAME.meta.json sidecars), with a trailing slash. */
export const DEV = `${SHARED_EVAL}dev/articles/`;
export const HAS_DEV = existsSync(DEV);
