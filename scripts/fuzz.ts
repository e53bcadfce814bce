/**
 * `npm run fuzz`: the long fuzz run (tests/fuzz/fuzz-run.ts) — by default 10,000 generated
 * documents and 10,000 generated question lines at full scale (nesting 20,000 deep, documents up
 * to 3 MB). Prints progress and a report; exits 1 on any crash, hang over budget, garbage stored or
 * invalid answer.
 *   npm run fuzz -- [--documents N] [--questions N] [--seed N] [--keep-data DIR]
 * (--keep-data builds the store in DIR and keeps it, to look into what the run found.)
 */
import { parseArgs } from 'node:util';
import { LONG_SCALE } from '../tests/fuzz/documents.ts';
import { formatReport, runFuzz } from '../tests/fuzz/fuzz-run.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    questions: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'keep-data': { type: 'string' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const report = await runFuzz({
  seed: Number(values.seed),
  documents: Number(values.documents),
  questions: Number(values.questions),
  scale: LONG_SCALE,
  log,
  ...(values['keep-data'] ? { dataDir: values['keep-data'] } : {}),
});
process.stdout.write(`${formatReport(report)}\n`);
const d = report.documents;
const q = report.questions;
const failed =
  d.crashes.length + d.hangs.length + d.garbage.length + q.crashes.length + q.hangs.length + q.invalid.length;
process.exit(failed > 0 ? 1 : 0);
