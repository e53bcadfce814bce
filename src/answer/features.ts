/**
 * The features every candidate is scored by, whatever produced it. Each is a named number in 0..1
 * (unverified counts constraints no evidence shows), computed from the question's analysis, the
 * candidate and its evidence:
 *   type         the candidate is the kind of thing asked (a person, a district, a figure, …)
 *   retrieval    how well its sentence (and article) matches the question's words
 *   focus        how near the question's focus words (the predicate) stand to it in its clause
 *   constraints  how near each constraint of the question is satisfied (clause … article)
 *   unverified   how many constraints no evidence shows (each costs)
 *   fit          how well it is what is asked beyond its type (see fit.ts)
 *   prior        how much its generator trusts it (a typed fact more than a span)
 *   agreement    how many other sentences give the same answer
 *   coverage     how much of the question (every content word, weighted by rarity) its sentence writes
 *   contrast     -1..0: of the answers of one kind a sentence lists, whether the words that tell this
 *                one apart ("cấp xã" / "cấp tỉnh", "(Cụm trưởng)" / "(Cụm phó)", "… nâng cao") are the
 *                question's words, more than those of the others
 * A candidate is dropped, with the reason, when it is of another type or level, repeats the
 * question's own words, contradicts a constraint, or cannot fit.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import type { Constraint, QuestionAnalysis } from '../qa/constraints.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import { fold } from '../text/fold.ts';
import type { Candidate } from './candidates/candidate.ts';
import { checkConstraint, type Verdict } from './constraint-check.ts';
import {
  clauseAt,
  foldedHead,
  foldedNeighbours,
  LEVEL_WEIGHT,
  type SentenceView,
  viewOf,
} from './evidence.ts';
import { fitOf } from './fit.ts';
import type { Knowledge } from './knowledge.ts';
import type { Retrieval } from './retrieve.ts';

export interface Features {
  type: number;
  retrieval: number;
  focus: number;
  constraints: number;
  unverified: number;
  fit: number;
  prior: number;
  agreement: number;
  contrast: number;
  coverage: number;
}

export interface Scored {
  candidate: Candidate;
  features: Features;
  /** Each constraint's verdict, by its label (for explain). */
  verdicts: Array<{ constraint: Constraint; verdict: Verdict }>;
  score: number;
  /** Why the candidate cannot be the answer, when it cannot. */
  dropped?: string;
}

const ADMIN_LEVELS = new Set(['province', 'district', 'commune', 'village']);

/** 1 when the candidate is the type asked, less for a compatible one, undefined when it cannot be. */
export function typeMatch(q: ParsedQuestion, c: Candidate): number | undefined {
  let match: number | undefined;
  if (c.type === q.expected) match = 1;
  // "ai là cụm trưởng / Khối trưởng": a unit, or the person who holds the role
  else if (q.expected === 'unit' && c.type === 'person' && q.role) match = 0.85;
  // a list of localities or of named members answers a members question, and a description
  else if (q.expected === 'members' && c.type === 'unit' && c.items) match = 0.9;
  else if (q.expected === 'description' && c.type === 'members') match = 0.9;
  if (match === undefined) return undefined;
  // the level asked ("ở xã nào", "huyện nào"): a locality of another level is not the answer
  if (q.level && ADMIN_LEVELS.has(q.level) && c.level && c.level !== q.level) {
    if (c.level !== 'venue' && c.level !== 'org') return undefined;
    return undefined;
  }
  if (q.level === 'org' && c.level && c.level !== 'org') match *= 0.6;
  // asked for every answer: a list answers better than one of its items; asked for one, the other way
  if ((c.type === 'person' || c.type === 'unit' || c.type === 'place') && !c.role) {
    if (q.several && !c.items) match *= 0.8;
    if (!q.several && c.items) match *= 0.9;
  }
  return match;
}

/** Admin words, which an answer and the question may write or leave out alike. */
const ECHO_ADMIN = new Set([
  'tinh',
  'huyen',
  'xa',
  'thanh',
  'pho',
  'phuong',
  'thi',
  'tran',
  'quan',
  'thon',
  'ap',
]);

/** True when the candidate only repeats the question ("Nghệ An" for "… của tỉnh Nghệ An"). */
export function echoes(q: ParsedQuestion, c: Candidate): boolean {
  if (c.type === 'quantity' || c.type === 'members') return false;
  if (c.type === 'year') return q.years.includes(Number(c.key));
  if (c.type === 'date') return q.dates.some((d) => d.iso === c.key);
  // (admin words left out on both sides: "Ban … tỉnh Yên Bái" is the question's "Ban … Yên Bái")
  const content = (text: string) => text.split(/[^a-z0-9]+/).filter((w) => w && !ECHO_ADMIN.has(w));
  const words = content(fold(c.text));
  if (!words.length) return false;
  return ` ${content(q.folded).join(' ')} `.includes(` ${words.join(' ')} `);
}

/**
 * Where each answer of a sentence reads its words: from the end of the answer of the same kind
 * written before it (or its clause's start) up to it, its own words, and on to the next one. In a
 * coordinated list ("cấp xã hoàn thành trong tháng 4, cấp huyện … tháng 6, cấp tỉnh … tháng 8"; "huyện
 * A 12 tỷ; huyện B 5 tỷ") each item owns the words written with it, and the head the items share
 * ("Đại hội Mặt trận") is everyone's.
 */
export interface Segment {
  before: [number, number];
  after: [number, number];
  /** The words a run of parallel items shares, written before the first. */
  head?: [number, number];
}

function wordCount(text: string): number {
  return text.split(/[^\p{L}\d]+/u).filter(Boolean).length;
}

/** The segments of the answers of one kind in one sentence, by span. */
export function segmentsOf(v: SentenceView, spans: ReadonlyArray<[number, number]>): Map<string, Segment> {
  const out = new Map<string, Segment>();
  const unique = [...new Map(spans.map((s) => [`${s[0]}:${s[1]}`, s])).values()].sort((x, y) => x[0] - y[0]);
  for (const [ca, cb] of v.clauses) {
    // the items of this clause; overlapping readings of one span count once
    const items: Array<[number, number]> = [];
    for (const s of unique) {
      if (s[0] < ca || s[0] >= cb) continue;
      const last = items[items.length - 1];
      if (last && s[0] < last[1]) continue;
      items.push(s);
    }
    let head: [number, number] | undefined;
    if (items.length >= 2) {
      const counts = items
        .slice(1)
        .map((s, i) => wordCount(v.sentence.text.slice((items[i] as [number, number])[1], s[0])));
      const parallel = counts.sort((x, y) => x - y)[Math.floor(counts.length / 2)] ?? 0;
      const first = items[0] as [number, number];
      const words = [...v.sentence.text.slice(ca, first[0]).matchAll(/[\p{L}\d]+/gu)];
      if (words.length > parallel) head = [ca, ca + (words[words.length - parallel]?.index ?? first[0] - ca)];
    }
    items.forEach((s, i) => {
      const before: [number, number] = [i ? (items[i - 1] as [number, number])[1] : (head?.[1] ?? ca), s[0]];
      const after: [number, number] = [
        s[1],
        i + 1 < items.length ? (items[i + 1] as [number, number])[0] : cb,
      ];
      for (const x of unique)
        if (x[0] >= s[0] && x[0] < s[1]) out.set(`${x[0]}:${x[1]}`, { before, after, head });
    });
  }
  return out;
}

/**
 * 0..1, weighted by how rare each word is: the focus words written with the answer — in its own
 * words or its segment (fully), after it (a little less), in the head its list shares, elsewhere in
 * its sentence (little), only in the sentences around it or the article's head (very little).
 */
export function focusNear(
  k: Knowledge,
  v: SentenceView,
  span: [number, number],
  focus: readonly string[],
  segment: Segment | undefined,
  own?: readonly string[],
): number {
  if (!focus.length) return 0.5;
  const [ca, cb] = clauseAt(v, span[0]);
  const seg = segment ?? {
    before: [ca, span[0]] as [number, number],
    after: [span[1], cb] as [number, number],
  };
  const inside = (at: number, [a, b]: [number, number]) => at >= a && at < b;
  let around: string | undefined;
  let lead: string | undefined;
  let total = 0;
  let weights = 0;
  for (const w of focus) {
    // a rare word says more than a word every article writes ("mặt trận", "thi đua")
    const idf = informativeness(k, w);
    weights += idf;
    let best = own?.includes(w) ? 1 : 0;
    for (const m of v.folded.matchAll(wordRegex(w))) {
      const at = m.index ?? 0;
      const d = at < span[0] ? span[0] - at : at > span[1] ? at - span[1] : 0;
      const decay = Math.max(0.6, 1 - d / 300);
      let weight: number;
      if (inside(at, span) || inside(at, seg.before)) weight = decay;
      else if (inside(at, seg.after)) weight = 0.8 * decay;
      else if (seg.head && inside(at, seg.head)) weight = 0.7;
      else weight = at >= ca && at < cb ? 0.25 : 0.15;
      best = Math.max(best, weight);
    }
    if (!best) {
      // a sentence that goes on from the one before ("Cụ thể: năm 2023 được 23,1 tỷ") is about what
      // that one names
      lead ??= continued(k, v);
      if (lead && wordRegex(w).test(lead)) best = 0.6;
      else {
        around ??= contextText(k, v);
        if (wordRegex(w).test(around)) best = 0.1;
      }
    }
    total += idf * best;
  }
  return weights ? total / weights : 0;
}

/** Openings of a sentence that details the one before it. */
const CONTINUATION = /^\s*(?:cu the|trong do|trong so (?:do|nay)|rieng|theo do|ngoai ra|dong thoi)(?![a-z])/;

/** The sentence before, folded, when this one goes on from it; else ''. */
export function continued(k: Knowledge, v: SentenceView): string {
  if (!CONTINUATION.test(v.folded)) return '';
  return viewOf(k, v.articleId, v.index - 1)?.folded ?? '';
}

/** 0..1: the share of the question's words (weighted by rarity) its sentence writes; its neighbours count a third. */
export function coverageOf(k: Knowledge, v: SentenceView, words: readonly string[]): number {
  if (!words.length) return 0;
  let around: string | undefined;
  let lead: string | undefined;
  let total = 0;
  let weights = 0;
  for (const w of new Set(words)) {
    const idf = informativeness(k, w);
    weights += idf;
    if (wordRegex(w).test(v.folded)) total += idf;
    else {
      lead ??= continued(k, v);
      around ??= foldedNeighbours(k, v);
      if (lead && wordRegex(w).test(lead)) total += idf * 0.8;
      else if (wordRegex(w).test(around)) total += idf / 3;
    }
  }
  return weights ? total / weights : 0;
}

/** 0.1..1: how rare a word is among the indexed sentences (inverse document frequency, scaled). */
export function informativeness(k: Knowledge, w: string): number {
  const n = Math.max(2, k.index.size);
  const df = k.index.docFrequency(w);
  return Math.max(0.1, Math.min(1, Math.log(n / (df + 1)) / Math.log(n)));
}

const contexts = new WeakMap<object, string>();

/** The sentence's neighbours and its article's head, folded (once per sentence). */
function contextText(k: Knowledge, v: SentenceView): string {
  let text = contexts.get(v.sentence);
  if (text === undefined) {
    const a = k.article(v.articleId);
    text = `${foldedNeighbours(k, v)} ${a ? foldedHead(a) : ''}`;
    contexts.set(v.sentence, text);
  }
  return text;
}

const wordRes = new Map<string, RegExp>();

function wordRegex(w: string): RegExp {
  let re = wordRes.get(w);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])${w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![a-z0-9])`, 'g');
    if (wordRes.size > 10_000) wordRes.clear();
    wordRes.set(w, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Computes the features of every candidate; agreement is counted over the candidates kept. */
export function featuresOf(
  q: ParsedQuestion,
  a: QuestionAnalysis,
  k: Knowledge,
  r: Retrieval,
  candidates: Candidate[],
): Omit<Scored, 'score'>[] {
  const out: Omit<Scored, 'score'>[] = [];
  // the spans of the candidates of each sentence, by type: the other answers a focus word may belong to
  const spans = new Map<string, Array<[number, number]>>();
  // (only those that could answer: of the type asked, not repeating the question, of the kind asked)
  for (const c of candidates) {
    if (c.items || typeMatch(q, c) === undefined || echoes(q, c) || fitOf(q, c, k) === undefined) continue;
    const key = groupKey(c);
    const list = spans.get(key) ?? [];
    list.push(c.span);
    spans.set(key, list);
  }
  const segments = new Map<string, Map<string, Segment>>();
  const coverages = new Map<SentenceView, number>();
  for (const c of candidates) {
    const v = viewOf(k, c.articleId, c.sentenceIndex);
    const f: Features = {
      type: 0,
      retrieval: 0,
      focus: 0,
      constraints: 1,
      unverified: 0,
      fit: 0,
      prior: c.prior,
      agreement: 0,
      contrast: 0,
      coverage: 0,
    };
    const verdicts: Scored['verdicts'] = [];
    const item = (dropped?: string) => out.push({ candidate: c, features: f, verdicts, dropped });
    if (!v) {
      item('no sentence');
      continue;
    }
    const type = typeMatch(q, c);
    if (type === undefined) {
      item('type');
      continue;
    }
    f.type = type;
    if (echoes(q, c)) {
      item('echo');
      continue;
    }
    let weight = 0;
    let contradicted: string | undefined;
    for (const con of a.constraints) {
      const verdict = checkConstraint(con, c, v, k);
      verdicts.push({ constraint: con, verdict });
      if (verdict === 'contradicted') contradicted ??= `${con.kind} ${con.label}`;
      else {
        weight += LEVEL_WEIGHT[verdict];
        if (verdict === 'absent') f.unverified++;
      }
    }
    if (contradicted) {
      item(`contradicts ${contradicted}`);
      continue;
    }
    f.constraints = a.constraints.length ? weight / a.constraints.length : 1;
    const fit = fitOf(q, c, k);
    if (fit === undefined) {
      item('fit');
      continue;
    }
    f.fit = fit;
    f.retrieval = Math.max(r.rel.of(c.articleId, c.sentenceIndex), 0.5 * r.rel.ofArticle(c.articleId));
    let coverage = coverages.get(v);
    if (coverage === undefined) {
      coverage = coverageOf(k, v, q.keywords);
      coverages.set(v, coverage);
    }
    f.coverage = coverage;
    const key = groupKey(c);
    let segs = segments.get(key);
    if (!segs) {
      segs = segmentsOf(v, spans.get(key) ?? []);
      segments.set(key, segs);
    }
    f.focus = focusNear(
      k,
      v,
      c.span,
      a.focus,
      c.items ? undefined : segs.get(`${c.span[0]}:${c.span[1]}`),
      c.own,
    );
    item();
  }
  dropOutdated(out);
  // the same answer read in several sentences
  const kept = out.filter((x) => !x.dropped);
  const sentencesOf = new Map<string, Set<string>>();
  for (const x of kept) {
    const s = sentencesOf.get(x.candidate.key) ?? new Set<string>();
    s.add(`${x.candidate.articleId}#${x.candidate.sentenceIndex}`);
    sentencesOf.set(x.candidate.key, s);
  }
  for (const x of kept)
    x.features.agreement = Math.min(1, ((sentencesOf.get(x.candidate.key)?.size ?? 1) - 1) / 2);
  contrast(q, k, kept, segments);
  return out;
}

/** How many words next to an item of a list tell it apart from the others. */
const LABEL_WORDS = 8;

/** Answers that are values, told apart by the words written before them. */
const VALUE_TYPES = new Set(['quantity', 'date', 'year', 'ordinal']);

/** True when what tells a name apart is written after it: in brackets, after a dash (a person: a comma). */
function labelledAfter(v: SentenceView, c: Candidate): boolean {
  if (VALUE_TYPES.has(c.type)) return false;
  const next = v.sentence.text.slice(c.span[1]).trimStart();
  return c.type === 'person' ? /^[(,–-]/u.test(next) : /^[(–-]/u.test(next);
}

/** Answers of one sentence that may stand in one list: of one type, and of one level for places. */
function groupKey(c: Candidate): string {
  return `${c.articleId}#${c.sentenceIndex}#${c.type}#${c.level ?? ''}`;
}

/**
 * In an article about several years, a figure written with the year asked ("năm 2023 được 23,1 tỷ")
 * answers for that year: the figures of the same article no year is written with (a total over all
 * of them) are no answer.
 */
function dropOutdated(out: Array<Omit<Scored, 'score'>>): void {
  const yearOf = (x: Omit<Scored, 'score'>) => x.verdicts.find((v) => v.constraint.kind === 'year')?.verdict;
  // (only a figure that could itself answer — of the kind asked — says which figures are dated)
  const dated = out.filter(
    (x) => !x.dropped && x.candidate.type === 'quantity' && yearOf(x) === 'clause' && x.features.fit >= 0.8,
  );
  const articles = new Set(dated.map((x) => x.candidate.articleId));
  // (the same figure written with the year elsewhere — "hơn 900" of the lead, "934" further on — stays)
  const keys = new Set(dated.map((x) => x.candidate.key));
  for (const x of out)
    if (
      !x.dropped &&
      x.candidate.type === 'quantity' &&
      articles.has(x.candidate.articleId) &&
      !keys.has(x.candidate.key) &&
      yearOf(x) === 'absent'
    )
      x.dropped = 'another figure of its article is written with the year asked';
}

/** Folded content words of a stretch of a sentence. */
function wordsIn(v: SentenceView, [a, b]: [number, number]): string[] {
  return v.folded
    .slice(a, b)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

/**
 * The contrast feature: among the answers of one kind a sentence gives (kept candidates, one per
 * span), the words each has that not all the others have — in its own words and segment — and how
 * many of them (weighted by rarity) the question asks, against the best of the others.
 */
function contrast(
  q: ParsedQuestion,
  k: Knowledge,
  kept: Array<Omit<Scored, 'score'>>,
  segments: Map<string, Map<string, Segment>>,
): void {
  // (the words that ask — "món quà gì", "vấn đề gì" — tell no item apart)
  const asked = new Set(
    q.folded
      .replace(/(?<![a-z])(mon qua|qua|vat pham|hien vat|van de|noi dung) (gi|nao)(?![a-z])/g, ' ')
      .split(' '),
  );
  // an abbreviation a sentence writes ("HĐND") is asked when the question writes it out, or the
  // other way round (questions are read with abbreviations expanded)
  const spelled = ` ${q.folded} `;
  for (const [short, long] of Object.entries(ABBREVIATIONS))
    if (spelled.includes(` ${long} `)) asked.add(short);
  // a question that names a district or commune of a province tells figures apart by the district,
  // not by the province around it ("thành phố Thái Nguyên 12 tỷ; huyện Đồng Hỷ 5,5 tỷ")
  const provinceWords = new Set<string>();
  if (q.localities.length)
    for (const p of q.provinces)
      for (const w of fold(p).split(' '))
        if (!q.localities.some((l) => l.name.split(' ').includes(w))) provinceWords.add(w);
  const groups = new Map<string, Array<Omit<Scored, 'score'>>>();
  for (const x of kept) {
    if (x.candidate.items) continue;
    const key = groupKey(x.candidate);
    const g = groups.get(key) ?? [];
    g.push(x);
    groups.set(key, g);
  }
  for (const [key, group] of groups) {
    const figures = group[0]?.candidate.type === 'quantity';
    const v = viewOf(k, group[0]?.candidate.articleId ?? '', group[0]?.candidate.sentenceIndex ?? -1);
    const segs = segments.get(key);
    if (!v || !segs) continue;
    // one reading per span: overlapping candidates read the same words
    const bySpan = new Map<string, Set<string>>();
    const spanOf = (x: Omit<Scored, 'score'>) => {
      const seg = segs.get(`${x.candidate.span[0]}:${x.candidate.span[1]}`);
      return seg ? `${seg.before[0]}:${seg.after[1]}` : `${x.candidate.span[0]}:${x.candidate.span[1]}`;
    };
    for (const x of group) {
      const seg = segs.get(`${x.candidate.span[0]}:${x.candidate.span[1]}`);
      if (!seg) continue;
      const words = bySpan.get(spanOf(x)) ?? new Set<string>();
      // a value is told by the words written before it ("cấp tỉnh hoàn thành trong tháng 8", "huyện A
      // 12 tỷ"); so is a name ("Cờ thi đua xuất sắc toàn diện cho … Phú Thọ"), unless what is said of
      // it follows it in brackets or after a dash ("huyện Vĩnh Cửu (Cụm trưởng)", "bà A - Chủ tịch …",
      // for a person also after a comma). Only the few words right next to it: a clause's opening
      // belongs to all its items.
      // A date is told by what its whole clause says must be done by then ("…; tổng hợp, báo cáo kết
      // quả về Ban Thường trực … trước ngày 28/11").
      const side =
        x.candidate.type === 'date'
          ? wordsIn(v, [Math.max(seg.before[0], clauseAt(v, x.candidate.span[0])[0]), x.candidate.span[0]])
          : labelledAfter(v, x.candidate)
            ? wordsIn(v, seg.after).slice(0, LABEL_WORDS)
            : wordsIn(v, seg.before).slice(-LABEL_WORDS);
      for (const w of [...side, ...wordsIn(v, x.candidate.span), ...(x.candidate.own ?? [])]) words.add(w);
      bySpan.set(spanOf(x), words);
    }
    if (bySpan.size < 2) continue;
    const sets = [...bySpan.values()];
    const shared = new Set([...(sets[0] ?? [])].filter((w) => sets.every((s) => s.has(w))));
    // every distinguishing word the question repeats counts, however common: within one sentence it
    // is what tells the items apart ("xã" from "huyện")
    const askedWeight = new Map<string, number>();
    for (const [span, words] of bySpan) {
      let weight = 0;
      for (const w of words)
        if (!shared.has(w) && asked.has(w) && !(figures && provinceWords.has(w))) weight += 0.5;
      askedWeight.set(span, weight);
    }
    for (const x of group) {
      const own = askedWeight.get(spanOf(x)) ?? 0;
      const others = Math.max(0, ...[...askedWeight].filter(([s]) => s !== spanOf(x)).map(([, w]) => w));
      // evidence against the items the question does not ask for; the one it asks for is not raised
      // above the answers of other sentences by it
      x.features.contrast = Math.max(-1, Math.min(0, own - others));
    }
  }
}
