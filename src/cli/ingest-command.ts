/**
 * `cli ingest`: ingests the paths into the store and tells the truth about each file. On stderr:
 * every refused file or path with its reason, every warning (an invalid sidecar field), files of
 * other extensions skipped inside folders, a progress bar on a terminal, and a summary (the last
 * two not with --quiet). On stdout, only with --jsonl: one JSON line per file. The exit status
 * says whether anything was refused (see COMMANDS.ingest and `ingestExitCode`).
 */
import { Engine, type IngestOutcome } from '../engine.ts';
import type { IngestLimits } from '../ingest/ingest-limits.ts';
import { refusalMessage } from '../ingest/refusal.ts';
import { progressBar } from './progress-bar.ts';
import { shownPath } from './shown-path.ts';

export interface IngestCommandOptions {
  dataDir: string;
  paths: string[];
  keepGoing: boolean;
  quiet: boolean;
  jsonl: boolean;
  limits?: Partial<IngestLimits>;
}

/** 0: all ingested; 1: something refused (with keepGoing: nothing ingested at all). */
export function ingestExitCode(outcomes: readonly IngestOutcome[], keepGoing: boolean): number {
  const refused = outcomes.filter((o) => o.status === 'refused').length;
  if (refused === 0) return 0;
  return keepGoing && refused < outcomes.length ? 0 : 1;
}

/** The JSON line of one outcome (--jsonl). */
export function outcomeJson(o: IngestOutcome): Record<string, unknown> {
  if (o.status === 'refused') {
    return {
      path: o.path,
      id: o.id,
      status: o.status,
      reason: o.refusal.reason,
      message: refusalMessage(o.refusal, 'en'),
    };
  }
  const { path, id, status, title, sentences, facts, warnings } = o;
  return { path, id, status, title, sentences, facts, ...(warnings ? { warnings } : {}) };
}

export function summaryLine(outcomes: readonly IngestOutcome[], seconds: number): string {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const stored = outcomes.length - count('refused');
  const refused = count('refused');
  const time = `in ${seconds.toFixed(1)} s`;
  if (stored === 0) return `nothing ingested: ${refused} refused ${time}`;
  return (
    `ingested ${stored} articles (${count('added')} added, ${count('updated')} updated, ` +
    `${count('unchanged')} unchanged)${refused ? `, ${refused} refused` : ''} ${time}`
  );
}

export async function runIngest(opts: IngestCommandOptions): Promise<number> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const started = Date.now();
  const engine = await Engine.open({
    dataDir: opts.dataDir,
    ...(opts.limits ? { ingestLimits: opts.limits } : {}),
  });
  const bar = opts.quiet ? progressBar({ isTTY: false } as NodeJS.WriteStream) : progressBar();
  let skipped: string[] = [];
  const outcomes = await engine.ingestPaths(opts.paths, {
    onProgress: (done, total) => bar.update(done, total),
    onSkipped: (paths) => {
      skipped = paths;
    },
  });
  bar.stop();
  for (const o of outcomes) {
    if (o.status === 'refused')
      err(`refused: ${shownPath(o.path ?? o.id ?? '?')}: ${refusalMessage(o.refusal, 'en')}`);
    else for (const w of o.warnings ?? []) err(`warning: ${w}`);
    if (opts.jsonl) process.stdout.write(`${JSON.stringify(outcomeJson(o))}\n`);
  }
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 5).map(shownPath).join(', ');
    err(
      `skipped ${skipped.length} files that are not .txt, .md or .html: ${shown}${skipped.length > 5 ? ', …' : ''}`,
    );
  }
  if (!opts.quiet) err(summaryLine(outcomes, (Date.now() - started) / 1000));
  return ingestExitCode(outcomes, opts.keepGoing);
}
