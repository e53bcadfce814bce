/**
 * Developer tool: the shared scorer's rules, run in one process over the evaluation sets, so that a
 * change to answering is measured in seconds. Each set gets the articles the shared scorer loads for
 * it (seeds; seeds + dev; seeds + dev + dev2).
 *   npx tsx scripts/score-sets.ts [--set seeds,dev,tune,check] [-v] [--explain] [--only ID,ID] [--track FILE]
 * `npm run eval` (the shared scorer through whole CLI processes) stays the reference.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { judge, openSets } from './eval-sets.ts';
import { explain } from './explain.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'seeds,dev,tune' },
    only: { type: 'string' },
    v: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    /** Writes each question's outcome to this file, and shows what changed since the last run. */
    track: { type: 'string' },
  },
});

const only = values.only ? new Set(values.only.split(',')) : undefined;
const previous = new Map<string, string>(
  values.track && existsSync(values.track)
    ? (JSON.parse(readFileSync(values.track, 'utf8')) as Array<[string, string]>)
    : [],
);
const outcomes = new Map<string, string>();
const { sets, close } = await openSets((values.set ?? '').split(','));
let total = 0;
let totalOk = 0;
let totalWrong = 0;
try {
  for (const { name, engine, golds: all } of sets) {
    const golds = all.filter((g) => !only || only.has(g.id));
    let ok = 0;
    let wrong = 0;
    const by = new Map<string, [number, number]>();
    for (const g of golds) {
      const a = engine.ask(g.q);
      const { outcome, why } = judge(g, a);
      if (outcome === 'ok') ok++;
      if (outcome === 'WRONG') wrong++;
      for (const k of [`type=${g.type}`, `lang=${g.lang}`]) {
        const v = by.get(k) ?? [0, 0];
        v[1]++;
        if (outcome === 'ok') v[0]++;
        by.set(k, v);
      }
      outcomes.set(g.id, outcome);
      const before = previous.get(g.id);
      const line = `${g.id} ${g.q}\n     → ${a.text.replace(/\n/g, ' ⏎ ').slice(0, 240)}`;
      if (values.track && before && before !== outcome) console.log(`  ${before} → ${outcome}: ${line}`);
      if (outcome !== 'ok' && (values.v || values.explain)) console.log(`  [${why}] ${line}`);
      if (outcome !== 'ok' && values.explain) explain(engine, g.q, 6);
    }
    const parts = [...by.entries()]
      .sort()
      .map(([k, [c, n]]) => `${k} ${c}/${n}`)
      .join('  ');
    console.log(`${name}: ${ok}/${golds.length} correct, ${wrong} wrong   (${parts})`);
    total += golds.length;
    totalOk += ok;
    totalWrong += wrong;
  }
  if (values.track) writeFileSync(values.track, JSON.stringify([...previous, ...outcomes]));
  console.log(
    `all: ${totalOk}/${total} (${((100 * totalOk) / Math.max(1, total)).toFixed(1)}%), ${totalWrong} wrong`,
  );
} finally {
  close();
}
