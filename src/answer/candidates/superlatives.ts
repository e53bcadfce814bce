/**
 * "Huyện nào vận động được nhiều nhất?", "Xã nào có nhiều căn nhà nhất?": among the figures a sentence
 * breaks down by unit ("huyện A 9,8 tỷ; thành phố B 7,65 tỷ", "xã Tam Nghĩa (14 căn), xã Tam Hiệp
 * (9 căn)"), the unit with the largest — or, for "ít nhất", the smallest — figure of the kind asked.
 * A sentence that names fewer than two units with their figures ranks nothing.
 */
import type { QuantityFact } from '../../extract/fact.ts';
import { type LocalityMention, localityLabel } from '../../extract/mentions.ts';
import type { ParsedQuestion } from '../../qa/question.ts';
import { fold } from '../../text/fold.ts';
import type { SentenceView } from '../evidence.ts';
import type { Knowledge } from '../knowledge.ts';
import { localitiesIn } from '../sentence-cache.ts';
import { type Candidate, unitKey } from './candidate.ts';

/** The unit a figure of a breakdown belongs to: the nearest locality written in its label. */
function unitOf(f: QuantityFact, units: LocalityMention[]): LocalityMention | undefined {
  const label = ` ${f.label} `;
  return [...units].reverse().find((l) => l.end <= f.source.span[0] && label.includes(` ${fold(l.name)} `));
}

export function superlatives(q: ParsedQuestion, k: Knowledge, v: SentenceView): Candidate[] {
  const units = localitiesIn(v.sentence).filter((l) => l.level !== 'province' || q.level === 'province');
  if (units.length < 2) return [];
  const figures = k
    .factsOf(v.articleId, 'quantity')
    .filter((f) => f.source.sentenceIndex === v.index && (!q.quantityKind || f.kind === q.quantityKind));
  const pairs: Array<{ f: QuantityFact; unit: LocalityMention }> = [];
  for (const f of figures) {
    const unit = unitOf(f, units);
    if (unit && (!q.level || unit.level === q.level) && !pairs.some((p) => p.unit === unit))
      pairs.push({ f, unit });
  }
  if (pairs.length < 2) return [];
  const most = q.superlative !== 'least';
  const pick = pairs.reduce((x, y) => ((most ? y.f.value > x.f.value : y.f.value < x.f.value) ? y : x));
  const label = localityLabel(pick.unit);
  return [
    {
      type: q.expected,
      text: label,
      line: `${label} — ${pick.f.phrase}`,
      key: unitKey(fold(pick.unit.name)),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [pick.unit.start, pick.unit.end],
      origin: 'span:superlative',
      prior: 0.85,
      level: pick.unit.level,
      quantity: pick.f,
    },
  ];
}
