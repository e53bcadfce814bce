/**
 * How well a candidate is the kind of thing asked, beyond its type: a figure counts what the
 * question counts (the same head noun or unit kind, per unit or in total, not a duration), a person
 * holds the title asked, a date is as precise as asked and is not an anniversary, a name is of the
 * kind asked. Returns 0..1, or undefined when the candidate cannot be the answer at all.
 */
import type { QuantityFact } from '../extract/fact.ts';
import { unitAfter } from '../extract/quantities.ts';
import {
  BUSINESS_ASKED,
  DAY_ASKED,
  DEADLINE_ASKED,
  DEADLINE_BEFORE_DATE,
  DELEGATION_BEFORE,
  FORMER_ASKED,
  FROM_ASKED,
  GIFT_ASKED,
  HOSTS_ASKED,
  LEAVING_OFFICE,
  PER_UNIT_FOLDED,
  RECEIVER_ASKED,
  SERIES_ASKED,
  TOPIC_ASKED,
  UP_TO_ASKED,
  UP_TO_BEFORE_DATE,
} from '../lexicon/question-patterns.ts';
import { ROLE_AFTER_UNIT, ROLE_BEFORE_UNIT, ROLE_WORDS } from '../lexicon/roles.ts';
import { ORGANIZATION_WORDS } from '../lexicon/titles.ts';
import { EXCLUSIVE_QUALIFIERS, type QuantityKind } from '../lexicon/units.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import { fold } from '../text/fold.ts';
import { findNumbers } from '../text/numbers.ts';
import { expandAbbreviations } from '../text/tokenize.ts';
import type { Candidate } from './candidates/candidate.ts';
import { kindGroup, NAME_KINDS } from './candidates/names.ts';
import { isBusiness } from './candidates/places.ts';
import { clauseAt, viewOf } from './evidence.ts';
import type { Knowledge } from './knowledge.ts';
import { personsIn } from './sentence-cache.ts';
import { titleMatches } from './title-match.ts';

/** Kinds a generic count question ("bao nhiêu", no unit named) may be answered with. */
const COUNT_LIKE: ReadonlySet<QuantityKind> = new Set([
  'count',
  'units',
  'events',
  'people',
  'households',
  'documents',
]);

/** Words that ask for money without naming what it was for ("bao nhiêu tiền", "tổng kinh phí"). */
const MONEY_WORDS = new Set([
  'tien',
  'so',
  'kinh',
  'phi',
  'tri',
  'gia',
  'dong',
  'ty',
  'trieu',
  'nghin',
  'tong',
  'cong',
  'mat',
]);

/** Verbs that may follow what is counted in a question; not part of it. */
const NOT_COUNTED = new Set([
  'xay',
  'lam',
  'ho',
  'tro',
  'trao',
  'tang',
  'duoc',
  'to',
  'chuc',
  'cho',
  'dang',
  'ky',
]);

/** Nouns of time: "4 năm vận động" says how long, and answers only a question asking how long. */
const TIME_NOUNS = new Set(['nam', 'thang', 'tuan', 'ngay', 'gio', 'phut']);

function kindFits(q: ParsedQuestion, f: QuantityFact): boolean {
  if (!q.quantityKind) return f.kind !== 'percent' || /tang truong|ty le|phan tram/.test(q.folded);
  if (q.quantityKind === f.kind) return true;
  if (q.quantityKind === 'houses') return false;
  return COUNT_LIKE.has(q.quantityKind) && COUNT_LIKE.has(f.kind) && q.quantityKind === 'count';
}

/** The words the question counts, less the verbs that may follow them. */
export function askedCounted(q: ParsedQuestion): string[] {
  return (q.counted ?? '').split(' ').filter((w) => w && !NOT_COUNTED.has(w));
}

/** The head noun asked ("nhà", "người", "ủy viên") must be what the figure counts. */
function headFits(q: ParsedQuestion, f: QuantityFact): boolean {
  const counted = f.counted.split(' ');
  const head = (q.counted ?? '').split(' ')[0];
  if (!head) return !TIME_NOUNS.has(counted[0] ?? '');
  if (q.quantityKind === 'money') return true;
  const unit = unitAfter(q.counted ?? '');
  if (unit.key && unit.kind !== 'count') return unit.kind === f.kind;
  return counted.includes(head);
}

/** A figure the question itself states ("Trong 62 căn…", "80 triệu đồng") is what it asks within. */
function statedInQuestion(q: ParsedQuestion, f: QuantityFact): boolean {
  return statedFigures(q).some(
    (n) => n.value === f.value && (n.word === '' || f.counted.split(' ')[0] === n.word || f.kind === 'money'),
  );
}

const stated = new WeakMap<ParsedQuestion, Array<{ value: number; word: string }>>();

/** The figures a question writes, with the word after each, read once per question. */
function statedFigures(q: ParsedQuestion): Array<{ value: number; word: string }> {
  let figures = stated.get(q);
  if (!figures) {
    figures = findNumbers(q.raw).map((n) => ({
      value: n.value,
      word:
        fold(q.raw.slice(n.end))
          .trim()
          .split(/[^a-z0-9]+/)[0] ?? '',
    }));
    stated.set(q, figures);
  }
  return figures;
}

/** True when the figure is written for a qualifier that excludes the one the question names. */
function otherQualifier(q: ParsedQuestion, f: QuantityFact): boolean {
  const own = ` ${expandAbbreviations(`${f.label} ${f.counted}`.split(/\s+/)).join(' ')} `;
  // ("Mặt trận các cấp tỉnh Bắc Ninh" is every level of the province, not "cấp tỉnh")
  const asked = ` ${q.folded.replace(/(?<![a-z])cac cap(?![a-z])/g, ' ')} `;
  const has = (text: string, w: string) => text.includes(` ${w} `);
  return EXCLUSIVE_QUALIFIERS.some((group) => {
    const inQuestion = group.filter((w) => has(asked, w));
    return inQuestion.length === 1 && !has(own, inQuestion[0] as string) && group.some((w) => has(own, w));
  });
}

function quantityFit(q: ParsedQuestion, f: QuantityFact): number | undefined {
  if (!kindFits(q, f) || !headFits(q, f) || statedInQuestion(q, f) || otherQualifier(q, f)) return undefined;
  const qc = askedCounted(q);
  const counted = new Set(f.counted.split(' '));
  const local = new Set([...counted, ...f.label.split(' '), ...f.tail.split(' ')]);
  let unit = 0.6;
  if (f.kind === 'money' && q.quantityKind === 'money') {
    // money asked: every amount counts; "tiền mặt" prefers cash, and what it was for ("tiền khắc
    // phục", "trị giá số quà Tết") is written around the amount that answers
    const purpose = qc.filter((w) => !MONEY_WORDS.has(w));
    const share = purpose.length
      ? purpose.filter((w) => local.has(w)).length / purpose.length
      : qc.length && qc.every((w) => counted.has(w))
        ? 1
        : 0.5;
    unit = 0.8 + 0.2 * share;
  } else if (qc.length) {
    // the head noun must be what the figure counts; the rest may sit around it
    const head = counted.has(qc[0] as string) ? 1 : 0;
    const rest = qc.reduce((n, w) => n + (counted.has(w) ? 1 : local.has(w) ? 0.5 : 0), 0) / qc.length;
    unit = 0.5 * head + 0.5 * rest;
    // words the figure counts that the question does not ask about at all ("… nâng cao")
    const asked = new Set(q.keywords);
    // (a counted phrase that runs on into a body's name, "6 phó chủ tịch Ủy ban MTTQ", adds nothing)
    const extra = [...counted].filter(
      (w) => !asked.has(w) && !['can', 'ngoi', 'dong', 'cac', 'va'].includes(w) && !ORGANIZATION_WORDS.has(w),
    ).length;
    unit -= Math.min(0.45, extra * 0.15);
  }
  // "mỗi" asks for a per-unit value, and only a per-unit value answers it; a total is asked otherwise.
  // "5 triệu đồng/hộ" is per unit too.
  const perUnit = f.perUnit || /\/\s*\p{L}/u.test(f.phrase);
  if (q.perUnit && !perUnit) return undefined;
  // and for the same unit: "mỗi hộ" is not answered by "mỗi huyện 1,5 tỷ đồng"
  if (q.perUnit && perUnit) {
    const asked = q.folded.match(PER_UNIT_FOLDED)?.[1];
    const written =
      fold(f.phrase).match(/\/\s*([a-z]+)/)?.[1] ?? ` ${f.label} ${f.counted}`.match(PER_UNIT_FOLDED)?.[1];
    if (asked && written && asked !== written) return undefined;
  }
  if (!q.perUnit && perUnit) unit -= 0.5;
  // a total asked and a total written ("tổng kinh phí")
  if (/(?<![a-z])tong/.test(q.folded) && /(?<![a-z])tong/.test(f.label)) unit += 0.1;
  // a rounded figure ("hơn 1.200") is less exact than the figure an article also writes
  if (f.qualifier) unit -= 0.05;
  return Math.max(0, Math.min(1, unit));
}

const roleWords = ROLE_WORDS.map(([w, role]) => ({ re: new RegExp(`(?<![a-z])${w}(?![a-z])`, 'g'), role }));

/**
 * For a role question, a span holds the role only when the role word is written with it: "X là/làm
 * Cụm trưởng", "X (Cụm trưởng)", "Cụm trưởng … là X" (see ROLE_AFTER_UNIT, ROLE_BEFORE_UNIT).
 */
function holdsRole(q: ParsedQuestion, c: Candidate, k: Knowledge): boolean {
  const v = viewOf(k, c.articleId, c.sentenceIndex);
  if (!v) return false;
  // a body named in a person's title ("Bí thư Tỉnh đoàn, Khối trưởng …") is the person's, and so is the role
  if (
    c.type !== 'person' &&
    personsIn(v.sentence).some(
      (p) => p.end <= c.span[0] && p.titles.some((t) => fold(t.text).includes(fold(c.text))),
    )
  )
    return false;
  for (const { re, role } of roleWords) {
    if (role !== q.role) continue;
    re.lastIndex = 0;
    for (const m of v.folded.matchAll(re)) {
      const at = m.index ?? 0;
      if (at >= c.span[1] && at - c.span[1] < 60 && ROLE_AFTER_UNIT.test(v.folded.slice(c.span[1], at)))
        return true;
      const end = at + m[0].length;
      if (end <= c.span[0] && c.span[0] - end < 90 && ROLE_BEFORE_UNIT.test(v.folded.slice(end, c.span[0])))
        return true;
    }
  }
  return false;
}

function roleFit(q: ParsedQuestion, c: Candidate, k: Knowledge): number | undefined {
  if (c.role) return c.role.role === q.role ? 1 : undefined;
  if (c.type === 'person') {
    const words = ROLE_WORDS.filter(([, role]) => role === q.role).map(([w]) => w);
    return (c.titles ?? []).some((t) => words.some((w) => t.folded.includes(w))) || holdsRole(q, c, k)
      ? 0.9
      : undefined;
  }
  // a unit the sentence does not give the role holds no role
  return holdsRole(q, c, k) ? 0.9 : undefined;
}

function titleFit(q: ParsedQuestion, c: Candidate, k: Knowledge): number | undefined {
  const slot = q.title;
  const titles = c.titles ?? [];
  if (!slot) return titles.length || c.items ? 1 : 0.7;
  // a title asked of one person is not answered by a list of people
  if (c.items) return q.several ? 0.7 : undefined;
  if (titles.some((t) => titleMatches(slot, q, t))) return 1;
  if (titles.some((t) => t.status !== 'former')) return undefined;
  // named here without a title: the title the article gives the same person elsewhere, or the
  // office the clause is about ("thôi giữ chức Chủ tịch Ủy ban MTTQ … đối với ông X")
  const same = k.factsOf(c.articleId, 'person').filter((p) => p.name === c.text);
  if (same.some((p) => p.titles.some((t) => titleMatches(slot, q, t)))) return 0.8;
  const v = viewOf(k, c.articleId, c.sentenceIndex);
  if (v) {
    const [a, b] = clauseAt(v, c.span[0]);
    const clause = ` ${v.folded.slice(a, b).replace(/[^a-z0-9]+/g, ' ')} `;
    // (unless the title written there is another person's: "Bí thư Tỉnh ủy X thăm hộ bà Y")
    const others = personsIn(v.sentence).filter((p) => p.start >= a && p.end <= b && p.name !== c.text);
    // the office as the clause writes it: the head and the words after it, which must hold the body
    // and place asked, and no central body unless asked
    const at = clause.indexOf(` ${slot.head} `);
    const office = at >= 0 ? clause.slice(at, at + slot.head.length + 70) : '';
    if (
      office &&
      slot.org.every((w) => office.includes(` ${w} `)) &&
      (!slot.place || office.includes(` ${slot.place} `)) &&
      (slot.central || !office.includes(' trung uong ')) &&
      !others.some((p) => p.titles.some((t) => titleMatches(slot, q, t)))
    )
      return 0.8;
  }
  // nothing says this person holds the title asked
  return undefined;
}

/** The folded words a candidate's sentence writes in the `chars` before it. */
function writtenBefore(k: Knowledge, c: Candidate, chars: number): string {
  const v = viewOf(k, c.articleId, c.sentenceIndex);
  return v ? v.folded.slice(Math.max(0, c.span[0] - chars), c.span[0]) : '';
}

const LEAVING_ALL = new RegExp(LEAVING_OFFICE.source, 'g');

/**
 * Where the sentence writes that the candidate leaves an office ("cho thôi giữ chức vụ Chủ tịch …
 * đối với ông X"): the words from the leaving verb to the name, or undefined.
 */
function leaving(c: Candidate, k: Knowledge): string | undefined {
  const before = writtenBefore(k, c, 220);
  const last = [...before.matchAll(LEAVING_ALL)].at(-1);
  if (!last) return undefined;
  const from = c.span[0] - before.length + (last.index ?? 0);
  // another person named in between is the one who leaves
  const v = viewOf(k, c.articleId, c.sentenceIndex);
  return v && personsIn(v.sentence).some((p) => p.start > from && p.end <= c.span[0])
    ? undefined
    : before.slice(last.index ?? 0);
}

/** A person holds the title asked, and the role asked when one is. */
function personFit(q: ParsedQuestion, c: Candidate, k: Knowledge): number | undefined {
  // "những ai tiếp đoàn" asks for the hosts, not the delegation's leader or members
  if (HOSTS_ASKED.test(q.folded)) {
    const before = writtenBefore(k, c, 100);
    if (DELEGATION_BEFORE.test(before) && !/(?<![a-z])tiep(?![a-z])/.test(before)) return undefined;
  }
  // "ủng hộ những ai" asks for the receivers: a person written before the verb is the giver
  const verb = q.folded.match(RECEIVER_ASKED)?.[1];
  if (
    verb &&
    c.origin !== 'span:receivers' &&
    !` ${writtenBefore(k, c, 120).replace(/[^a-z]+/g, ' ')} `.includes(` ${verb} `)
  )
    return undefined;
  // "ai thôi giữ chức Chủ tịch …" is answered by the one who left it, and only by them; "ai là Chủ
  // tịch" never by the one the sentence says is leaving
  const left = q.title ? leaving(c, k) : undefined;
  if (FORMER_ASKED.test(q.folded)) {
    const slot = q.title;
    if (slot && left !== undefined)
      return ` ${left.replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${slot.head} `) ? 1 : undefined;
    if (!(c.titles ?? []).some((t) => t.status === 'former')) return undefined;
  } else if (left !== undefined && q.title && left.includes(q.title.head)) return undefined;
  const role = q.role ? roleFit(q, c, k) : 1;
  if (role === undefined) return undefined;
  if (q.role && !q.title) return role;
  const title = titleFit(q, c, k);
  return title === undefined ? undefined : Math.min(role, title);
}

const ANNIVERSARY_GAP = 3;

function dateFit(q: ParsedQuestion, c: Candidate, k: Knowledge): number | undefined {
  // "tính đến ngày nào": the date a figure is counted up to, written after "(tính) đến"
  // ("từ ngày nào đến ngày nào" asks for both ends: a span)
  if (UP_TO_ASKED.test(q.folded) && !FROM_ASKED.test(q.folded)) {
    if (!UP_TO_BEFORE_DATE.test(writtenBefore(k, c, 14))) return undefined;
  }
  // "trước ngày nào": the date a thing is due by, written after "trước", "chậm nhất", "hạn" — not the
  // date something was done ("Ngày 27/12, … trao nhà")
  if (c.date && DEADLINE_ASKED.test(q.folded) && !DEADLINE_BEFORE_DATE.test(writtenBefore(k, c, 24)))
    return undefined;
  const d = c.date;
  if (!d)
    return c.origin === 'fact:deadline'
      ? /hoan thanh|han|truoc ngay|cham nhat/.test(q.folded)
        ? 1
        : 0.5
      : 0.9;
  const refYear = k.scope(c.articleId)?.refYear;
  // an anniversary's date ("18/11/1930") is not when anything in the article happens, unless asked
  if (d.year && refYear && d.year < refYear - ANNIVERSARY_GAP && !q.years.includes(d.year)) return undefined;
  if (d.day !== undefined) return 1;
  // "ngày mấy", "ngày nào" ask for a day: a month ("Tháng 4 năm 2022") does not answer
  if (DAY_ASKED.test(q.folded)) return undefined;
  return /thang (may|nao)|hoan thanh|(?<![a-z])han(?![a-z])/.test(q.folded) ? 1 : 0.4;
}

const AWARD_HEAD = /(co thi dua( xuat sac)?( toan dien)?|bang khen|giay khen|huan chuong|danh hieu)/;

/** The award asked, exactly: "Cờ thi đua xuất sắc" is not "Cờ thi đua xuất sắc toàn diện". */
function awardFit(q: ParsedQuestion, award: string): number | undefined {
  const asked = q.folded.match(AWARD_HEAD)?.[0];
  if (!asked) return 0.8;
  return fold(award).match(AWARD_HEAD)?.[0] === asked ? 1 : undefined;
}

/** The kind word a question asks a name of ("phong trào nào" → "phong trao"). */
function askedKind(q: ParsedQuestion): string | undefined {
  return NAME_KINDS.find((kind) =>
    new RegExp(`(?<![a-z])${kind}( thi dua)? (nao|gi|co ten|ten)`).test(q.folded),
  );
}

const DOCUMENT_KINDS =
  /(?<![a-z])(quyet dinh|chi thi|nghi quyet|ke hoach|huong dan|ket luan|cong van|thong tu|nghi dinh|so hieu|ky hieu)(?![a-z])/;

function nameFit(q: ParsedQuestion, c: Candidate): number | undefined {
  const doc = q.folded.match(DOCUMENT_KINDS)?.[1];
  if (doc) {
    if (c.origin !== 'span:document' && c.origin !== 'fact:document') return 0.2;
    return doc === 'so hieu' || doc === 'ky hieu' || fold(c.text).startsWith(doc) ? 1 : 0.5;
  }
  const kind = askedKind(q);
  if (c.origin === 'span:document' || c.origin === 'fact:document') return 0.3;
  if (!kind) return c.origin.startsWith('span:quoted:') || c.origin === 'fact:campaign' ? 0.9 : 0.6;
  const candKind = c.origin.startsWith('span:quoted:') ? c.origin.slice('span:quoted:'.length) : fold(c.text);
  if (candKind.startsWith(kind) || candKind.startsWith(kind.split(' ')[0] as string)) return 1;
  // a name written as another kind of thing ("mô hình gì" → a "Cuộc vận động …") is not what is asked
  const written = NAME_KINDS.find((k) => candKind.startsWith(k));
  if (written && kindGroup(written) !== kindGroup(kind)) return undefined;
  return 0.4;
}

export function fitOf(q: ParsedQuestion, c: Candidate, k: Knowledge): number | undefined {
  switch (c.type) {
    case 'quantity':
      return c.quantity ? quantityFit(q, c.quantity) : undefined;
    case 'person':
      return personFit(q, c, k);
    case 'date':
      return dateFit(q, c, k);
    case 'name':
      return nameFit(q, c);
    case 'unit':
      // "doanh nghiệp nào tài trợ": a Front body or a commune is no answer
      // ("ngân hàng nào" by a bank)
      if (BUSINESS_ASKED.test(q.folded))
        return c.level === 'org' && isBusiness(c.text, q.folded.match(BUSINESS_ASKED)?.[1] === 'ngan hang')
          ? 1
          : undefined;
      if (q.role) return roleFit(q, c, k);
      if (c.award !== undefined) return awardFit(q, c.award);
      return c.level === 'org' ? 0.6 : 0.75;
    case 'place':
      return c.level === 'venue' ? 1 : 0.8;
    case 'ordinal': {
      // "khóa mấy" is answered by a "khóa …", "lần thứ mấy" by a "lần thứ …"
      const asked = q.folded
        .match(SERIES_ASKED)?.[1]
        ?.replace(/^thu$/, 'lan thu')
        .replace(/^lan$/, 'lan thu');
      return !asked || c.key.startsWith(`${asked} `) ? 1 : 0.3;
    }
    case 'members':
      return c.origin === 'fact:cluster' ? 1 : 0.8;
    case 'reason':
      return 0.7;
    case 'description':
      if (c.origin === 'span:manner') return /hinh thuc/.test(q.folded) ? 1 : 0.3;
      // "về vấn đề gì" is answered by a topic, "tặng gì" by what was given; each answers nothing else
      if (TOPIC_ASKED.test(q.folded)) return c.origin === 'span:topic' ? 1 : 0.3;
      if (GIFT_ASKED.test(q.folded)) return c.origin === 'span:gift' ? 1 : undefined;
      if (c.origin === 'span:gift') return undefined;
      return c.origin === 'span:topic' ? 0.4 : 0.6;
    default:
      return 1;
  }
}
