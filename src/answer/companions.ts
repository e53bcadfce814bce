/**
 * "Bao nhiêu tập thể, cá nhân …?" asks for two counts an article writes side by side ("9 tập thể, 12
 * cá nhân"): the figures of the answer's sentence that count the rest of what is asked, in order.
 */
import type { QuantityFact } from '../extract/fact.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import { askedCounted } from './fit.ts';
import type { Knowledge } from './knowledge.ts';

export function companions(q: ParsedQuestion, top: QuantityFact, k: Knowledge): QuantityFact[] {
  const asked = askedCounted(q);
  const covered = new Set(top.counted.split(' '));
  let rest = asked.filter((w) => !covered.has(w));
  if (!rest.length || rest.length === asked.length) return [];
  const out: QuantityFact[] = [];
  for (const f of k.factsOf(top.source.articleId, 'quantity')) {
    if (f === top || f.source.sentenceIndex !== top.source.sentenceIndex || f.perUnit !== top.perUnit)
      continue;
    const head = f.counted.split(' ').slice(0, 2);
    if (!head.length || !head.every((w) => rest.includes(w))) continue;
    out.push(f);
    rest = rest.filter((w) => !head.includes(w));
  }
  return rest.length ? [] : out;
}
