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
import { clauseAt, type SentenceView } from '../evidence.ts';
import type { Knowledge } from '../knowledge.ts';
import { localitiesIn } from '../sentence-cache.ts';
import { type Candidate, unitKey } from './candidate.ts';

/** The unit a figure of a breakdown belongs to: the nearest locality written in its label. */
function unitOf(f: QuantityFact, units: LocalityMention[]): LocalityMention | undefined {
  const label = ` ${f.label} `;
  return [...units].reverse().find((l) => l.end <= f.source.span[0] && label.includes(` ${fold(l.name)} `));
}

/**
 * A sentence that says itself which unit has the most (or least): "quận Ninh Kiều trao nhiều nhất
 * với 9.815 suất quà", "Huyện Kim Sơn là địa phương hỗ trợ nhiều nhà nhất", "tập trung nhiều nhất ở
 * xã Tam Nghĩa (14 căn)" — "nhiều nhất" with what is counted inside or not.
 */
const SAID_MOST = /(?<![a-z])((nhieu|cao|lon)( [a-z]+){0,3} nhat|dan dau)(?![a-z])/g;
const SAID_LEAST = /(?<![a-z])((it|thap)( [a-z]+){0,3} nhat)(?![a-z])/g;

/** Words of a superlative question that say nothing of what is ranked. */
const RANKING_WORDS = new Set(
  'nhieu nhat it cao thap lon nao dia phuong don vi tinh huyen xa phuong quan thanh pho thi duoc co la o tai'.split(
    ' ',
  ),
);

/**
 * The unit a sentence itself ranks first: written right after the superlative ("… nhiều nhất ở xã
 * A") or nearest before it in its clause, at the level asked. What is ranked must be what is asked:
 * a word of the question's predicate is written with it, and nothing turns the sentence to another
 * thing in between ("vận động được 1,9 tỷ đồng, thấp nhất tỉnh nhưng là địa phương có số hộ … nhiều
 * nhất").
 */
function saidSuperlative(q: ParsedQuestion, v: SentenceView, units: LocalityMention[]): Candidate[] {
  const re = q.superlative === 'least' ? SAID_LEAST : SAID_MOST;
  const fits = (l: LocalityMention) => !q.level || q.level === 'unit' || l.level === q.level;
  const placeWords = new Set(q.provinces.flatMap((p) => fold(p).split(' ')));
  const predicate = q.keywords.filter((w) => !RANKING_WORDS.has(w) && !placeWords.has(w));
  const text = v.sentence.text;
  for (const m of v.folded.matchAll(re)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const [a, b] = clauseAt(v, at);
    const after = v.folded.slice(end).match(/^\s+(o|tai|la|thuoc ve)\s+/);
    const next = after ? units.find((l) => l.start === end + after[0].length && l.start < b) : undefined;
    const unit =
      (next && fits(next) ? next : undefined) ??
      [...units].reverse().find((l) => l.end <= at && l.start >= a && fits(l));
    if (!unit) continue;
    const from = unit === next ? a : unit.end;
    const said = v.folded.slice(from, Math.min(b, end + 40));
    if (
      unit !== next &&
      /(?<![a-z])(nhung|song|con|(it|thap|cao|nhieu|lon) nhat)(?![a-z])/.test(v.folded.slice(unit.end, at))
    )
      continue;
    if (predicate.length && !predicate.some((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(said)))
      continue;
    const label = localityLabel(unit);
    // the figure written with it: "(14 căn)" after the unit, or "… nhiều nhất với 9.815 suất quà"
    const shown = (unit === next ? text.slice(unit.end, b).split(/[,;]/u)[0] : text.slice(unit.end, b)) ?? '';
    return [
      {
        type: q.expected,
        text: label,
        line: `${label} — ${shown.replace(/^[\s,:(-]+|[\s,.;)]+$/gu, '')}`,
        key: unitKey(fold(unit.name)),
        articleId: v.articleId,
        sentenceIndex: v.index,
        span: [unit.start, unit.end],
        origin: 'span:superlative',
        prior: 0.9,
        level: unit.level,
      },
    ];
  }
  return [];
}

export function superlatives(q: ParsedQuestion, k: Knowledge, v: SentenceView): Candidate[] {
  const all = localitiesIn(v.sentence);
  const said = saidSuperlative(q, v, all);
  if (said.length) return said;
  const units = all.filter((l) => l.level !== 'province' || q.level === 'province');
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
