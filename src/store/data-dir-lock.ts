/**
 * One writer at a time per data directory: a lock (proper-lockfile: a lock directory created
 * atomically and kept fresh while held) taken by whoever writes — a CLI ingest, the bot's /them —
 * and only while writing, so that readers never wait. A second writer waits a bounded time, saying
 * who it waits for, then fails naming the holder. A lock left by a killed process is taken over
 * once it has not been refreshed for `staleMs`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { writeFileAtomic } from './atomic-write.ts';

export interface LockOptions {
  /** Who is writing, as other writers will be told ("cli ingest", "bot /them"). */
  holder: string;
  /** How long to wait for a lock held by another writer before failing (ms). */
  waitMs: number;
  /** A lock not refreshed for this long was left by a process that died (ms, at least 2000). */
  staleMs: number;
  /** Told once when the lock is held by someone else and this writer starts waiting. */
  onWait?: (holder: string) => void;
}

export const DEFAULT_LOCK_OPTIONS: Omit<LockOptions, 'holder'> = { waitMs: 30_000, staleMs: 10_000 };

/** Who holds a lock, as its holder wrote it down. */
interface Owner {
  pid: number;
  host: string;
  holder: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(`the data directory ${dataDir} is being written by ${holder}; try again when it has finished`);
  }
}

export interface DataDirLock {
  /** True when another process took the lock over (this one stalled longer than `staleMs`). */
  readonly compromised: boolean;
  release(): Promise<void>;
}

const LOCK = 'write.lock';
const OWNER = 'write.lock.owner.json';

function describe(owner: Owner | undefined): string {
  if (!owner) return 'another process';
  const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
  return `${owner.holder} (pid ${owner.pid}${where}, since ${owner.since})`;
}

function readOwner(dataDir: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, OWNER), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the data directory's write lock, waiting at most `waitMs` for another writer. */
export async function lockDataDir(dataDir: string, options: LockOptions): Promise<DataDirLock> {
  const deadline = Date.now() + options.waitMs;
  let told = false;
  let compromised = false;
  for (;;) {
    try {
      const release = await lockfile.lock(dataDir, {
        lockfilePath: join(dataDir, LOCK),
        realpath: false,
        stale: options.staleMs,
        retries: 0,
        onCompromised: () => {
          compromised = true;
        },
      });
      const owner: Owner = {
        pid: process.pid,
        host: hostname(),
        holder: options.holder,
        since: new Date().toISOString().slice(0, 19).replace('T', ' '),
      };
      writeFileAtomic(join(dataDir, OWNER), JSON.stringify(owner));
      return {
        get compromised() {
          return compromised;
        },
        async release() {
          if (!compromised) rmSync(join(dataDir, OWNER), { force: true });
          await release().catch(() => {});
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      const holder = describe(readOwner(dataDir));
      if (Date.now() >= deadline) throw new DataDirLockedError(dataDir, holder);
      if (!told) options.onWait?.(holder);
      told = true;
      await sleep(Math.min(250, Math.max(0, deadline - Date.now())));
    }
  }
}
