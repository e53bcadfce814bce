/**
 * What a sentence says something consists of or is: the text after "gồm", "bao gồm", a colon, or
 * "là", and the manner after "hình thức" ("theo hình thức trực tuyến"). Also the members a sentence
 * enumerates after "gồm"/":" ("Khối thi đua 7 gồm: Ủy ban MTTQ Việt Nam, Hội Nông dân, …"), split
 * into items at commas, semicolons and "và".
 */
import { DOCUMENT_KINDS_FOLDED } from '../../lexicon/documents.ts';
import { fold } from '../../text/fold.ts';
import type { SentenceView } from '../evidence.ts';
import type { Candidate } from './candidate.ts';

/** Where an enumeration or a definition begins ("thu gom" — to collect — opens nothing). */
const OPENERS =
  /(?<![a-z])(bao gom|gom co|(?<!thu )gom|co|la|nhu)\s*:\s*|:\s*|(?<![a-z])(bao gom|(?<!thu )gom)\s+(?=[a-z])/g;

function cleanEnd(text: string): string {
  return text.replace(/[\s….;,)]+$/u, '').trim();
}

/** A candidate read from a span of a sentence by one of the recognisers here. */
function read(
  v: SentenceView,
  type: Candidate['type'],
  span: [number, number],
  text: string,
  origin: string,
  key: string,
  prior: number,
  items?: string[],
): Candidate {
  return {
    type,
    text,
    key,
    articleId: v.articleId,
    sentenceIndex: v.index,
    span,
    origin,
    prior,
    ...(items ? { items } : {}),
  };
}

/** A description read from a sentence: its text where it stands. */
function described(
  v: SentenceView,
  text: string,
  start: number,
  origin: string,
  key: string,
  prior: number,
): Candidate {
  return read(v, 'description', [start, start + text.length], text, origin, key, prior);
}

export function descriptions(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const text = v.sentence.text;
  for (const m of v.folded.matchAll(OPENERS)) {
    const from = (m.index ?? 0) + m[0].length;
    // up to the end of the sentence, or of its clause when a ";" closes it before a new subject
    const rest = text.slice(from);
    const body = cleanEnd(rest);
    if (body.length < 3) continue;
    out.push(described(v, body, from, 'span:after-opener', fold(body).slice(0, 80), 0.6));
  }
  for (const m of v.folded.matchAll(
    /(?<![a-z])hinh thuc\s+([a-z ]+?)(?=\s*[,.;]|\s+(?:va|voi|tai|do)\s|$)/g,
  )) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({
      type: 'description',
      text: text.slice(start, end),
      key: fold(text.slice(start, end)),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, end],
      origin: 'span:manner',
      prior: 0.8,
    });
  }
  return out;
}

/**
 * Where the topic of a document or of what was said begins: "Chỉ thị số 15-CT/TU ngày 12/7/2021 của
 * Ban Thường vụ Tỉnh ủy về …", "Kế hoạch … về …", "ý kiến xoay quanh các vấn đề về …".
 */
const TOPIC_OPENER = new RegExp(
  String.raw`(?<![a-z])(?:(?:${DOCUMENT_KINDS_FOLDED.join('|')})(?: so)?(?: [0-9][a-z0-9/.-]*)?(?: ngay [0-9/]+)?(?: cua(?: [a-z]+){1,8}?)?|xoay quanh(?: (?:cac|nhung))?(?: (?:van de|noi dung))?|tap trung vao(?: (?:cac|nhung))? (?:van de|noi dung))\s+(?:ve\s+)?`,
  'g',
);

/** The topic written after a document's kind and code, or after "xoay quanh các vấn đề về". */
export function topics(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const text = v.sentence.text;
  for (const m of v.folded.matchAll(TOPIC_OPENER)) {
    // a document's topic follows "về"; "xoay quanh" needs none
    if (!/ ve\s+$/.test(m[0]) && !/^(xoay quanh|tap trung vao)/.test(m[0])) continue;
    const from = (m.index ?? 0) + m[0].length;
    const rest = text.slice(from);
    const quoted = rest.match(/^[“"]([^”"]{3,200})[”"]/u);
    const stop = rest.search(/[.;(]|,\s+(?:gắn|phấn đấu|đồng thời|nhằm)(?![\p{L}])/u);
    const body = quoted ? (quoted[1] as string) : cleanEnd(stop >= 0 ? rest.slice(0, stop) : rest);
    if (body.split(/\s+/).length < 2 || body.length > 240) continue;
    const start = quoted ? from + 1 : from;
    out.push(described(v, body, start, 'span:topic', `topic ${fold(body).slice(0, 80)}`, 0.8));
  }
  return out;
}

/**
 * What was handed over: after "trao tặng", "tặng", "trao" and up to six words of recipient ("khu dân
 * cư", "ấp", "các hộ"), a counted object ("1 bộ âm thanh", "30 phần quà"), up to what it is worth,
 * what it is for or the end of the clause.
 */
const GIFT =
  /(?<![\p{L}])(?:trao tặng|tặng|trao)\s+(?:[\p{L}]+\s+){0,6}?((?:\d+|một)\s+[\p{L}]+(?:\s[\p{L}]+){0,7}?)(?=\s+(?:trị giá|phục vụ|cho|với|để|nhằm|có|tổng)(?![\p{L}])|\s*[,;.(]|\s+và\s+\d|$)/gu;

export function gifts(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of v.sentence.text.matchAll(GIFT)) {
    const object = (m[1] ?? '').trim();
    const start = (m.index ?? 0) + m[0].lastIndexOf(object);
    out.push(described(v, object, start, 'span:gift', `gift ${fold(object)}`, 0.8));
  }
  return out;
}

/**
 * Who something was given to: the words after the verb of giving the question names ("ủng hộ nông
 * dân Cà Mau bị thiệt hại … và đồng bào miền Trung bị lũ lụt"), up to what happened to them ("bị",
 * "do"), what it was worth, or the end of the clause; several receivers are split at "và".
 */
export function receivers(v: SentenceView, verb: string): Candidate[] {
  const out: Candidate[] = [];
  const text = v.sentence.text;
  for (const m of v.folded.matchAll(new RegExp(`(?<![a-z])${verb}(?: cho)?\\s+(?=[a-z])`, 'g'))) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/\s(?:bị|do|với|trị giá|để|nhằm|tại|vào|số tiền|mỗi)(?![\p{L}])|[,.;:(]/u);
    const body = cleanEnd(stop >= 0 ? rest.slice(0, stop) : rest);
    // the receivers joined by "và", each trimmed of what happened to it
    const items = body
      .split(/\s+và\s+/u)
      .map((s) => cleanEnd(s.replace(/\s(?:bị|do)\s.*$/u, '')))
      // (a receiver is people, not an amount: "ủng hộ ít nhất 1 ngày lương")
      .filter((s) => s.split(/\s+/).length >= 2 && !/^(?:\d|ít nhất|tối thiểu|khoảng|hơn)/u.test(s));
    if (!items.length || body.split(/\s+/).length > 25) continue;
    // "ủng hộ nông dân Cà Mau bị thiệt hại sản xuất do ngập úng và đồng bào miền Trung bị lũ lụt": the
    // second receiver follows the first one's hardship
    const more = rest
      .slice(body.length)
      .match(/^[^,.;]*?\s+và\s+(\p{Ll}+(?:\s+\p{L}+){1,6}?)(?=\s(?:bị|do)(?![\p{L}])|[,.;]|$)/u);
    if (more?.[1]) items.push(cleanEnd(more[1]));
    const key = `receivers ${items.map((s) => fold(s)).join('|')}`;
    out.push(
      read(v, 'person', [from, from + body.length], items.join(', '), 'span:receivers', key, 0.7, items),
    );
  }
  return out;
}

/** Items of an enumeration: split at commas, semicolons and "và", each trimmed. */
export function splitItems(text: string): string[] {
  return text
    .split(/\s*[;,]\s*|\s+và\s+/u)
    .map((s) => cleanEnd(s))
    .filter((s) => s.length > 1);
}

/**
 * "X gồm: A, B, C và D", "gồm các đơn vị: …": the members a sentence enumerates, as one answer, when
 * the items are names (each begins with a capital) and there are at least two.
 */
export function enumerations(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const text = v.sentence.text;
  for (const m of v.folded.matchAll(
    // "gồm:", "gồm các đơn vị:", "(gồm 6 tỉnh: …", "gồm các đồng chí:"
    /(?<![a-z])(gom|bao gom)(?: co)?(?: \d+)?(?: (?:cac|nhung))?(?: (?:don vi|tinh|thanh pho|huyen|xa|phuong|thanh vien|co quan|to chuc|dong chi|ong|ba|ca nhan|tap the))?\s*:?\s*/g,
  )) {
    const from = (m.index ?? 0) + m[0].length;
    const stop = text.slice(from).search(/[.;]\s|[.;]$|\.\s*$/u);
    const body = text.slice(from, stop >= 0 ? from + stop : text.length);
    const items = splitItems(body).filter((s) => /^\p{Lu}/u.test(s) || /^(?:ông|bà|anh|chị)\s/iu.test(s));
    const all = splitItems(body);
    // every item a name, at least two of them
    if (items.length < 2 || items.length < all.length * 0.75) continue;
    const key = items.map((s) => fold(s)).join('|');
    out.push(
      read(v, 'members', [from, from + body.length], items.join(', '), 'span:enumeration', key, 0.75, items),
    );
  }
  return out;
}

/**
 * Why: the reason a sentence gives after "do", "vì", "bởi", "theo nguyện vọng", "để", "nhằm", up to
 * the end of its clause ("… thôi giữ chức … do được điều động nhận nhiệm vụ khác").
 */
export function reasons(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const text = v.sentence.text;
  for (const m of v.folded.matchAll(
    /(?<![a-z])(?:do|vi|boi vi|boi|theo nguyen vong|theo de nghi|de|nham|ly do la|nguyen nhan la)\s+(?=[a-z])/g,
  )) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/[.;]|,\s+(?=\p{Lu})/u);
    const body = cleanEnd(stop >= 0 ? rest.slice(0, stop) : rest);
    if (body.split(/\s+/).length < 2) continue;
    out.push({
      type: 'reason',
      text: `${text.slice(m.index ?? 0, from).trim()} ${body}`,
      key: fold(body).slice(0, 80),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [m.index ?? 0, from + body.length],
      origin: 'span:reason',
      prior: 0.6,
    });
  }
  return out;
}
