/**
 * Developer tool: fits the reader's feature weights (src/answer/weights.ts) on evaluation questions
 * and calibrates the confidence threshold.
 *
 * For every question of the training sets, the reader's kept candidates are labelled by the gold
 * answer: a candidate whose shown line contains every expected group says the answer. The weights
 * maximise the probability of the answers that are right (a softmax over every reading and "no
 * answer"; no answer is right for abstain questions and for questions no candidate answers), with
 * a small L2 penalty. Compound questions are left out (their parts have no gold of their own).
 * Then, for each confidence threshold, the whole reader's answers are scored on the training and the
 * held-out sets.
 *   npx tsx scripts/fit-weights.ts [--train seeds,dev,tune] [--check check] [--l2 0.01]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lineOf } from '../src/answer/compose.ts';
import type { Features } from '../src/answer/features.ts';
import { READER, type ReaderOptions } from '../src/answer/read.ts';
import { WEIGHTS, type Weights } from '../src/answer/weights.ts';
import { judge, openSets } from './eval-sets.ts';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: 'seeds,dev,tune' },
    check: { type: 'string', default: 'check' },
    l2: { type: 'string', default: '0.005' },
    /** Writes the fitted weights into src/answer/weights.ts. */
    write: { type: 'boolean', default: false },
    /** Lists the questions no candidate answers. */
    missing: { type: 'boolean', default: false },
  },
});

const NAMES = Object.keys(WEIGHTS.features) as Array<keyof Features>;
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

interface Instance {
  id: string;
  /** Feature vectors of the kept readings, and whether each says the right answer. */
  readings: Array<{ x: number[]; right: boolean }>;
}

const train = (values.train ?? '').split(',');
const heldOut = (values.check ?? '').split(',').filter(Boolean);
const { sets, close } = await openSets([...train, ...heldOut]);

function instances(names: string[]): Instance[] {
  const out: Instance[] = [];
  for (const { name, engine, golds } of sets) {
    if (!names.includes(name)) continue;
    for (const g of golds) {
      const readings = engine.explain(g.q);
      if (readings.length !== 1) continue;
      const r = readings[0];
      if (!r) continue;
      const k = engine.knowledgeForDiagnostics();
      out.push({
        id: g.id,
        readings: r.scored
          .filter((s) => !s.dropped)
          .map((s) => {
            const line = norm(lineOf(k, s.candidate, r.question));
            const right =
              g.type !== 'abstain' && g.expect.every((alts) => alts.some((a) => line.includes(norm(a))));
            return { x: NAMES.map((n) => s.features[n]), right };
          }),
      });
    }
  }
  return out;
}

/** −log P(right) and its gradient over the weights (last entry: the no-answer score). */
function loss(data: Instance[], w: number[], l2: number): { value: number; grad: number[] } {
  const grad = new Array(w.length).fill(0) as number[];
  let value = 0;
  const b = w[w.length - 1] as number;
  for (const inst of data) {
    const scores = inst.readings.map((r) => r.x.reduce((s, xi, i) => s + xi * (w[i] as number), 0));
    const max = Math.max(b, ...scores);
    const e = scores.map((s) => Math.exp(s - max));
    const eNull = Math.exp(b - max);
    const z = e.reduce((s, x) => s + x, eNull);
    const rights = inst.readings.map((r, i) => (r.right ? i : -1)).filter((i) => i >= 0);
    const zRight = rights.length ? rights.reduce((s, i) => s + (e[i] as number), 0) : eNull;
    value += -Math.log(zRight / z);
    // d/dw of −log zRight + log z
    inst.readings.forEach((r, i) => {
      const pAll = (e[i] as number) / z;
      const pRight = r.right && rights.length ? (e[i] as number) / zRight : 0;
      r.x.forEach((xi, j) => {
        grad[j] = (grad[j] as number) + (pAll - pRight) * xi;
      });
    });
    const pNull = eNull / z;
    grad[w.length - 1] = (grad[w.length - 1] as number) + pNull - (rights.length ? 0 : 1);
  }
  const n = data.length || 1;
  for (let j = 0; j < w.length - 1; j++) {
    value += (l2 * n * (w[j] as number) ** 2) / 2;
    grad[j] = (grad[j] as number) + l2 * n * (w[j] as number);
  }
  return { value: value / n, grad: grad.map((g) => g / n) };
}

function fitWeights(data: Instance[], l2: number): number[] {
  const w = [...NAMES.map((n) => WEIGHTS.features[n]), WEIGHTS.noAnswer];
  const m = new Array(w.length).fill(0) as number[];
  const v = new Array(w.length).fill(0) as number[];
  const rate = 0.05;
  for (let t = 1; t <= 3000; t++) {
    const { grad } = loss(data, w, l2);
    for (let j = 0; j < w.length; j++) {
      const g = grad[j] as number;
      m[j] = 0.9 * (m[j] as number) + 0.1 * g;
      v[j] = 0.999 * (v[j] as number) + 0.001 * g * g;
      const mh = (m[j] as number) / (1 - 0.9 ** t);
      const vh = (v[j] as number) / (1 - 0.999 ** t);
      w[j] = (w[j] as number) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

function score(names: string[], options: ReaderOptions): { ok: number; wrong: number; n: number } {
  let ok = 0;
  let wrong = 0;
  let n = 0;
  for (const { name, engine, golds } of sets) {
    if (!names.includes(name)) continue;
    for (const g of golds) {
      n++;
      const { outcome } = judge(g, engine.askWith(g.q, options));
      if (outcome === 'ok') ok++;
      if (outcome === 'WRONG') wrong++;
    }
  }
  return { ok, wrong, n };
}

try {
  const data = instances(train);
  const l2 = Number(values.l2);
  const w = fitWeights(data, l2);
  const weights: Weights = {
    features: Object.fromEntries(
      NAMES.map((n, i) => [n, Number((w[i] as number).toFixed(2))]),
    ) as Weights['features'],
    noAnswer: Number((w[w.length - 1] as number).toFixed(2)),
  };
  if (values.missing)
    for (const name of [...train, ...heldOut]) {
      const miss = instances([name]).filter((d) => !d.readings.some((r) => r.right) && !d.id.includes('abs'));
      console.log(`${name}: no candidate answers ${miss.map((d) => d.id).join(' ')}`);
    }
  console.log(
    `fitted on ${data.length} questions (${data.filter((d) => d.readings.some((r) => r.right)).length} answerable by a candidate); loss ${loss(data, w, l2).value.toFixed(3)}`,
  );
  console.log(JSON.stringify(weights, null, 2));
  if (values.write) {
    const file = join(import.meta.dirname, '../src/answer/weights.ts');
    const body = NAMES.map((n) => `    ${n}: ${weights.features[n]},`).join('\n');
    const source = readFileSync(file, 'utf8').replace(
      /export const WEIGHTS: Weights = \{[\s\S]*?\n\};/,
      `export const WEIGHTS: Weights = {\n  features: {\n${body}\n  },\n  noAnswer: ${weights.noAnswer},\n};`,
    );
    writeFileSync(file, source);
    console.log(`written to ${file}`);
  }
  console.log(`confidence   ${train.join('+')} (correct/wrong)   ${heldOut.join('+')} (correct/wrong)`);
  for (const confidence of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const options: ReaderOptions = { ...READER, weights, decision: { ...READER.decision, confidence } };
    const a = score(train, options);
    const b = heldOut.length ? score(heldOut, options) : { ok: 0, wrong: 0, n: 0 };
    console.log(
      `${confidence.toFixed(2).padStart(10)}   ${a.ok}/${a.n} ${a.wrong} wrong          ${b.ok}/${b.n} ${b.wrong} wrong`,
    );
  }
} finally {
  close();
}
