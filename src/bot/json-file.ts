/**
 * A small JSON state file in the data directory (the bot's conversations and counters): read once at
 * start, written atomically (a temporary file, then a rename) after each change. Writes are coalesced: at
 * most one is in flight, and changes made meanwhile are written once it ends, so the file is never more
 * than one write behind and a burst of answers costs two writes. A missing or unreadable file reads as
 * empty; a failed write is reported and retried with the next change.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export class JsonFile<T> {
  private writing: Promise<void> | undefined;
  private pending = false;

  constructor(
    readonly path: string,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** The file's content, or undefined when it is missing or not valid JSON. */
  read(): T | undefined {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.onError(err);
      return undefined;
    }
  }

  /** Schedules a write of `snapshot()` (called when the write starts, so it sees every change so far). */
  save(snapshot: () => T): void {
    if (this.writing) {
      this.pending = true;
      return;
    }
    this.writing = (async () => {
      try {
        do {
          this.pending = false;
          mkdirSync(dirname(this.path), { recursive: true });
          const tmp = `${this.path}.${process.pid}.tmp`;
          await writeFile(tmp, JSON.stringify(snapshot()));
          await rename(tmp, this.path);
        } while (this.pending);
      } catch (err) {
        this.onError(err);
      } finally {
        this.writing = undefined;
      }
    })();
  }

  /** Resolves when no write is in flight (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }
}
