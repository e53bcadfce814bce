/**
 * Names of things a sentence writes: quoted names of movements, campaigns, funds and contests
 * (phong trào “Bình Thuận chung tay vì người nghèo…”), documents by their number ("Quyết định số
 * 33/2015/QĐ-TTg", "Kế hoạch số 96/KH-MTTW-BTT"), and awards ("Cờ thi đua xuất sắc", "Bằng khen của
 * Thủ tướng Chính phủ"). The kind word written before a name is kept, so that "phong trào nào" finds
 * a movement's name and "quyết định nào" a decision's number.
 */
import { fold } from '../../text/fold.ts';
import type { SentenceView } from '../evidence.ts';
import type { Candidate } from './candidate.ts';

const QUOTED = /[“"]([^”"]{3,200})[”"]/gu;

/** Kind words written before a name, folded. */
export const NAME_KINDS = [
  'phong trao thi dua',
  'phong trao',
  'cuoc van dong',
  'chuong trinh',
  'quy',
  'cuoc thi',
  'giai thuong',
  'danh hieu',
  'de an',
  'du an',
  'mo hinh',
  'chu de',
  'khau hieu',
  'thang cao diem',
  'ngay hoi',
  'hoi thi',
  'loai nha',
] as const;

/**
 * Kinds that readers use for one another: a movement is called a campaign, a contest a
 * competition, a scheme a programme. A name of one group does not answer a question about another.
 */
const KIND_GROUPS: readonly (readonly string[])[] = [
  ['phong trao thi dua', 'phong trao', 'cuoc van dong', 'thang cao diem'],
  ['cuoc thi', 'hoi thi', 'giai thuong', 'danh hieu'],
  ['chuong trinh', 'de an', 'du an'],
  ['chu de', 'khau hieu'],
];

/** The group of a kind word (the kind itself when it has no synonyms). */
export function kindGroup(kind: string): string {
  return KIND_GROUPS.find((g) => g.includes(kind))?.[0] ?? kind;
}

/** The kind word written right before a position ("… phong trào thi đua " → "phong trao thi dua"). */
export function kindBefore(folded: string, at: number): string | undefined {
  const before = folded.slice(Math.max(0, at - 40), at).trimEnd();
  return NAME_KINDS.find((k) => before.endsWith(k) || before.endsWith(`${k} thi dua`));
}

export function quotedNames(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  let previousKind: string | undefined;
  let previousEnd = -1;
  for (const m of v.sentence.text.matchAll(QUOTED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // a quote continuing a list of names ("“A”, “B”") takes the kind of the one before
    const listed =
      previousEnd >= 0 && /^\s*(?:,|và)\s*(?:,\s*)?$/u.test(v.sentence.text.slice(previousEnd, start));
    const kind = kindBefore(v.folded, start) ?? (listed ? previousKind : undefined);
    const name = (m[1] ?? '').trim();
    out.push({
      type: 'name',
      text: m[0],
      key: fold(name),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, end],
      origin: kind ? `span:quoted:${kind}` : 'span:quoted',
      prior: kind ? 0.85 : 0.6,
    });
    previousKind = kind;
    previousEnd = end;
  }
  return out;
}

/** Document kinds written before a number. */
const DOCUMENT =
  /(?<![\p{L}])(Quyết định|Chỉ thị|Nghị quyết|Kế hoạch|Hướng dẫn|Kết luận|Công văn|Thông tư|Nghị định|Luật|Thông báo|Quy chế)(?:\s+(?:số|liên tịch số))?\s+(\d+[\p{L}\d/.-]*)/giu;

export function documentNames(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of v.sentence.text.matchAll(DOCUMENT)) {
    const start = m.index ?? 0;
    const code = (m[2] ?? '').replace(/[.,]+$/, '');
    const end = start + m[0].indexOf(m[2] as string) + code.length;
    // a bare number with nothing after ("Quyết định 33") needs its year or code to name a document
    out.push({
      type: 'name',
      text: v.sentence.text.slice(start, end),
      key: fold(code),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, end],
      origin: 'span:document',
      prior: /[/-]/.test(code) ? 0.85 : 0.6,
    });
  }
  return out;
}

const AWARD =
  /(?<![\p{L}])(Cờ thi đua(?: xuất sắc)?(?: toàn diện)?|Bằng khen|Giấy khen|Huân chương [\p{L}]+(?: hạng (?:Nhất|Nhì|Ba|nhất|nhì|ba))?|Danh hiệu [^,;.()]{3,60})(?:\s+(?:của|của Ban|của Ủy ban)\s+[^,;.()]{3,80}?(?=\s+(?:cho|vì|đã|được|về)\s|[,;.()]|$))?/gu;

export function awardNames(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of v.sentence.text.matchAll(AWARD)) {
    const start = m.index ?? 0;
    out.push({
      type: 'name',
      text: m[0].trim(),
      key: fold(m[0].trim()),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, start + m[0].trim().length],
      origin: 'span:award',
      prior: 0.7,
    });
  }
  return out;
}
