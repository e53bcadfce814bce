/**
 * How much the bot is used, for /thongke: per day, how many questions were asked and how many got an exact
 * answer. Counters only — no question text, no user — kept for the last `keepDays` days in the bot's state
 * directory (in memory when it has none).
 */
import { JsonFile } from './json-file.ts';

export interface UsageOptions {
  file?: string;
  keepDays?: number;
  now?: () => Date;
  onError?: (err: unknown) => void;
}

export interface Usage {
  asked: number;
  answered: number;
}

interface Saved {
  version: 1;
  days: Record<string, Usage>;
}

const DAY_MS = 24 * 3600 * 1000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export class UsageCounters {
  private readonly days: Record<string, Usage>;
  private readonly file?: JsonFile<Saved>;
  private readonly now: () => Date;
  private readonly keepDays: number;

  constructor(opts: UsageOptions = {}) {
    this.now = opts.now ?? (() => new Date());
    this.keepDays = opts.keepDays ?? 30;
    if (opts.file) this.file = new JsonFile<Saved>(opts.file, opts.onError);
    const saved = this.file?.read();
    this.days = saved?.version === 1 && saved.days && typeof saved.days === 'object' ? saved.days : {};
  }

  /** Counts one question, and whether it got an exact answer. */
  record(answered: boolean): void {
    const today = dayOf(this.now());
    const day = this.days[today] ?? { asked: 0, answered: 0 };
    this.days[today] = day;
    day.asked++;
    if (answered) day.answered++;
    const oldest = dayOf(new Date(this.now().getTime() - this.keepDays * DAY_MS));
    for (const d of Object.keys(this.days)) if (d < oldest) delete this.days[d];
    this.file?.save(() => ({ version: 1, days: this.days }));
  }

  /** Totals over the last `n` days, today included. */
  lastDays(n: number): Usage {
    const from = dayOf(new Date(this.now().getTime() - (n - 1) * DAY_MS));
    const total = { asked: 0, answered: 0 };
    for (const [d, u] of Object.entries(this.days))
      if (d >= from) {
        total.asked += u.asked;
        total.answered += u.answered;
      }
    return total;
  }

  flush(): Promise<void> {
    return this.file?.flush() ?? Promise.resolve();
  }
}
