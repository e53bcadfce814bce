/**
 * Does a candidate's evidence satisfy a constraint of the question, and how close to the answer is
 * it written? Each check returns the nearest level (clause, sentence, neighbours and article head,
 * article) or 'contradicted' when the evidence says otherwise: another year written with the figure,
 * another place of the same level right before it, another cluster or another number of the series
 * named in its sentence, a name the article never writes.
 */
import { clusterKeyMatches } from '../extract/cluster-mentions.ts';
import { localityLabel } from '../extract/mentions.ts';
import { ADMIN_LEVEL } from '../lexicon/titles.ts';
import type { Constraint } from '../qa/constraints.ts';
import { findYearRanges, findYears } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import type { NumberMention } from '../text/numbers.ts';
import type { Candidate } from './candidates/candidate.ts';
import { organisations } from './candidates/places.ts';
import {
  clauseAt,
  foldedBody,
  foldedHead,
  foldedNeighbours,
  hasPhrase,
  type Level,
  phraseLevel,
  type SentenceView,
} from './evidence.ts';
import type { Knowledge } from './knowledge.ts';
import { headIdentifiers } from './scope-check.ts';
import { clustersIn, datesIn, localitiesIn, numbersIn, seriesIn } from './sentence-cache.ts';

export type Verdict = Level | 'contradicted';

function yearsOf(text: string): number[] {
  const years = new Set(findYears(text));
  for (const [a, b] of findYearRanges(text)) for (let y = a; y <= b; y++) years.add(y);
  return [...years];
}

/**
 * True when a text writes the one year asked only inside a period ("giai đoạn 2021-2024 … 96 tỷ"):
 * a figure for the period is not the figure of one of its years.
 */
function periodOnly(text: string, asked: number[]): boolean {
  if (asked.length !== 1) return false;
  const y = asked[0] as number;
  if (!findYearRanges(text).some(([a, b]) => a <= y && y <= b)) return false;
  const alone = findYears(text.replace(/(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)/g, ' '));
  return !alone.includes(y);
}

/** Nouns whose year is the one they are for: a pledge, a plan, tasks, targets, a programme. */
const PLAN_YEAR =
  /(?<![a-z])(?:giao uoc thi dua|ke hoach|nhiem vu|chi tieu|phuong huong|chuong trinh cong tac|muc tieu)(?: (?:nam|cua nam))? ((?:19|20)\d\d)(?!\d)/g;

/** The sentence with the years of its pledges and plans blanked out (positions kept). */
function withoutPlanYears(v: SentenceView): string {
  let text = v.sentence.text;
  for (const m of v.folded.matchAll(PLAN_YEAR)) {
    const at = (m.index ?? 0) + m[0].length - 4;
    text = `${text.slice(0, at)}    ${text.slice(at + 4)}`;
  }
  return text;
}

/**
 * True when a text writes years only one by one, none of them the period asked as a whole: "năm 2022
 * được 21,7 tỷ" is one year's figure, not the total of "giai đoạn 2021-2024".
 */
function yearOfPeriod(text: string, period: [number, number] | undefined): boolean {
  if (!period) return false;
  if (findYearRanges(text).some(([a, b]) => a <= period[0] && b >= period[1])) return false;
  return findYears(text).length > 0;
}

function checkYear(
  asked: number[],
  c: Candidate,
  v: SentenceView,
  k: Knowledge,
  period?: [number, number],
): Verdict {
  const fits = (ys: number[]) => ys.some((y) => asked.includes(y));
  // a role holds for its own year
  if (c.role?.year !== undefined) return asked.includes(c.role.year) ? 'clause' : 'contradicted';
  const [a, b] = clauseAt(v, c.span[0]);
  // (the year of a pledge or a plan — "ký giao ước thi đua năm 2020 và ra mắt mô hình …" — is the
  // year it is for, not when the act happened; it dates a figure of the plan, nothing else)
  const text = c.quantity ? v.sentence.text : withoutPlanYears(v);
  // the years written before the answer in its clause, or in the whole clause
  const label = c.quantity ? findYears(c.quantity.label).map(Number) : [];
  if (label.length)
    return fits(label) && !yearOfPeriod(c.quantity?.label ?? '', period) ? 'clause' : 'contradicted';
  const clause = yearsOf(text.slice(a, b));
  if (clause.length)
    return fits(clause) && !periodOnly(text.slice(a, b), asked) && !yearOfPeriod(text.slice(a, b), period)
      ? 'clause'
      : 'contradicted';
  const sentence = yearsOf(text);
  if (sentence.length) return fits(sentence) && !periodOnly(text, asked) ? 'sentence' : 'contradicted';
  const scope = k.scope(v.articleId);
  const topic = scope?.topicYears ?? [];
  // a sentence with no year is about the article's year; in an article about several years ("năm
  // 2021 được 18,4 tỷ; năm 2022 …", "giai đoạn 2019-2024") it is about none of them in particular
  if (topic.length === 1) return fits(topic) ? 'context' : 'contradicted';
  if (topic.length > 1) return fits(topic) ? 'absent' : 'contradicted';
  return fits(scope?.years ?? []) ? 'article' : 'contradicted';
}

function checkDate(iso: string, v: SentenceView, k: Knowledge): Verdict {
  const dayMonth = iso.slice(-5);
  const refYear = k.scope(v.articleId)?.refYear;
  if (datesIn(v.sentence, refYear).some((d) => d.iso.slice(-5) === dayMonth)) return 'sentence';
  const a = k.article(v.articleId);
  if (!a) return 'absent';
  for (const i of [v.index - 1, v.index + 1]) {
    const s = a.sentences[i];
    if (s && datesIn(s, refYear).some((d) => d.iso.slice(-5) === dayMonth)) return 'context';
  }
  return a.sentences.some((s) => datesIn(s, refYear).some((d) => d.iso.slice(-5) === dayMonth))
    ? 'article'
    : 'absent';
}

function checkPlace(
  c: Extract<Constraint, { kind: 'place' }>,
  cand: Candidate,
  v: SentenceView,
  k: Knowledge,
): Verdict {
  const locs = localitiesIn(v.sentence);
  const isAsked = (name: string) => fold(name) === c.name || fold(name).endsWith(` ${c.name}`);
  // a place asked without its admin word ("phân bổ cho dong hy") has the level the sentence writes
  const level = c.province
    ? 'province'
    : (ADMIN_LEVEL[c.admin] ?? locs.find((l) => !l.province && isAsked(l.name))?.level);
  const [a, b] = clauseAt(v, cand.span[0]);
  // the place written nearest before the answer in its clause is whose figure or act it is
  if (!cand.level || cand.level === 'org' || cand.level === 'venue') {
    const before = locs.filter((l) => l.end <= cand.span[0] && l.start >= a);
    const nearest = before[before.length - 1];
    if (
      nearest &&
      level &&
      nearest.level === level &&
      !isAsked(nearest.province ?? nearest.name) &&
      !before.some((l) => isAsked(l.province ?? l.name))
    )
      return 'contradicted';
  }
  const named = locs.filter((l) => isAsked(l.province ?? localityLabel(l)) || isAsked(l.name));
  const inClause = named.filter((l) => l.start >= a && l.start < b);
  // (a figure for each unit, "mỗi suất quà 1 triệu đồng", is every unit's)
  if (
    cand.type === 'quantity' &&
    !cand.quantity?.perUnit &&
    level &&
    !inClause.some((l) => l.start < cand.span[0])
  ) {
    // the asked place written only after the figure, as its part: "3.846 nhà, trong đó riêng tỉnh
    // Hà Tĩnh là 1.025 nhà" — the figure is the whole, not the place's
    // (a body named after the place — "số tiền còn lại do Ủy ban MTTQ xã Hiệp An …" — is one who gave
    // to the whole, in a breakdown by source; the place's own share is written as the place)
    const first = inClause[0];
    if (first && BREAKDOWN.test(v.folded.slice(cand.span[1], first.start)) && !namesBody(v, first))
      return 'contradicted';
    // a figure of several units of the level asked ("các tỉnh trong Cụm … 3.846 nhà", "62,5 tỷ đồng
    // cho 9 huyện") is not one unit's figure
    const plural = pluralOf(level);
    if (
      plural &&
      !first &&
      (plural.test(v.folded.slice(0, cand.span[0])) || plural.test(v.folded.slice(cand.span[1], b)))
    )
      return 'contradicted';
  }
  if (inClause.length) return 'clause';
  if (named.length || hasPhrase(v.folded, c.words)) return 'sentence';
  const art = k.article(v.articleId);
  const scope = k.scope(v.articleId);
  if (!art || !scope) return 'absent';
  if (c.province && scope.homeProvince === c.province) return 'context';
  if (hasPhrase(foldedHead(art), c.words)) return 'context';
  if (hasPhrase(foldedNeighbours(k, v), c.words)) {
    // a district or commune named only in the sentence next to it ("Cụ thể, … huyện Đồng Hỷ 5,5 tỷ đồng")
    // has its own figure there: this sentence's figure is the whole
    return cand.type === 'quantity' && !c.province ? 'contradicted' : 'context';
  }
  if (c.province ? scope.provinces.includes(c.province) : scope.localityNames.includes(c.name))
    // (likewise a district or commune the article names only elsewhere, away from this figure)
    return cand.type === 'quantity' && !c.province ? 'contradicted' : 'article';
  return 'absent';
}

/** True when a place is written inside the name of a body ("Ủy ban MTTQ Việt Nam xã Hiệp An"). */
function namesBody(v: SentenceView, place: { start: number; end: number }): boolean {
  return organisations(v).some((o) => o.span[0] < place.start && place.end <= o.span[1]);
}

/** Words that open the part of a whole just written: "trong đó", "riêng", "cụ thể", "bao gồm". */
const BREAKDOWN = /(?<![a-z])(trong do|rieng|cu the|bao gom)(?![a-z])/;

/** The admin words of each level, folded, as a plural is written: "các tỉnh", "9 huyện, thị xã". */
const LEVEL_WORDS: Readonly<Record<string, string>> = {
  province: 'tinh|thanh pho',
  district: 'huyen|quan|thi xa',
  commune: 'xa|phuong|thi tran',
  village: 'thon|ap|ban|xom|to dan pho|khu pho',
};
const plurals = new Map<string, RegExp>();

/**
 * "các huyện", "những xã", "9 huyện", "hai tỉnh": several units of one level (number words that
 * fold like other words — năm, ba, sáu, bảy, tám — are left out: "Việt Nam tỉnh" is no plural).
 */
function pluralOf(level: string): RegExp | undefined {
  const words = LEVEL_WORDS[level];
  if (!words) return undefined;
  let re = plurals.get(level);
  if (!re) {
    re = new RegExp(`(?<![a-z])(cac|nhung|\\d+|hai|bon|muoi) (${words})(?![a-z])`);
    plurals.set(level, re);
  }
  return re;
}

function checkCluster(key: string, c: Candidate, v: SentenceView, k: Knowledge): Verdict {
  if (c.role?.clusterKey) return clusterKeyMatches(key, c.role.clusterKey) ? 'clause' : 'contradicted';
  const mentions = clustersIn(v.sentence);
  const keyed = mentions.filter((m) => m.key);
  if (keyed.some((m) => clusterKeyMatches(key, m.key))) return 'sentence';
  // the sentence names another cluster, and not the one asked
  if (keyed.some((m) => m.numbered === /^so \d/.test(key))) return 'contradicted';
  const scope = k.scope(v.articleId);
  if (scope?.mainClusterKey && clusterKeyMatches(key, scope.mainClusterKey)) return 'context';
  if (scope?.clusterKeys.some((x) => clusterKeyMatches(key, x))) return 'article';
  return 'absent';
}

function checkSeries(word: string, n: number, v: SentenceView, k: Knowledge): Verdict {
  const here = seriesIn(v.sentence).filter((x) => x.word === word);
  if (here.some((x) => x.n === n)) return 'sentence';
  if (here.length) return 'contradicted';
  // the article's title and lead, kept in memory (read once per article, see scope-check.ts)
  const head = headIdentifiers(k, v.articleId);
  const same = head.filter((x) => x.word === word);
  if (same.some((x) => x.n === n)) return 'context';
  if (same.length) return 'contradicted';
  // the congress "lần thứ N" elects the committee "khóa N": in the head of a congress article that
  // writes only one of the two, it numbers the term asked (never a contradiction: after a merger the
  // committee starts again at khóa I while congresses go on counting)
  const other = word === 'khoa' ? 'lan' : word === 'lan' ? 'khoa' : undefined;
  if (
    other &&
    /(?<![a-z])dai hoi(?![a-z])/.test(fold(k.head(v.articleId) ?? '')) &&
    head.some((x) => x.word === other && x.n === n)
  )
    return 'context';
  return 'absent';
}

export function checkConstraint(c: Constraint, cand: Candidate, v: SentenceView, k: Knowledge): Verdict {
  switch (c.kind) {
    case 'year':
      return checkYear(c.years, cand, v, k, c.period);
    case 'date':
      return checkDate(c.iso, v, k);
    case 'place': {
      // a place the article never names is not where its answer happened
      const verdict = checkPlace(c, cand, v, k);
      return verdict === 'absent' ? 'contradicted' : verdict;
    }
    case 'unknown':
      return 'contradicted';
    case 'cluster': {
      // a cluster the article never names is not the one its answer is about
      const verdict = checkCluster(c.key, cand, v, k);
      return verdict === 'absent' ? 'contradicted' : verdict;
    }
    case 'series': {
      // a title is held for a term: a holder whose term is nowhere written is not the one asked
      const verdict = checkSeries(c.word, c.n, v, k);
      return verdict === 'absent' && cand.type === 'person' ? 'contradicted' : verdict;
    }
    case 'name': {
      const level = phraseLevel(k, v, cand.span, c.words);
      return level === 'absent' ? 'contradicted' : level;
    }
    case 'event': {
      // an event the question names ("hội nghị hiệp thương", "tổng kết", "đại hội") of which the
      // article writes not even every word, anywhere, is not what the article tells of
      const level = wordsLevel(k, v, cand.span, c.words);
      return level === 'absent' ? 'contradicted' : level;
    }
    case 'figure':
      return figureLevel(c.value, cand, v, k);
  }
}

/** Where a figure the question states is written; an article that never writes it is not the one asked about. */
function figureLevel(value: number, cand: Candidate, v: SentenceView, k: Knowledge): Verdict {
  const same = (n: NumberMention) => Math.abs(n.value - value) < 1e-6 * Math.max(1, value);
  const [a, b] = clauseAt(v, cand.span[0]);
  const all = numbersIn(v.sentence);
  const clause = all.filter((n) => n.start >= a && n.start < b);
  if (clause.some(same)) return 'clause';
  if (all.some(same)) {
    // "8 căn do Quỹ …; 4 căn do Ngân hàng …; 3 căn do Công ty …": the clause that writes another
    // figure is about that one, not the one asked
    const others = clause.filter((n) => !/^(19|20)\d\d$/.test(n.numeral));
    return others.length && cand.type !== 'quantity' ? 'contradicted' : 'sentence';
  }
  const art = k.article(v.articleId);
  if (!art) return 'contradicted';
  // a figure the question states anchors the answer: written elsewhere in the article, it is about
  // something else than this answer
  const near = [v.index - 1, v.index + 1].map((i) => art.sentences[i]).filter((s) => s !== undefined);
  return near.some((s) => numbersIn(s).some(same)) ? 'context' : 'contradicted';
}

/**
 * The nearest level at which every word of an event is written, in any order ("hội nghị ký giao ước"
 * is "Hội nghị ký kết giao ước"; "hội nghị giao ban" is "giao ban cụm … tại hội nghị").
 */
function wordsLevel(
  k: Knowledge,
  v: SentenceView,
  span: [number, number],
  words: readonly string[],
): Verdict {
  const all = (text: string) => words.every((w) => hasPhrase(text, [w]));
  const [a, b] = clauseAt(v, span[0]);
  if (all(v.folded.slice(a, b))) return 'clause';
  if (all(v.folded)) return 'sentence';
  const art = k.article(v.articleId);
  if (!art) return 'absent';
  if (all(`${foldedNeighbours(k, v)} ${foldedHead(art)}`)) return 'context';
  return all(foldedBody(art)) ? 'article' : 'absent';
}

/** True when the article writes a phrase anywhere (for constraints checked on whole articles). */
export function articleHas(k: Knowledge, articleId: string, words: readonly string[]): boolean {
  const a = k.article(articleId);
  return a ? hasPhrase(foldedBody(a), words) : false;
}
