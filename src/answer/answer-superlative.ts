/**
 * "Huyện nào vận động được nhiều nhất?", "which district handed out the most gifts?": among the figures
 * an article breaks down by unit in one sentence ("huyện A 9,8 tỷ; thành phố B 7,65 tỷ; …"), the largest
 * (or the smallest). Without such a breakdown the question is not answered.
 */
import type { QuantityFact } from '../extract/fact.ts';
import { type LocalityMention, localityLabel } from '../extract/mentions.ts';
import { fold } from '../text/fold.ts';
import type { Answerer, Candidate } from './candidate.ts';
import { localitiesIn } from './sentence-cache.ts';

/** "dẫn đầu" ranks units ("xã nào dẫn đầu"), unless a delegation is led ("dẫn đầu đoàn"). */
const MOST = /(?<![a-z])(nhieu(?: [a-z]+){0,9} nhat|cao nhat|lon nhat|dan dau(?! doan))(?![a-z])/;

const LEAST = /(?<![a-z])(it nhat|thap nhat)(?![a-z])/;

export const answerSuperlative: Answerer = (q, { k, rel, inScope }) => {
  const most = MOST.test(q.folded);
  if (!most && !LEAST.test(q.folded)) return undefined;
  // the figures of each sentence, with the unit each is written with
  const groups = new Map<string, Array<{ f: QuantityFact; unit: LocalityMention }>>();
  for (const f of k.facts('quantity')) {
    if (!inScope.has(f.source.articleId)) continue;
    if (q.quantityKind && f.kind !== q.quantityKind) continue;
    const s = k.sentence(f.source.articleId, f.source.sentenceIndex);
    if (!s) continue;
    const label = ` ${f.label} `;
    const unit = localitiesIn(s).find((l) => l.level !== 'province' && label.includes(` ${fold(l.name)} `));
    if (!unit) continue;
    const key = `${f.source.articleId}#${f.source.sentenceIndex}`;
    const g = groups.get(key) ?? [];
    g.push({ f, unit });
    groups.set(key, g);
  }
  let best: { key: string; score: number } | undefined;
  for (const [key, g] of groups) {
    if (g.length < 2) continue;
    const [a, i] = [key.slice(0, key.lastIndexOf('#')), Number(key.slice(key.lastIndexOf('#') + 1))];
    const score = rel.of(a, i);
    if (score > 0 && (!best || score > best.score)) best = { key, score };
  }
  if (!best) return [];
  const g = groups.get(best.key) ?? [];
  const pick = g.reduce((x, y) => ((most ? y.f.value > x.f.value : y.f.value < x.f.value) ? y : x));
  const c: Candidate = {
    text: `${localityLabel(pick.unit)} — ${pick.f.phrase}`,
    articleId: pick.f.source.articleId,
    sentenceIndex: pick.f.source.sentenceIndex,
    score: best.score,
    key: best.key,
  };
  return [c];
};
