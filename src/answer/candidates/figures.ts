/**
 * Figures of a retrieved sentence: the quantities extracted at ingest ("6.690 nhà Đại đoàn kết",
 * "35 tỉ đồng"), and ratios a report writes as "done/planned" ("85/101 xã", "116/119 ủy viên").
 */
import type { QuantityFact } from '../../extract/fact.ts';
import { unitAfter } from '../../extract/quantities.ts';
import { fold } from '../../text/fold.ts';
import type { SentenceView } from '../evidence.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Candidate } from './candidate.ts';

function figureCandidate(v: SentenceView, f: QuantityFact, origin: string, prior: number): Candidate {
  return {
    type: 'quantity',
    text: f.phrase,
    key: `${f.value}|${f.kind}|${f.counted.split(' ')[0] ?? ''}`,
    articleId: v.articleId,
    sentenceIndex: v.index,
    span: f.source.span,
    origin,
    prior,
    quantity: f,
  };
}

const byArticle = new WeakMap<object, Map<number, QuantityFact[]>>();

/** The quantity facts of one sentence (grouped once per article's fact list). */
function quantitiesOf(k: Knowledge, v: SentenceView): QuantityFact[] {
  const facts = k.factsOf(v.articleId, 'quantity');
  let bySentence = byArticle.get(facts);
  if (!bySentence) {
    bySentence = new Map();
    for (const f of facts) {
      const list = bySentence.get(f.source.sentenceIndex) ?? [];
      list.push(f);
      bySentence.set(f.source.sentenceIndex, list);
    }
    byArticle.set(facts, bySentence);
  }
  return bySentence.get(v.index) ?? [];
}

/**
 * A figure read off a sentence as a quantity fact: what it is (`fields`), the last words of its clause
 * before it as its label, and where it was read.
 */
function spanFact(
  v: SentenceView,
  base: QuantityFact | undefined,
  start: number,
  phrase: string,
  clauseStart: number,
  fields: Pick<QuantityFact, 'id' | 'value' | 'amount' | 'kind' | 'unit' | 'counted' | 'tail' | 'perUnit'>,
): QuantityFact {
  const text = v.sentence.text;
  return {
    type: 'quantity',
    ...fields,
    phrase,
    label: fold(text.slice(clauseStart + 1, start))
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(-12)
      .join(' '),
    source: {
      articleId: v.articleId,
      sentenceIndex: v.index,
      quote: text,
      span: [start, start + phrase.length],
    },
    years: base?.years ?? [],
    provinces: base?.provinces ?? [],
  };
}

/** "85/101 xã", "116/119 ủy viên": N of M, counted by the word after. Dates ("20/3") are not ratios. */
const RATIO =
  /(?<![\d/.,])(\d{1,3}(?:\.\d{3})*)\/(\d{1,3}(?:\.\d{3})*)(?![\d/])\s+(\p{L}+(?:\s+\p{L}+){0,3})/gu;

function ratios(v: SentenceView, base: QuantityFact | undefined): Candidate[] {
  const out: Candidate[] = [];
  const text = v.sentence.text;
  for (const m of text.matchAll(RATIO)) {
    const done = Number((m[1] ?? '').replace(/\./g, ''));
    const planned = Number((m[2] ?? '').replace(/\./g, ''));
    const after = fold(m[3] ?? '');
    const unit = unitAfter(after);
    // a unit word after it, and more planned than done: a ratio, not a date
    if (!(done <= planned && planned > 0) || (!unit.key && planned <= 12)) continue;
    const start = m.index ?? 0;
    const counted = after
      .split(' ')
      .slice(0, unit.key ? unit.key.split(' ').length : 1)
      .join(' ');
    const phrase = `${m[1]}/${m[2]} ${(m[3] ?? '').split(/\s+/).slice(0, counted.split(' ').length).join(' ')}`;
    const clauseStart = Math.max(
      text.lastIndexOf(';', start),
      text.lastIndexOf(':', start),
      text.lastIndexOf('(', start),
    );
    const f = spanFact(v, base, start, phrase, clauseStart, {
      id: `${v.articleId}:ratio:${v.index}:${start}`,
      value: done,
      amount: `${m[1]}/${m[2]}`,
      kind: unit.kind,
      unit: unit.label,
      counted,
      tail:
        fold(text.slice(start + phrase.length, start + phrase.length + 80))
          .split(/[,;.]/)[0]
          ?.trim() ?? '',
      perUnit: false,
    });
    out.push(figureCandidate(v, f, 'span:ratio', 0.8));
  }
  return out;
}

/** Numbers written as words ("một ngày lương", "hai xã", "ba cụm"), with their marks. */
const NUMBER_WORD = /(?<![\p{L}])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})/gu;
const WORD_VALUES: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** Figures written in words: "ủng hộ một ngày lương", "hai xã Tân Trạch và Thượng Trạch". */
function wordFigures(v: SentenceView, base: QuantityFact | undefined): Candidate[] {
  const out: Candidate[] = [];
  const text = v.sentence.text;
  for (const m of text.matchAll(NUMBER_WORD)) {
    const word = (m[1] ?? '').toLowerCase();
    const after = fold(m[2] ?? '');
    // "năm 2023" is a year, "một số" / "một cách" are no figures
    if (/^(?:so|cach|lan|thoi|trong|nhung|khi|nay|do|ay)\b/.test(after)) continue;
    const unit = unitAfter(after);
    const counted = after
      .split(' ')
      .slice(0, Math.max(unit.key ? unit.key.split(' ').length : 0, 2))
      .join(' ');
    const start = m.index ?? 0;
    const phraseWords = (m[2] ?? '').split(/\s+/).slice(0, counted.split(' ').length);
    const phrase = `${m[1]} ${phraseWords.join(' ')}`;
    const clauseStart = Math.max(
      text.lastIndexOf(';', start),
      text.lastIndexOf(':', start),
      text.lastIndexOf(',', start),
    );
    const f = spanFact(v, base, start, phrase, clauseStart, {
      id: `${v.articleId}:word:${v.index}:${start}`,
      value: WORD_VALUES[word] ?? 0,
      amount: m[1] as string,
      kind: unit.kind,
      unit: unit.label,
      counted,
      tail: '',
      perUnit: /(?<![\p{L}])mỗi(?![\p{L}])/iu.test(text.slice(clauseStart + 1, start)),
    });
    out.push(figureCandidate(v, f, 'span:number-word', 0.6));
  }
  return out;
}

export function figures(k: Knowledge, v: SentenceView): Candidate[] {
  const facts = quantitiesOf(k, v);
  return [
    ...facts.map((f) => figureCandidate(v, f, 'fact:quantity', 0.9)),
    ...ratios(v, facts[0]),
    ...wordFigures(v, facts[0]),
  ];
}

/** True when `exact` is the precise figure of the same thing `rounded` rounds ("934" for "hơn 900"). */
function refines(exact: QuantityFact, rounded: QuantityFact): boolean {
  const q = rounded.qualifier;
  const v = rounded.value;
  const x = exact.value;
  const near =
    q === 'over'
      ? x > v && x < v * 1.2
      : q === 'under' || q === 'nearly'
        ? x < v && x > v * 0.8
        : Math.abs(x - v) < v * 0.1;
  return (
    q !== undefined &&
    !exact.qualifier &&
    near &&
    exact.kind === rounded.kind &&
    exact.counted.split(' ')[0] === rounded.counted.split(' ')[0]
  );
}

/**
 * A rounded figure of the lead ("hơn 900 cuộc giám sát") and the exact one the article writes further
 * on ("934 cuộc giám sát") are one answer: the rounded reading takes the exact one's key.
 */
export function withExactFigures(k: Knowledge, cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    const f = c.quantity;
    if (!f?.qualifier) return c;
    const exact = k.factsOf(c.articleId, 'quantity').find((x) => refines(x, f));
    return exact
      ? { ...c, key: `${exact.value}|${exact.kind}|${exact.counted.split(' ')[0] ?? ''}`, rounded: true }
      : c;
  });
}
