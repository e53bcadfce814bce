/**
 * Question understanding: intent (who/which unit, how many, when, where, which members, what) and
 * slots (role, years, cluster, provinces and localities, title, what is counted) from Vietnamese with
 * or without diacritics, and English.
 */
import { clusterKey, findClusterMentions } from '../extract/cluster-mentions.ts';
import { findLocalities } from '../extract/mentions.ts';
import { unitAfter } from '../extract/quantities.ts';
import { NUMBER_WORDS, romanToNumber } from '../lexicon/numbers.ts';
import { ACTION_VERBS, SUBJECT_FILLERS } from '../lexicon/predicates.ts';
import { findProvinces } from '../lexicon/provinces.ts';
import {
  ASKED_LEVELS,
  ASKS_LEAST,
  ASKS_MOST,
  COUNTED_STOP,
  INTENT_PATTERNS,
  type Intent,
  NAMED_KINDS,
  PER_UNIT_FOLDED,
  QUESTION_STOPWORDS,
} from '../lexicon/question-patterns.ts';
import { REGION_NAMES } from '../lexicon/regions.ts';
import { ROLE_WORDS } from '../lexicon/roles.ts';
import { ORGANIZATION_WORDS, TITLE_HEADS } from '../lexicon/titles.ts';
import { KIND_CUES, type QuantityKind } from '../lexicon/units.ts';
import { findYearRanges, findYears } from '../text/dates.ts';
import { fold, hasDiacritics } from '../text/fold.ts';
import { normalizeText } from '../text/normalize.ts';
import { normalizedTerms } from '../text/tokenize.ts';
import { wordsInOrder } from '../text/words-in-order.ts';
import { answerTypeOf } from './answer-type.ts';
import { datesIn, eventsIn, namesIn } from './named-things.ts';
import type { ParsedQuestion, TitleSlot } from './question.ts';
import { isEnglish, translateEnglish } from './translate-english.ts';

export interface ParseOptions {
  /** Tells whether a folded locality name is named by some article (to spot out-of-scope places). */
  isKnownLocality?: (foldedName: string) => boolean;
  /** Cluster keys the store knows, to recognise a cluster named without "cụm" ("các tỉnh Nam sông Hậu"). */
  clusterKeys?: readonly string[];
  /** Tells whether some article writes this folded word (to spot what no article knows). */
  knowsWord?: (word: string) => boolean;
}

// ("địa phương" is a locality, "nông thôn (mới)" the countryside — not a village "thôn Mới" —, "xã
// hội" society, "cơ quan" an agency: no admin word)
const LOCALITY_ADMIN =
  /(?<![a-z])(huyen|xa(?! hoi(?![a-z]))|thi tran|thi xa|(?<!dia )phuong|(?<!co )quan|(?<!nong )thon|ap|xom|dac khu)\s+([a-z0-9']+(?: [a-z0-9']+){0,3})/g;
/** Function words that never stand second in a place's name ("xã X là …", "huyện X có …"). */
const NAME_BREAKERS = new Set(
  'la co duoc da dang se nao ai gi o tai cua va voi cho nam ngay thang trong tren den tu ve bao may nhung cac mot hai ba'.split(
    ' ',
  ),
);

/** Words too common in questions to make, on their own, a place name. */
const COMMON_WORDS = new Set([
  ...QUESTION_STOPWORDS,
  ...(
    'mat tran to quoc uy ban cum khoi thi dua hoi nghi nam tinh huyen xa thanh pho dai doan ket nha tien quy ' +
    'de nghi tang co xuat sac toan dien bang khen truong pho chu tich bi thu'
  ).split(' '),
]);

const LOCALITY_STOP = new Set([
  ...QUESTION_STOPWORDS,
  'nhiem',
  'ky',
  'nam',
  'ngay',
  'thang',
  'to',
  'chuc',
  'dien',
  'hop',
  'trao',
  'tang',
  'ban',
  'giao',
  'hoi',
  'nghi',
  'mat',
  'tran',
  'uy',
  'chu',
  'tich',
  'pho',
  'thuong',
  'truc',
  'huyen',
  'tinh',
  'xa',
  'cum',
  'khoi',
  'thi',
  'dua',
  'cu',
  'dai',
  'dien',
  'lanh',
  'dao',
  'ho',
  'ngheo',
  'nha',
  'tet',
  'qua',
  'suat',
  'moi',
  'tri',
  'gia',
  'thanh',
  'pho',
  'dang',
  'dat',
  'phat',
  'bieu',
  'chi',
  'dao',
  'ky',
  'ket',
  'giao',
  'uoc',
  'tham',
  'du',
  'bi',
  'thu',
]);

/** "mỗi" (each) as written with its diacritics; without them, see PER_UNIT_FOLDED. */
const PER_UNIT_MARKED = /(?<![\p{L}])mỗi(?![\p{L}])/iu;

/** The intent a question word asks; undefined when the question has none. */
function detectIntent(folded: string): Intent | undefined {
  // "Việt Nam nào" is not "năm nào" (which year), though both fold to "nam nao"
  const f = folded.replace(/(?<![a-z])viet nam(?![a-z])/g, 'vietnam');
  for (const { intent, re } of INTENT_PATTERNS) if (re.test(f)) return intent;
  return undefined;
}

/** "đợt 2", "lần thứ ba", "lần 3", "khóa VI": which one of a series the question is about. */
export function identifiersIn(folded: string): Array<{ word: string; n: number }> {
  const out: Array<{ word: string; n: number }> = [];
  // "nhiệm kỳ 2019-2024" / "khóa 2024 - 2029": a term, known by the year it starts
  for (const m of folded.matchAll(/(?<![a-z])nhiem ky (\d{4}) (\d{4})(?!\d)/g))
    out.push({ word: 'nhiem ky', n: Number(m[1]) });
  for (const m of folded.matchAll(
    /(?<![a-z])(dot|lan thu|lan|khoa|ky hop thu|ky hop)\s+([0-9]+|[a-z]+)(?![a-z0-9])/g,
  )) {
    const raw = m[2] as string;
    const n = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? romanToNumber(raw));
    if (n === undefined) continue;
    out.push({ word: (m[1] as string).replace(/ thu$/, ''), n });
  }
  return out;
}

const ROLE_RES = ROLE_WORDS.map(([w, role]) => [new RegExp(`(?<![a-z])${w}(?![a-z])`), role] as const);

function detectRole(f: string): ParsedQuestion['role'] {
  for (const [re, role] of ROLE_RES) if (re.test(f)) return role;
  // in a question, the unit that "hosts" (đăng cai) a cluster is its leader
  if (/(?<![a-z])dang cai(?![a-z])/.test(f) && /(?<![a-z])(cum|khoi)(?![a-z])/.test(f)) return 'leader';
  return undefined;
}

/** Word pairs that end a title's organization: what the person did, or the event. */
const TITLE_END_PAIRS = new Set([
  'chu tri',
  'hoi nghi',
  'phat bieu',
  'tham du',
  'cung du',
  'chi dao',
  'to chuc',
]);

/** An admin word ends a title's organization: the locality's name follows it. */
const ADMIN_STOP = new Set(['tinh', 'huyen', 'xa', 'thanh', 'quan', 'phuong', 'thi']);

/** Titles of central office whatever follows them. */
const CENTRAL_HEADS = /^(chu tich nuoc|thu tuong|pho thu tuong|tong bi thu|chu tich quoc hoi)\b/;

const titleHeads = [...TITLE_HEADS]
  .sort((a, b) => b.length - a.length)
  .map((h) => ({ head: h, parts: h.split(' ') }));

function detectTitle(
  f: string,
  provinceWords: Set<string>,
  places: readonly string[],
): TitleSlot | undefined {
  // "ai dẫn đoàn / dẫn đầu đoàn …" asks for the head of the delegation
  const words = f.replace(/(?<![a-z])(dan dau doan|dan doan|dan dau)(?![a-z])/g, 'truong doan').split(' ');

  for (let i = 0; i < words.length; i++) {
    const head = titleHeads.find(
      (h) => h.parts[0] === words[i] && h.parts.every((p, k) => words[i + k] === p),
    )?.head;
    if (!head) continue;
    // a cluster's or bloc's role is asked as a role, not as a person's title
    if (/^(cum|truong cum|pho cum|khoi|truong khoi|pho khoi)/.test(head)) continue;
    // "bằng khen (của) Thủ tướng": the office that gives an award, not a person asked about
    if (
      /(?:bang khen|giay khen|co thi dua|huan chuong|khen thuong)(?: cua)?$/.test(
        words.slice(Math.max(0, i - 3), i).join(' '),
      )
    )
      continue;
    const after: string[] = [];
    for (let j = i + head.split(' ').length; j < words.length; j++) {
      const w = words[j] as string;
      if (!ORGANIZATION_WORDS.has(w) || provinceWords.has(w)) break;
      if (ADMIN_STOP.has(w) && words[j + 1] !== 'uy') break; // "Tỉnh ủy" is a body, "tỉnh X" a place
      if (TITLE_END_PAIRS.has(`${w} ${words[j + 1] ?? ''}`)) break;
      after.push(w);
    }
    const before: string[] = [];
    for (let j = i - 1; j >= 0 && before.length < 6; j--) {
      const w = words[j] as string;
      if (!ORGANIZATION_WORDS.has(w) || provinceWords.has(w) || w === 'la' || w === 'nao') break;
      before.unshift(w);
    }
    // "Ủy ban Trung ương Phó Chủ tịch" (English order) keeps the body written before the head
    const org = [...(after.length ? after : before)].filter(
      (w) => !['viet', 'nam', 'tinh', 'huyen', 'xa', 'thanh', 'pho', 'cua', 'vien'].includes(w),
    );
    const central =
      /trung uong/.test([...before, ...after].join(' ')) || CENTRAL_HEADS.test(`${head} ${after.join(' ')}`);
    // "… tỉnh Quảng Ninh", "… huyện Đông Anh", "… Hà Nội": the place the title belongs to
    const rest = words.slice(i + head.split(' ').length + after.length).join(' ');
    // only a place the question really names (a province, or a locality some article knows)
    const afterAdmin = rest.replace(
      /^(?:(?:tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran|cua)\s+)*/,
      '',
    );
    const place = places.find((p) => afterAdmin === p || afterAdmin.startsWith(`${p} `));
    // "… Ủy ban MTTQ tỉnh đã trao quà tại xã X": a bare admin word leaves the title's place to the article
    const bareAdmin = !place && afterAdmin !== rest;
    // English order, "Vice Chairman of the Gia Lai provincial Front Committee": the body after the place
    if (!org.length && place) {
      const body: string[] = [];
      for (const w of afterAdmin.slice(place.length).trim().split(' ')) {
        if (!w || !ORGANIZATION_WORDS.has(w) || body.length >= 6) break;
        if (!['tinh', 'huyen', 'xa', 'thanh', 'pho', 'viet', 'nam', 'cua', 'vien'].includes(w)) body.push(w);
      }
      org.push(...body);
    }
    return { head, org, central, place, bareAdmin };
  }
  return undefined;
}

function countedPhrase(f: string): string | undefined {
  const m = f.match(/(?:bao nhieu|(?<![a-z])may)\s+(.*)$/);
  if (!m?.[1]) {
    // "Số cuộc giám sát … là bao nhiêu?": what is counted comes after "số" / "tổng số"
    const before = f.match(
      /(?<![a-z])(?:tong so|so luong|so)\s+((?:[a-z0-9]+ ?){1,6}?)\s*(?:cua|la|duoc|da|o|tai|trong|ma)(?![a-z])/,
    );
    // "tổng trị giá số quà …": the value of what is counted, in money
    if (before && /(?<![a-z])(tri gia|kinh phi|so tien|gia tri)\s+(?:cua\s+)?(?:tong\s+)?so(?![a-z])/.test(f))
      return 'tri gia';
    return before?.[1]?.trim() || undefined;
  }

  const out: string[] = [];
  for (const w of m[1].split(' ')) {
    if (!w || COUNTED_STOP.has(w) || /^\d{4}$/.test(w) || w === 'bao' || w === 'nhieu') break;
    if (['dot', 'lan', 'khoa'].includes(w)) break;
    // "bao nhiêu mỗi hộ": what follows "mỗi" is the unit it is per, not what is counted
    if (w === 'moi' && out.length === 0) break;
    out.push(w);
    if (out.length >= 7) break;
  }
  return out.length ? out.join(' ') : undefined;
}

/** Kind cues, longest first, each with its word-bounded pattern. */
const CUES = Object.keys(KIND_CUES)
  .sort((a, b) => b.length - a.length)
  .map((c) => ({ cue: c, re: new RegExp(`(?<![a-z])${c}(?![a-z])`) }));

function quantityKind(f: string, counted?: string): QuantityKind | undefined {
  const cues = CUES.map((c) => c.cue);
  const cued = (text: string) => CUES.find((c) => c.re.test(text))?.cue;
  if (counted) {
    const u = unitAfter(counted);
    if (u.key) return u.kind;
    // "bao nhiêu tiền khắc phục", "bao nhiêu kinh phí": the kind the counted phrase opens with
    const head = cues.find((c) => counted === c || counted.startsWith(`${c} `));
    if (head) return KIND_CUES[head];
    // "mấy ngày lương", "bao nhiêu điểm": a noun no unit table knows is counted as itself
    return undefined;
  }
  const cue = cued(f);
  return cue ? KIND_CUES[cue] : undefined;
}

/** Localities a question names: from capitalization when it has diacritics, else from admin words. */
function localitiesOf(
  vi: string,
  f: string,
  opts: ParseOptions,
): Pick<ParsedQuestion, 'localities' | 'unknownNames'> {
  if (hasDiacritics(vi)) {
    const localities: ParsedQuestion['localities'] = [];
    const unknown: string[] = [];
    for (const l of findLocalities(vi)) {
      if (l.level === 'province') continue;
      const name = fold(l.name);
      if (opts.isKnownLocality?.(name)) localities.push({ admin: l.admin ?? '', name });
      else if (opts.isKnownLocality) unknown.push(fold(l.surface));
    }
    // a capitalized place named without its admin word ("… của Vạn Ninh"), when some article knows it;
    // also first in the question: a question capitalizes its first word only, so a run of capitals
    // that goes on past it is a name ("Năm Căn vận động …")
    for (const m of vi.matchAll(/(?<=^|\s)(\p{Lu}[\p{Ll}’']*(?:\s\p{Lu}[\p{Ll}’']*){1,2})/gu)) {
      const name = fold(m[1] ?? '');
      if (
        !localities.some((l) => l.name === name) &&
        !findProvinces(m[1] ?? '').length &&
        opts.isKnownLocality?.(name)
      )
        localities.push({ admin: '', name });
    }
    return { localities, unknownNames: unknown };
  }
  const localities: ParsedQuestion['localities'] = [];
  const unknown: string[] = [];
  for (const m of f.matchAll(LOCALITY_ADMIN)) {
    // "cấp xã" is a level; "bao nhiêu xã", "các xã", "3 xã" count communes: no place is named
    const before = f.slice(0, m.index ?? 0);
    if (
      /(?<![a-z])(?:cap|bao nhieu|may|cac|nhung|moi|tung)\s*$/.test(before) ||
      /(?<!so )(?<![a-z0-9])\d+\s*$/.test(before)
    )
      continue;

    const admin = m[1] as string;
    const all = (m[2] ?? '').split(' ').filter(Boolean);
    // a known name may contain any syllable ("Lục Yên"): try the longest known prefix first
    let found: string | undefined;
    for (let n = Math.min(4, all.length); n >= 1 && !found; n--) {
      const name = all.slice(0, n).join(' ');
      if (!/^\d/.test(name) && opts.isKnownLocality?.(name)) found = name;
    }
    if (found) {
      localities.push({ admin, name: found });
      continue;
    }
    // an unknown place: its name ends at the first word that cannot be part of it
    const words: string[] = [];
    for (const w of all) {
      // the word right after an admin word is always a name ("huyện Cư Jút"), and so is the one after
      // it unless it is a function word ("đặc khu Bạch Long Vĩ", "xã Vĩnh Long"): stop words end it later
      const stop = words.length === 1 ? NAME_BREAKERS.has(w) : words.length > 1 && LOCALITY_STOP.has(w);
      if (stop || /^\d/.test(w) || ['nao', 'ai', 'gi'].includes(w)) break;
      words.push(w);
    }
    if (words.length >= 2 && opts.isKnownLocality) unknown.push(`${admin} ${words.join(' ')}`);
  }
  // a place some article knows, named without its admin word ("phan bo cho dong hy")
  const all = f.split(' ');
  for (let i = 0; i < all.length; i++) {
    for (const n of [3, 2]) {
      const words = all.slice(i, i + n);
      // "mặt trận đề nghị" is no "Trần Đề": every word of a bare name must be uncommon in questions
      if (words.length < n || words.some((w) => COMMON_WORDS.has(w))) continue;

      const name = words.join(' ');
      if (localities.some((l) => l.name.includes(name) || name.includes(l.name))) continue;
      if (opts.isKnownLocality?.(name) && !findProvinces(name, { caseSensitive: false }).length) {
        localities.push({ admin: '', name });
        i += n - 1;
        break;
      }
    }
  }
  return { localities, unknownNames: unknown };
}

/** "tên gì", "tên là gì": a name is asked. */
const NAME_ASKED = /(?<![a-z])ten (la )?gi(?![a-z])/;
/**
 * Things a name is asked of, other than a person ("phong trào tên là gì"): the named kinds, and the
 * bodies, meetings and works a question may name beside an office.
 */
const NAMED_THINGS = new RegExp(
  `(?<![a-z])(${[...NAMED_KINDS, 'van ban', 'hoi nghi', 'cong trinh', 'to chuc', 'doanh nghiep', 'cong ty'].join('|')})(?![a-z])`,
);

const ACTION = new RegExp(`(?<![a-z])(?:${ACTION_VERBS.join('|')})(?![a-z])`);
const FILLERS = new RegExp(`(?<![a-z])(?:${SUBJECT_FILLERS.join('|')}|\\d+)(?![a-z])`, 'g');
/** "ở Krông Pắc có …": a place after "ở"/"tại", up to a word that goes on with the question. */
const LOCATIVE =
  /(?<![a-z])(?:o|tai) ([a-z]+(?: [a-z]+){0,2}?)(?= (?:co|la|duoc|da|bao|may|nao|ai|gi|thi|va|nam|ngay|dip)(?![a-z])|$)/g;

/**
 * Who a question typed in lower case says did something, or where, when no article knows them: the
 * words before its action verb ("buon don ban giao …", "agribank krong pac tai tro …") and the place
 * after "ở"/"tại" ("… ban giao o krong pac co dien tich …"), less the provinces, localities, bodies
 * and times already read. A question with capitals shows its names by them, and they are checked
 * against the answer as names (named-things.ts); without capitals a name shows only by being unknown:
 * a short run of words (a name has one to three syllables) holding a word no article contains. Such a
 * question is about something the archive does not hold.
 */
function unknownSubjects(
  raw: string,
  folded: string,
  known: readonly string[],
  opts: ParseOptions,
): string[] {
  const knows = opts.knowsWord;
  if (!knows || /\p{Lu}/u.test(raw.trim().slice(1))) return [];
  const phrases: string[] = [];
  const verb = ACTION.exec(folded);
  if (verb && verb.index > 0) phrases.push(folded.slice(0, verb.index));
  for (const m of folded.matchAll(LOCATIVE)) phrases.push(m[1] as string);
  const out: string[] = [];
  for (const phrase of phrases) {
    let rest = ` ${phrase} `;
    for (const k of known) rest = rest.replace(new RegExp(`(?<![a-z])${k}(?![a-z])`, 'g'), ' | ');
    rest = rest.replace(FILLERS, ' | ');
    for (const run of rest.split('|')) {
      const words = run.split(' ').filter((w) => w && !QUESTION_STOPWORDS.has(w));
      if (words.length && words.length <= 3 && !words.every(knows)) out.push(words.join(' '));
    }
  }
  return [...new Set(out)];
}

/** A cluster the store knows, named without "cụm": the words of its key, in order (see `wordsInOrder`). */
function knownClusterIn(folded: string, keys: readonly string[] | undefined): string | undefined {
  const words = folded.split(' ');
  let best: string | undefined;
  for (const key of keys ?? []) {
    const kw = key.split(' ');
    if (kw.length < 2 || kw[0] === 'so' || !wordsInOrder(words, kw)) continue;
    if (!best || kw.length > best.split(' ').length) best = key;
  }
  return best;
}

/** Splits "… bao nhiêu và … bao nhiêu?" into parts that each ask one thing. */
function splitParts(f: string): string[] {
  const asks =
    /bao nhieu|(?<![a-z])ai(?![a-z])|ngay nao|khi nao|o dau|(?<![a-z])gi(?![a-z])|(?<![a-z])nao(?![a-z])/g;
  const asked = (f.match(asks) ?? []).length + (f.match(/(?<![a-z])may(?= [a-z])/g) ?? []).length;
  if (asked < 2) return [f];
  const pieces = f.split(/\s+va\s+|\s*,\s*/);
  const parts: string[] = [];
  let acc = '';
  for (const p of pieces) {
    acc = acc ? `${acc} va ${p}` : p;
    if ((acc.match(asks) ?? []).length >= 1 && asks.test(p)) {
      parts.push(acc);
      acc = '';
    }
    asks.lastIndex = 0;
  }
  if (acc && parts.length) parts[parts.length - 1] += ` ${acc}`;
  if (parts.length >= 2) return parts;
  // "có mấy chương, mấy điều" written without a comma: "… có mấy chương mấy điều" asks twice
  const counts = [...f.matchAll(/(?<![a-z])(?:bao nhieu|may)(?= [a-z])/g)];
  if (counts.length === 2) {
    const [first, second] = counts as [RegExpMatchArray, RegExpMatchArray];
    const context = f.slice(0, first.index ?? 0);
    return [f.slice(0, second.index ?? 0).trim(), `${context}${f.slice(second.index ?? 0)}`.trim()];
  }
  return [f];
}

export function parseQuestion(raw: string, opts: ParseOptions = {}): ParsedQuestion {
  const text = normalizeText(raw).trim();
  const lang = isEnglish(text) ? 'en' : 'vi';
  const vi = lang === 'en' ? translateEnglish(text) : text;
  const folded = normalizedTerms(vi).join(' ');
  return parseFolded(raw, lang, vi, folded, opts, true);
}

function parseFolded(
  raw: string,
  lang: 'vi' | 'en',
  vi: string,
  folded: string,
  opts: ParseOptions,
  split: boolean,
): ParsedQuestion {
  const provinces = [...new Set(findProvinces(vi, { caseSensitive: false }).map((p) => p.province.name))];
  const provinceWords = new Set(provinces.flatMap((p) => fold(p).split(' ')));
  let withoutProvinces = folded;
  for (const p of provinces)
    withoutProvinces = withoutProvinces.replace(new RegExp(`(tinh |thanh pho )?${fold(p)}`, 'g'), ' ');
  const places = localitiesOf(vi, folded, opts);
  // (an English question is read through a glossary: its words are not the archive's)
  if (lang === 'vi')
    places.unknownNames.push(
      ...unknownSubjects(
        raw,
        folded,
        [...provinces.map((p) => fold(p)), ...places.localities.map((l) => l.name)],
        opts,
      ),
    );
  for (const l of places.localities)
    withoutProvinces = withoutProvinces.replace(new RegExp(`(?<![a-z])${l.name}(?![a-z])`, 'g'), ' ');
  // (folded, a cluster is known by its words; written with capitals, also by the region it is named
  // after: "Cụm thi đua MTTQ các tỉnh Bắc Trung Bộ")
  const cluster =
    findClusterMentions(withoutProvinces.replace(/\s+/g, ' ')).find((c) => c.key) ??
    (hasDiacritics(vi)
      ? findClusterMentions(vi).find((c) => c.key && REGION_NAMES.includes(c.key))
      : undefined);
  const years = [...new Set(findYears(folded))];
  for (const [a, b] of findYearRanges(vi)) for (let y = a; y <= b; y++) if (!years.includes(y)) years.push(y);
  const title = detectTitle(folded, provinceWords, [
    ...provinces.map((p) => fold(p)),
    ...places.localities.map((l) => l.name),
  ]);
  const role = detectRole(folded);
  // a title or role typed with no question word ("chủ tịch MTTQ huyện X khóa VII", "cụm trưởng
  // 2024") asks who holds it, as a search box does
  const intent = detectIntent(folded) ?? (title || role ? 'who' : 'what');
  const askedLevel = ASKED_LEVELS.find(([re]) => re.test(folded))?.[1];
  const counted = intent === 'how_many' ? countedPhrase(folded) : undefined;
  const keywords = folded.split(' ').filter((w) => w && !QUESTION_STOPWORDS.has(w) && !/^\d{4}$/.test(w));
  const q: ParsedQuestion = {
    raw,
    lang,
    folded,
    intent,
    askedLevel,
    role,
    years,
    provinces,
    ...places,
    clusterKey: cluster?.key || knownClusterIn(folded, opts.clusterKeys),
    title,

    counted,
    quantityKind: intent === 'how_many' ? quantityKind(folded, counted) : undefined,
    // a part of a compound question is read on its own words ("… bao nhiêu suất quà và mỗi suất …")
    perUnit: split && hasDiacritics(vi) ? PER_UNIT_MARKED.test(vi) : PER_UNIT_FOLDED.test(folded),
    identifiers: identifiersIn(folded),
    keywords,
    parts: [],
    ...answerTypeOf(folded, intent, askedLevel, role),
    dates: datesIn(vi),
    names: lang === 'vi' ? namesIn(vi) : namesIn(vi, raw),
    events: eventsIn(folded),
    superlative: ASKS_MOST.test(folded) ? 'most' : ASKS_LEAST.test(folded) ? 'least' : undefined,
  };
  // "Chủ tịch … tỉnh Phú Thọ, cụm trưởng … năm 2023, là ai?": a person's title and a role ask for the person
  if (q.expected === 'unit' && q.role && q.title && q.askedLevel === 'person') q.expected = 'person';
  // "Bí thư Tỉnh ủy Bạc Liêu tên (là) gì": the name of an office's holder is a person's, when the
  // question names no other kind of thing a name is asked of ("phong trào", "mô hình" …)
  if (q.expected === 'name' && q.title && NAME_ASKED.test(folded) && !NAMED_THINGS.test(folded))
    q.expected = 'person';
  if (split) {
    // the parts are cut where the question has commas or "và" (commas are gone from the folded text)
    const marked = vi
      .split(/[,;]/)
      .map((c) => normalizedTerms(c).join(' '))
      .filter(Boolean)
      .join(' , ');
    const parts = splitParts(marked).map((p) => p.replace(/\s*,\s*/g, ' ').trim());

    if (parts.length > 1) {
      const parsed = parts.map((p) => parseFolded(raw, lang, vi, p, opts, false));
      const firstPerUnit = PER_UNIT_FOLDED.test(parts[0] ?? '') || (parsed[0]?.perUnit ?? false);
      q.parts = parsed.map((part, i) => {
        const p = parts[i] ?? '';
        // "mỗi suất quà gồm … và túi quà trị giá …": the later parts share the first one's "mỗi"
        const perUnit =
          i === 0 ? firstPerUnit : PER_UNIT_FOLDED.test(p) || (firstPerUnit && !/(?<![a-z])tong/.test(p));
        // a part inherits the scope the whole question sets
        return {
          ...part,
          years: part.years.length ? part.years : q.years,
          provinces: part.provinces.length ? part.provinces : q.provinces,
          localities: part.localities.length ? part.localities : q.localities,
          clusterKey: part.clusterKey ?? q.clusterKey,
          keywords: [...new Set([...part.keywords, ...q.keywords])],
          focus: part.keywords,
          perUnit,
        };
      });
    }
  }
  return q;
}

export { clusterKey };
