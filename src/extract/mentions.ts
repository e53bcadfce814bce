/**
 * Mentions inside one sentence that several extractors share: localities ("tỉnh Điện Biên",
 * "huyện Kon Rẫy", "TP Hạ Long") and people with their titles
 * ("Hoàng Công Thủy - Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
 * "Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng").
 */
import { SCALE_WORDS } from '../lexicon/numbers.ts';
import { findProvinces, provinceByName } from '../lexicon/provinces.ts';
import { REGION_HEADS, REGION_NAMES } from '../lexicon/regions.ts';
import { SURNAMES, WEAK_SURNAMES } from '../lexicon/surnames.ts';
import { ADMIN_LEVEL, ADMIN_WORDS, type AdminLevel, CENTRAL_WORDS, TITLE_HEADS } from '../lexicon/titles.ts';
import { UNITS } from '../lexicon/units.ts';
import { fold } from '../text/fold.ts';
import { normalizedTerms, type SyllableToken, syllables } from '../text/tokenize.ts';

const isCapitalized = (s: string) => /^[\p{Lu}]/u.test(s);
const isAllCaps = (s: string) => s.length > 1 && s === s.toUpperCase() && /\p{L}/u.test(s);

/** Folded, abbreviation-expanded form of a phrase, words joined by single spaces. */
export function foldPhrase(text: string): string {
  return normalizedTerms(text).join(' ');
}

export interface LocalityMention {
  start: number;
  end: number;
  /** As written, with its admin word: "huyện Kon Rẫy", "Điện Biên". */
  surface: string;
  /** The name without the admin word: "Kon Rẫy". */
  name: string;
  /** Folded admin word ("huyen"), absent for a bare province name. */
  admin?: string;
  level: AdminLevel;
  /** Gazetteer name when the locality is a province. */
  province?: string;
}

/** First words of units and scale words: a number before them is a figure, not part of a name. */
const UNIT_HEADS = new Set([
  ...Object.keys(UNITS).map((k) => k.split(' ')[0] as string),
  ...Object.keys(SCALE_WORDS).map((k) => k.split(' ')[0] as string),
]);

/**
 * Middle names that tell a person's name from a place's ("Lữ Văn Hùng" vs "Bạch Long Vĩ"), with the
 * second syllables of the royal clan's family names ("Tôn Nữ Hương Giang", "Tôn Thất Hùng").
 */
const MIDDLE_NAMES = new Set([
  'văn',
  'thị',
  'nữ',
  'thất',
  'hữu',
  'đức',
  'ngọc',
  'minh',
  'thanh',
  'quang',
  'xuân',
  'thu',
  'hồng',
  'kim',
  'công',
  'đình',
  'tiến',
  'trọng',
  'thế',
  'bá',
  'duy',
  'mạnh',
  'quốc',
  'tấn',
  'hoài',
  'phương',
]);

/** Tokens joined by a single space or an apostrophe form one capitalized run. */

function joinable(text: string, a: SyllableToken, b: SyllableToken): boolean {
  const gap = text.slice(a.end, b.start);
  return /^(?: {1,2}|[’'])$/.test(gap);
}

/** Capitalized tokens following position i (inclusive), joined without punctuation. */
function capitalRun(text: string, toks: SyllableToken[], i: number, max: number): number {
  let j = i;
  while (
    j < toks.length &&
    j - i < max &&
    isCapitalized(toks[j]?.surface ?? '') &&
    !isAllCaps(toks[j]?.surface ?? '') &&
    (j === i || joinable(text, toks[j - 1] as SyllableToken, toks[j] as SyllableToken))
  )
    j++;
  return j;
}

const adminWords = ADMIN_WORDS.map((w) => w.split(' '));
const ORG_AFTER_ADMIN = new Set(['uy']); // "Tỉnh ủy", "Huyện ủy": party committees, not places

function matchAdmin(toks: SyllableToken[], i: number): string[] | undefined {
  for (const w of adminWords) {
    if (w.every((part, k) => toks[i + k]?.term === part)) return w;
  }
  return undefined;
}

/**
 * Place names whose first syllable folds like a region head but is another word: "Vũng Tàu", "Vũng
 * Liêm" (vũng, a bay) are not "vùng" (a region).
 */
const PLACE_HEADS = new Set(['vũng']);

function isRegion(folded: string, name: string): boolean {
  if (REGION_NAMES.some((r) => folded === r || folded.startsWith(`${r} `))) return true;
  const first = folded.split(' ')[0] ?? '';
  return (
    REGION_HEADS.has(first) && !PLACE_HEADS.has(name.split(/\s+/)[0]?.normalize('NFC').toLowerCase() ?? '')
  );
}

/** Where the run of capitalized words that reaches `at` begins. */
function capitalizedRunStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    const before = text.slice(0, start).match(/(\p{Lu}[\p{L}’']*)\s$/u);
    if (!before) return start;
    start -= before[0].length;
  }
}

/**
 * Localities of a sentence: admin word + capitalized name, and bare province names. `toks` are the
 * text's syllables when the caller already has them.
 */
export function findLocalities(text: string, toks: SyllableToken[] = syllables(text)): LocalityMention[] {
  const out: LocalityMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const admin = matchAdmin(toks, i);
    if (!admin) continue;
    const first = i + admin.length;
    const next = toks[first];
    if (!next || ORG_AFTER_ADMIN.has(next.term)) continue;
    if (!joinable(text, toks[first - 1] as SyllableToken, next)) continue;
    // "TP." as written: a dot may sit between TP and the name
    let end = capitalRun(text, toks, first, 4);
    if (end === first) continue;
    // a number closes some names: "phường Bảo Lộc 1", "ấp Nhơn Lộc 1"
    const numbered = toks[end];
    // — but "huyện Lục Yên 12 tỷ đồng" is a place and a figure
    const after = toks[end + 1];
    const unitNext =
      after && numbered && text.slice(numbered.end, after.start) === ' ' && UNIT_HEADS.has(after.term);

    if (
      numbered &&
      /^\d{1,2}$/.test(numbered.surface) &&
      text.slice(toks[end - 1]?.end, numbered.start) === ' ' &&
      !unitNext
    )
      end++;
    const nameStart = (toks[first] as SyllableToken).start;
    const nameEnd = (toks[end - 1] as SyllableToken).end;

    const name = text.slice(nameStart, nameEnd);
    const folded = fold(name);
    if (isRegion(folded, name)) continue;
    const adminKey = admin.join(' ');
    const province = provinceByName(name);
    if (adminKey === 'tinh' && !province) continue;
    const lower = name.normalize('NFC').toLowerCase().split(/\s+/);
    // "tỉnh Lữ Văn Hùng" is a person written after a bare admin word; "đặc khu Bạch Long Vĩ" is a place
    if (!province && lower.length >= 3 && SURNAMES.has(lower[0] ?? '') && MIDDLE_NAMES.has(lower[1] ?? ''))
      continue;
    const level: AdminLevel =
      adminKey === 'tinh' ||
      (province && (adminKey === 'thanh pho' || adminKey === 'tp') && province.kind === 'thành phố')
        ? 'province'
        : (ADMIN_LEVEL[adminKey] ?? 'district');
    out.push({
      start: (toks[i] as SyllableToken).start,
      end: nameEnd,
      surface: text.slice((toks[i] as SyllableToken).start, nameEnd),
      name,
      admin: adminKey,
      level,
      province: level === 'province' ? province?.name : undefined,
    });
    i = end - 1;
  }
  for (const p of findProvinces(text)) {
    if (out.some((l) => p.start < l.end && p.end > l.start)) continue;
    // the end of a person's name ("Từ Thành Huế") is no province
    const runStart = capitalizedRunStart(text, p.start);
    if (runStart < p.start) {
      const first = text.slice(runStart).split(/\s+/)[0]?.normalize('NFC').toLowerCase() ?? '';
      if (SURNAMES.has(first) && !WEAK_SURNAMES.has(first)) continue;
    }
    out.push({
      start: p.start,
      end: p.end,
      surface: p.surface,
      name: p.surface,
      level: 'province',
      province: p.province.name,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Short display of a locality: province names alone, lower levels with their admin word. */
export function localityLabel(l: LocalityMention): string {
  if (l.level === 'province') return l.province ?? l.name;
  return l.surface.replace(/^TP\.?\s*/u, 'thành phố ');
}

// ---------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------

export interface TitleMention {
  text: string;
  folded: string;
  locality?: string;
  central: boolean;
  status?: 'former' | 'new';
}

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  titles: TitleMention[];
}

/** Capitalized word pairs that continue an organization's name, never a person's. */
const ORG_COMPOUNDS = new Set([
  'dai bieu',
  'trung uong',
  'chu tich',
  'quoc hoi',
  'hoi nghi',
  'tinh uy',
  'huyen uy',
  'thanh uy',
  'dang uy',
  'uy ban',
  'mat tran',
  'thi dua',
  'nhan dan',
  'hoi dong',
  'bi thu',
  'cong tac',
  'thuong truc',
  'thuong vu',
  'dan van',
  'to quoc',
  'viet nam',
]);

const HONORIFICS = new Set(['ong', 'ba', 'dong chi', 'anh', 'chi', 'dc']);

const titleHeadWords = [...TITLE_HEADS].sort((a, b) => b.length - a.length);

/** True when a folded segment begins with a position title ("phó chủ tịch …", "nguyên bí thư …"). */
export function startsWithTitle(folded: string): boolean {
  const f = folded.replace(/^(nguyen|tan|dong chi|ong|ba)\s+/, '');
  return (
    titleHeadWords.some((h) => f === h || f.startsWith(`${h} `)) ||
    /^(tinh|huyen|thanh|dang) uy vien\b/.test(f) ||
    /^uv(tv|btv)?\b/.test(f)
  );
}

function titleStatus(folded: string): 'former' | 'new' | undefined {
  if (folded.startsWith('nguyen ')) return 'former';
  if (folded.startsWith('tan ')) return 'new';
  return undefined;
}

/** Finds the person name inside a capitalized run; returns [startTok, endTok) or undefined. */
function nameInRun(
  text: string,
  toks: SyllableToken[],
  from: number,
  to: number,
  honorific: boolean,
): [number, number] | undefined {
  for (let i = from; i < to - 1; i++) {
    const len = to - i;
    if (len < 2 || len > 5) continue;
    const head = (toks[i]?.surface ?? '').normalize('NFC').toLowerCase();
    // with an honorific or a title right after, an ethnic-minority name may begin with any syllable
    if (!SURNAMES.has(head) && !(honorific && i === from)) continue;
    // a family name that also begins other names ("Tôn", "Mai", "Kim") is one when a middle name
    // follows it ("Tôn Nữ Hương Giang", "Mai Văn Hùng")
    const second = (toks[i + 1]?.surface ?? '').normalize('NFC').toLowerCase();
    if (WEAK_SURNAMES.has(head) && !(honorific && i === from) && !(len >= 3 && MIDDLE_NAMES.has(second)))
      continue;
    const name = text.slice((toks[i] as SyllableToken).start, (toks[to - 1] as SyllableToken).end);
    const folded = fold(name);
    if (provinceByName(name) || findProvinces(name).some((p) => p.start === 0 && p.end === name.length))
      continue;
    if (ORG_COMPOUNDS.has(folded.split(' ').slice(0, 2).join(' '))) continue;
    return [i, to];
  }
  return undefined;
}

/** Splits a title list "Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh" into titles. */
function splitTitles(raw: string): string[] {
  const parts = raw.split(/\s*[,;]\s*|\s+[-–]\s*|\s*[-–]\s+|(?<=\p{Ll})-(?=\s*\p{Lu})/u).map((p) => p.trim());
  const out: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    const f = fold(p);
    if (startsWithTitle(f) || /^(truong|pho|uy vien|chu tich|bi thu|giu chuc)/.test(f)) out.push(p);
    else if (out.length && /^(tinh|huyen|thanh pho|tp|thi xa|xa|phuong|thi tran|quan)\s/.test(f))
      out[out.length - 1] += `, ${p}`;
    else if (/^(cum truong|cum pho|truong cum|khoi truong|khoi pho|truong khoi)/.test(f)) out.push(p);
    else break;
  }
  return out;
}

/** Verbs that end a title written after a name: "…, Phó Chủ tịch … dự và phát biểu". */
const TITLE_END =
  /\s+(?:dự|phát biểu|chủ trì|cùng|đã|đang|tham dự|trao|chúc mừng|cho biết|nhấn mạnh|đề nghị|thông tin|khai mạc|ra mắt|tặng|gửi|kết luận|chứng kiến|làm việc|thăm|đánh giá|hứa|báo cáo|chỉ đạo|điều hành|tổ chức|được|là|khẳng định|yêu cầu|cho rằng|về|tới|đến|vừa|sẽ|cũng|trình bày|quán triệt|giới thiệu|biểu dương|ghi nhận|mong muốn|làm|dẫn đầu|giữ chức)(?=[\s,.;:]|$).*$/u;

function toTitle(raw: string, localities: LocalityMention[], at: number): TitleMention {
  const text = raw.replace(TITLE_END, '').trim();
  const folded = foldPhrase(text);
  const clusterTitle = /^(cum|truong cum|pho cum|khoi)\b/.test(folded);
  const central = CENTRAL_WORDS.some((w) => folded.includes(w)) || /^chu tich nuoc\b/.test(folded);
  let locality: string | undefined;
  const inside = findLocalities(text);
  const named = inside.filter((l) => l.level !== 'village');
  if (named.length) locality = localityLabel(named[named.length - 1] as LocalityMention);
  else if (
    !central &&
    !clusterTitle &&
    /\b(tinh|huyen|xa|thanh pho|quan|phuong|thi xa|thi tran)\b/.test(folded)
  ) {
    // a bare admin word ("Chủ tịch HĐND tỉnh"): the nearest locality of that level written before it
    const level = /\btinh\b/.test(folded)
      ? 'province'
      : /\b(huyen|quan|thi xa)\b/.test(folded)
        ? 'district'
        : undefined;
    const before = localities.filter((l) => l.start < at && (!level || l.level === level));
    const l = before[before.length - 1];
    if (l) locality = localityLabel(l);
  }
  return { text, folded, locality, central, status: titleStatus(folded) };
}

/** What `findPersons` reads off a sentence, when the caller has it already. */
export interface AnalysedText {
  syllables: SyllableToken[];
  localities: LocalityMention[];
}

/**
 * People named in a sentence, with the titles written right after ("Name - title; …",
 * "Name, title, title") or right before ("title Name", "title, title - Name").
 */
export function findPersons(text: string, analysed?: AnalysedText): PersonMention[] {
  const toks = analysed?.syllables ?? syllables(text);
  const localities = analysed?.localities ?? findLocalities(text, toks);
  const out: PersonMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i] as SyllableToken;
    if (!isCapitalized(tok.surface) || isAllCaps(tok.surface)) {
      i++;
      continue;
    }
    const end = capitalRun(text, toks, i, 9);
    const prev = toks[i - 1];
    const prev2 = toks[i - 2];
    const honorific =
      (prev && HONORIFICS.has(prev.term)) ||
      (prev && prev2 && HONORIFICS.has(`${prev2.term} ${prev.term}`)) ||
      HONORIFICS.has(tok.term);
    const from = HONORIFICS.has(tok.term) ? i + 1 : i;
    // a run that is a place ("thành phố Phan Thiết") is no person
    const place = localities.find((l) => l.start <= tok.start && l.end > tok.start);
    if (place) {
      // skip the place, then look at the rest of the run ("Bạc Liêu Lữ Văn Hùng")
      let k = i + 1;
      while (k < toks.length && (toks[k] as SyllableToken).start < place.end) k++;
      i = k;
      continue;
    }
    // a name with a title right after it ("Ka Hồng Nhung - Phó Chủ tịch …") may start with any syllable
    const titled =
      /^\s*[-–,]\s*/.test(text.slice((toks[end - 1] as SyllableToken).end)) &&
      startsWithTitle(
        fold(
          text
            .slice((toks[end - 1] as SyllableToken).end)
            .replace(/^\s*[-–,]\s*/, '')
            .slice(0, 40),
        ),
      );
    const span = nameInRun(text, toks, from, end, Boolean(honorific) || titled);
    if (!span) {
      i = Math.max(end, i + 1);
      continue;
    }
    const [s, e] = span;
    const nameStart = (toks[s] as SyllableToken).start;
    const nameEnd = (toks[e - 1] as SyllableToken).end;
    // an organization word continuing in lower case right after the run: "Đoàn Đại biểu"
    const nextTok = toks[e];
    if (nextTok && joinable(text, toks[e - 1] as SyllableToken, nextTok)) {
      const pair = `${toks[e - 1]?.term} ${nextTok.term}`;
      if (ORG_COMPOUNDS.has(pair)) {
        i = e;
        continue;
      }
    }
    const name = text.slice(nameStart, nameEnd);
    const titles: TitleMention[] = [];
    // titles after: separator then a title list up to ";", "." or "(" or a verb clause
    const after = text.slice(nameEnd);
    const am = after.match(/^\s*(?:[-–,:]\s*|\s+-\s*)([^;.()]*)/u);
    if (am?.[1] && /^\s*[-–,:]/.test(after)) {
      for (const t of splitTitles(am[1])) titles.push(toTitle(t, localities, nameEnd));
    }
    // titles before: the clause before the name, back to ";", ":" or the sentence start
    const before = text.slice(0, nameStart);
    const clauseStart = Math.max(
      before.lastIndexOf(';'),
      before.lastIndexOf(':'),
      before.lastIndexOf('('),
      before.lastIndexOf('.') >= before.length - 2 ? -1 : before.lastIndexOf('. '),
    );
    const clause = before.slice(clauseStart + 1);
    const tailTitle = clause.replace(/\s*[-–,]?\s*$/u, '');
    if (tailTitle) {
      // walk back over comma/dash separated segments that are titles
      const segs = tailTitle.split(/\s*,\s*|\s+[-–]\s+/u);
      const picked: string[] = [];
      for (let k = segs.length - 1; k >= 0; k--) {
        const seg = (segs[k] ?? '').trim();
        const f = fold(seg);
        // a title written before the name starts at its head; strip leading verbs/honorifics
        const m = seg.match(
          /((?:nguyên|tân|Tân|Nguyên)\s+)?(?:Phó |phó )?(?:Chủ tịch|Bí thư|Trưởng|Phó|Ủy viên|Uỷ viên|Giám đốc|Thủ tướng|Tổng Bí thư|Chánh|Cụm trưởng|Cụm phó|Khối trưởng|Khối phó|Tỉnh ủy viên|Huyện ủy viên|UVTV|Chủ nhiệm)[\s\S]*$/u,
        );
        if (m && startsWithTitle(fold(m[0]))) {
          picked.unshift(m[0].replace(/^(đồng chí|ông|bà)\s+/iu, '').trim());
          if (m.index && m.index > 0) break;
        } else if (picked.length && /^(tinh|huyen|thanh pho|xa)\s/.test(f)) {
          picked[0] = `${seg}, ${picked[0]}`;
        } else break;
      }
      const titleEndsAtName = /[\p{L})]\s*[-–,]?\s*$/u.test(clause);
      if (titleEndsAtName) titles.unshift(...picked.map((t) => toTitle(t, localities, nameStart)));
    }
    // "(Cụm trưởng Cụm thi đua …)" right after the title list
    const paren = text.slice(nameEnd).match(/^[^;()]*?\(((?:Cụm|Trưởng|Phó|Khối)[^)]*)\)/u);
    if (paren?.[1] && startsWithTitle(fold(paren[1]))) titles.push(toTitle(paren[1], localities, nameEnd));
    // what the clause goes on to say of the person: "… được hiệp thương cử giữ chức Chủ tịch …",
    // "ông A và ông B giữ chức Phó Chủ tịch", "do ông X, … làm Trưởng đoàn", "do bà Y dẫn đầu"
    const rest = text.slice(nameEnd).split(/[;.]/)[0] ?? '';
    const office = rest.match(
      /^[^;.]{0,180}?(?:giữ chức(?: vụ)?|được (?:hiệp thương )?(?:cử|bầu) làm)\s+([^,;.()]+)/u,
    );

    if (office?.[1] && startsWithTitle(fold(office[1]))) titles.push(toTitle(office[1], localities, nameEnd));
    if (/^[^;.]{0,120}?(?:(?:làm|là)\s+[Tt]rưởng đoàn|dẫn đầu)(?![\p{L}])/u.test(rest)) {
      const home = titles.find((t) => t.locality || t.central);

      titles.push({
        text: 'Trưởng đoàn',
        folded: 'truong doan',
        locality: home?.locality,
        central: home?.central ?? false,
      });
    }
    out.push({ name, start: nameStart, end: nameEnd, titles });

    i = e;
  }
  return withListBodies(out, localities);
}

/** A title naming an office and no body: "Phó Chủ tịch", "Phó Chủ tịch kiêm nhiệm". */
const BARE_OFFICE = /^(?:pho )?chu tich(?: thuong truc| kiem nhiem)?$/;
/** The body of a chair's title: "Chủ tịch Ủy ban MTTQ Việt Nam xã" → "Ủy ban MTTQ Việt Nam xã". */
const OFFICE_BODY = /^(?:Phó\s+)?Chủ\s+tịch(?:\s+(?:Thường\s+trực|kiêm\s+nhiệm))?\s+(\S.*)$/u;

/**
 * In a list of a body's officers ("bà A, Chủ tịch Ủy ban MTTQ xã; ông B, Phó Chủ tịch; bà C, Chủ tịch
 * Hội Phụ nữ xã, Phó Chủ tịch kiêm nhiệm") a bare office is of the body named by the person before.
 */
function withListBodies(persons: PersonMention[], localities: LocalityMention[]): PersonMention[] {
  persons.forEach((p, j) => {
    p.titles = p.titles.map((t) => {
      if (!BARE_OFFICE.test(t.folded)) return t;
      for (let i = j - 1; i >= 0; i--) {
        const from = (persons[i] as PersonMention).titles.find((x) => OFFICE_BODY.test(x.text));
        const body = from?.text.match(OFFICE_BODY)?.[1];
        if (!from || !body) continue;
        const title = toTitle(`${t.text} ${body}`, localities, p.end);
        return { ...title, locality: title.locality ?? from.locality };
      }
      return t;
    });
  });
  return persons;
}
