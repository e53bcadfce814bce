/**
 * `npm run eval` — the shared scorer (../shared/eval/score.mjs) on the seed questions, the dev articles
 * and this repository's held-out sets. The scorer and its question sets live beside the repository, in
 * the team's layout; elsewhere this says so in one line instead of failing with a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = resolve(ROOT, '../shared/eval');
const SCORER = join(EVAL, 'score.mjs');
const DEV = join(EVAL, 'dev/articles');

/** Each run: the article folders ingested beside seeds/, and the questions. */
const RUNS = [
  { articles: [], qa: join(EVAL, 'seeds/qa.jsonl') },
  { articles: [DEV], qa: join(EVAL, 'dev/qa.jsonl') },
  ...['heldout', 'heldout2', 'heldout3'].map((set) => ({
    articles: [join(ROOT, 'tests/fixtures', set, 'articles'), DEV],
    qa: join(ROOT, 'tests/fixtures', set, 'qa.jsonl'),
  })),
];

const missing = [...new Set([SCORER, ...RUNS.flatMap((r) => [...r.articles, r.qa])])].filter(
  (p) => !existsSync(p),
);
if (missing.length) {
  const what = existsSync(EVAL)
    ? `missing: ${missing.map((p) => relative(ROOT, p)).join(', ')}`
    : 'not found';
  process.stderr.write(
    `npm run eval needs the shared evaluation data (the scorer and question sets) in ${relative(ROOT, EVAL)} ` +
      `beside this repository, as in the team's layout; ${what}\n`,
  );
  process.exit(2);
}

let failed = 0;
for (const run of RUNS) {
  const args = [
    SCORER,
    ...run.articles.flatMap((a) => ['--articles', relative(ROOT, a)]),
    '--qa',
    relative(ROOT, run.qa),
  ];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
