/**
 * The constraints a question names and its focus words. Every constraint must hold of an answer's
 * evidence — its clause, sentence, neighbours, or article — or the answer is not given:
 *   year       "năm 2023", "giai đoạn 2017-2022"
 *   date       "ngày 30-12", "đến ngày 11/3/2019"
 *   place      a province or a lower locality, at its level ("tỉnh Bình Thuận", "xã Điền Hương")
 *   unknown    a locality no article knows (nothing can satisfy it)
 *   cluster    "Cụm thi đua số II", "cụm Nam Sông Hậu"
 *   series     "lần thứ 3", "đợt 2", "khóa VI", "nhiệm kỳ 2025-2030"
 *   name       a person, body or proper name the question writes ("ông Nguyễn Hữu Lạc", "Ea H'Leo")
 *   event      the event asked about ("hội nghị tổng kết", "đại hội", "lễ bàn giao")
 *   figure     a figure the question states ("ủng hộ 80 triệu đồng", "đóng góp 581 triệu")
 * The focus words are what is left: the predicate and the thing asked about ("hiệp thương", "ủy
 * viên", "trao", "phần quà"). They must stand near the answer.
 * Constraints are read from the question's slots, so a follow-up that changes a slot changes them.
 */
import { findClusterMentions } from '../extract/cluster-mentions.ts';
import { DOCUMENT_CODE } from '../lexicon/documents.ts';
import { findYearRanges } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { findNumbers } from '../text/numbers.ts';
import { normalizedTerms } from '../text/tokenize.ts';
import type { ParsedQuestion } from './question.ts';

export type Constraint =
  | {
      kind: 'year';
      years: number[];
      words: string[];
      label: string;
      /** A period the question writes ("giai đoạn 2021-2024"): asked as a whole, not year by year. */
      period?: [number, number];
    }
  | { kind: 'date'; iso: string; words: string[]; label: string }
  | { kind: 'place'; name: string; admin: string; province?: string; words: string[]; label: string }
  | { kind: 'unknown'; words: string[]; label: string }
  | { kind: 'cluster'; key: string; words: string[]; label: string }
  | { kind: 'series'; word: string; n: number; words: string[]; label: string }
  | { kind: 'name'; words: string[]; label: string }
  | { kind: 'event'; words: string[]; label: string }
  | { kind: 'figure'; value: number; words: string[]; label: string };

export type ConstraintKind = Constraint['kind'];

export interface QuestionAnalysis {
  constraints: Constraint[];
  /** Folded content words of the predicate and of what is asked about. */
  focus: string[];
}

/** Words that say what kind of answer is asked, not what it is about. */
const ASKING_WORDS = new Set([
  'ten',
  'goi',
  'thoi',
  'gian',
  'diem',
  'dia',
  'noi',
  'tu',
  'den',
  'lan',
  'thu',
  'don',
  'vi',
  'hinh',
  'thuc',
  'noi',
  'dung',
  'co',
  'gom',
  'bao',
  'gio',
  'luc',
  'hom',
  'ngay',
  'thang',
  'la',
  'nguoi',
  'nhung',
  'cac',
  'ong',
  'ba',
  // "năm" (year), "Nam" (south, Việt Nam): too common and too ambiguous to say what is asked
  'nam',
]);

/** Admin words: in a question they introduce a place (a constraint) or ask for one ("xã nào"). */
const ADMIN_WORDS = new Set([
  'tinh',
  'huyen',
  'xa',
  'thanh',
  'pho',
  'quan',
  'phuong',
  'thi',
  'tran',
  'thon',
  'ap',
  'ban',
  'xom',
]);

export function analyze(q: ParsedQuestion): QuestionAnalysis {
  const constraints: Constraint[] = [];
  if (q.years.length) {
    const sorted = [...q.years].sort((a, b) => a - b);
    // (a term — "nhiệm kỳ 2019-2024" — is a series constraint, not a period of figures)
    const term = q.identifiers.some((i) => i.word === 'nhiem ky' || (i.word === 'khoa' && i.n >= 1900));
    const period = term ? undefined : findYearRanges(q.raw)[0];
    constraints.push({
      kind: 'year',
      years: q.years,
      words: q.years.map(String),
      label: period || sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', '),
      ...(period ? { period } : {}),
    });
  }
  // (a date's words are the date's: it is checked in every written form — "5-12", "5/12", "ngày 5
  // tháng 12" — and its one form in the question is not a focus word the answer must repeat)
  for (const d of q.dates)
    constraints.push({ kind: 'date', iso: d.iso, words: normalizedTerms(d.surface), label: d.surface });
  for (const p of q.provinces)
    constraints.push({
      kind: 'place',
      name: fold(p),
      admin: 'tinh',
      province: p,
      words: fold(p).split(' '),
      label: p,
    });
  for (const l of q.localities)
    constraints.push({
      kind: 'place',
      name: l.name,
      admin: l.admin,
      words: l.name.split(' '),
      label: l.name,
    });
  for (const u of q.unknownNames) constraints.push({ kind: 'unknown', words: u.split(' '), label: u });
  if (q.clusterKey)
    constraints.push({
      kind: 'cluster',
      key: q.clusterKey,
      words: q.clusterKey.split(' '),
      label: q.clusterKey,
    });
  for (const id of q.identifiers)
    constraints.push({
      kind: 'series',
      word: id.word,
      n: id.n,
      words: [...id.word.split(' '), String(id.n)],
      label: `${id.word} ${id.n}`,
    });
  for (const n of q.names) constraints.push({ kind: 'name', words: n.words, label: n.surface });
  // a document's code names one document: its sentence or its article writes it
  for (const m of q.raw.matchAll(DOCUMENT_CODE)) {
    const code = fold(m[0].replace(/[.]+$/, ''));
    if (!constraints.some((c) => c.kind === 'name' && c.words.join(' ') === code))
      constraints.push({ kind: 'name', words: [code], label: m[0] });
  }
  // an event inside what is counted ("bao nhiêu hội nghị phản biện") is what is asked, not its setting
  for (const e of q.events)
    if (!` ${q.counted ?? ''} `.includes(` ${e.split(' ')[0]} `))
      constraints.push({ kind: 'event', words: e.split(' '), label: e });

  for (const f of figuresIn(q)) constraints.push(f);

  // what is left of the question's words once its constraints are taken out
  const taken = new Set<string>();
  for (const c of constraints) if (c.kind !== 'event') for (const w of c.words) taken.add(w);
  const askedAdmin = q.level && q.level !== 'unit' && q.level !== 'org';
  const own = q.focus?.length ? q.focus : q.keywords;
  // "cấp huyện", "cấp xã": a level, said with an admin word that names no place
  const levels = new Set(
    [...q.folded.matchAll(/(?<![a-z])cap (tinh|huyen|xa|thon|co so)(?![a-z])/g)].map((m) => m[1] as string),
  );
  const focus = own.filter(
    (w) =>
      !taken.has(w) &&
      !ASKING_WORDS.has(w) &&
      !((askedAdmin || constraints.some((c) => c.kind === 'place')) && ADMIN_WORDS.has(w) && !levels.has(w)),
  );
  // a part of a compound question that only names what else it asks ("…, tỉnh nào?", "… và theo hình
  // thức gì?") is about what the whole question is about
  if (!focus.length && q.focus?.length) return analyze({ ...q, focus: undefined });
  return { constraints, focus: [...new Set(focus)] };
}

/** Words before a number that make it an identifier ("bão số 3", "lần 2", "đợt 5"), not a figure. */
const NOT_A_FIGURE =
  /(?:^|\s)(?:so|lan|lan thu|thu|dot|khoa|nam|ngay|thang|bao|nhiem ky|giai doan|cum|khoi|phuong|quan|ky|ky hop|luc|den|no\.?)\s*$/;

/** The figures a question states, with the word after them ("80 triệu đồng", "62 căn"). */
function figuresIn(q: ParsedQuestion): Array<Extract<Constraint, { kind: 'figure' }>> {
  const out: Array<Extract<Constraint, { kind: 'figure' }>> = [];
  // an English question's figures are read from its translation ("three of the houses" → "3 nhà")
  const text = q.lang === 'en' ? q.folded : q.raw;
  const dates = q.dates.map((d) => d.surface);
  // a cluster's or bloc's number ("Khối thi đua 7", "Cụm thi đua số 2") names it, it is no figure
  const clusters = findClusterMentions(text);
  for (const n of findNumbers(text)) {
    if (clusters.some((c) => n.start >= c.start && n.start < c.end)) continue;
    if (/^(19|20)\d\d$/.test(n.numeral) && !n.scale) continue;
    if (dates.some((d) => d.includes(n.numeral))) continue;
    const before = fold(text.slice(Math.max(0, n.start - 16), n.start));
    if (
      NOT_A_FIGURE.test(before) ||
      /[/-]\s*$/.test(text.slice(0, n.numeralStart)) ||
      /^\s*[/-]\d/.test(text.slice(n.end))
    )
      continue;
    out.push({ kind: 'figure', value: n.value, words: [n.numeral], label: n.surface });
  }
  return out;
}
