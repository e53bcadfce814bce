/**
 * The evaluation sets of ../shared/eval, each opened on an engine holding the articles the shared
 * scorer loads for it, and the scorer's rule for one answer. Used by score-sets.ts and calibrate.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../src/answer/types.ts';
import { SEED_DIR } from '../src/cli/paths.ts';
import { Engine } from '../src/engine.ts';

export const EVAL = join(import.meta.dirname, '../../shared/eval');

export interface Gold {
  id: string;
  q: string;
  type: string;
  lang: string;
  expect: string[][];
  sources: string[];
}

const FIXTURES = join(import.meta.dirname, '../tests/fixtures');

export const SETS: Record<string, { qa: string; articles: string[]; root?: string }> = {
  seeds: { qa: 'seeds/qa.jsonl', articles: [] },
  dev: { qa: 'dev/qa.jsonl', articles: ['dev/articles'] },
  tune: { qa: 'dev2/qa-tune.jsonl', articles: ['dev/articles', 'dev2/articles'] },
  check: { qa: 'dev2/qa-check.jsonl', articles: ['dev/articles', 'dev2/articles'] },
  /** This repository's held-out sets (tests/fixtures/heldout*), loaded with dev as `npm run eval` does. */
  ...Object.fromEntries(
    ['heldout', 'heldout2', 'heldout3'].map((set, i) => [
      `h${i + 1}`,
      { qa: `${set}/qa.jsonl`, articles: [`${set}/articles`, 'dev/articles'], root: FIXTURES },
    ]),
  ),
};

export interface OpenSet {
  name: string;
  engine: Engine;
  golds: Gold[];
}

/** Opens the named sets (engines shared between sets that load the same articles). */
export async function openSets(names: string[]): Promise<{ sets: OpenSet[]; close(): void }> {
  const engines = new Map<string, Engine>();
  const dirs: string[] = [];
  const sets: OpenSet[] = [];
  for (const name of names) {
    const set = SETS[name];
    if (!set) throw new Error(`unknown set ${name}`);
    const key = set.articles.join('+');
    let engine = engines.get(key);
    if (!engine) {
      const dir = mkdtempSync(join(tmpdir(), 'eval-sets-'));
      dirs.push(dir);
      engine = await Engine.open({ dataDir: dir });
      await engine.ingestPaths([
        SEED_DIR,
        ...set.articles.map((a) => (a.startsWith('heldout') ? join(set.root ?? EVAL, a) : join(EVAL, a))),
      ]);
      engines.set(key, engine);
    }
    const golds = readFileSync(join(set.root ?? EVAL, set.qa), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Gold);
    sets.push({ name, engine, golds });
  }
  const close = () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  return { sets, close };
}

export type Outcome = 'ok' | 'WRONG' | 'abstain' | 'uncited';

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

/** The shared scorer's rule: what an answer to a gold question counts as, and why. */
export function judge(g: Gold, a: Answer): { outcome: Outcome; why: string } {
  if (g.type === 'abstain')
    return a.found ? { outcome: 'WRONG', why: 'answered instead of abstaining' } : { outcome: 'ok', why: '' };
  if (!a.found) return { outcome: 'abstain', why: 'abstained' };
  const text = norm(a.text);
  const missing = g.expect.filter((alts) => !alts.some((x) => text.includes(norm(x))));
  if (missing.length)
    return { outcome: 'WRONG', why: `WRONG missing ${missing.map((m) => m.join('|')).join(', ')}` };
  const cited = new Set(a.citations.map((c) => c.articleId));
  const uncited = g.sources.filter((s) => !cited.has(s));
  return uncited.length
    ? { outcome: 'uncited', why: `not cited ${uncited.join(',')}` }
    : { outcome: 'ok', why: '' };
}
