import { Engine } from '../src/engine.ts';
import { relevance } from '../src/answer/relevance.ts';
import { articlesInScope } from '../src/answer/scope-check.ts';
import { answerQuantity } from '../src/answer/answer-quantity.ts';
const e = await Engine.open({ dataDir: '/tmp/dd' });
const q0 = e.parse(process.argv[2]!);
const k = (e as any).knowledge;
for (const q of q0.parts.length ? q0.parts : [q0]) {
  const inScope = articlesInScope(q, k);
  const rel = relevance(q, k, inScope);
  console.log(q.focus, q.perUnit, q.quantityKind, answerQuantity(q, { k, rel, inScope }));
}
