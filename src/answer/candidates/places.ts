/**
 * Units and places in a retrieved sentence: localities with their admin word ("huyện Vĩnh Cửu",
 * "xã Nậm Lúc", "Bạc Liêu"), organisations ("Hội Nông dân tỉnh", "ngân hàng Agribank Chi nhánh
 * Vũng Tàu", "Tỉnh đoàn Bình Thuận"), venues written after "tại"/"ở" ("tại Cung Văn hóa Thiếu nhi
 * tỉnh Khánh Hòa"), and the lists of localities a sentence names one after another.
 */
import { type LocalityMention, localityLabel, startsWithTitle } from '../../extract/mentions.ts';
import {
  BANK_HEADS,
  BRANDS,
  BUSINESS_HEADS,
  HEADS_WRITTEN_LOWER,
  ORGANISATION_HEADS,
} from '../../lexicon/organisations.ts';
import { ADMIN_LEVEL } from '../../lexicon/titles.ts';
import { fold } from '../../text/fold.ts';
import type { SentenceView } from '../evidence.ts';
import { localitiesIn, personsIn } from '../sentence-cache.ts';
import { type Candidate, unitKey } from './candidate.ts';

function localityCandidate(v: SentenceView, l: LocalityMention, type: 'unit' | 'place'): Candidate {
  const text = localityLabel(l);
  return {
    type,
    text,
    key: unitKey(fold(l.province ?? l.name)),
    articleId: v.articleId,
    sentenceIndex: v.index,
    span: [l.start, l.end],
    origin: 'span:locality',
    prior: 0.75,
    level: l.level,
  };
}

export function localities(v: SentenceView, type: 'unit' | 'place'): Candidate[] {
  return localitiesIn(v.sentence).map((l) => localityCandidate(v, l, type));
}

/**
 * Runs of two or more localities of one level joined by commas and "và" ("các huyện Thống Nhất,
 * Tân Phú và Định Quán"; "Khánh Lâm, Khánh Thuận"): one answer listing them.
 */
export function localityLists(v: SentenceView, type: 'unit' | 'place'): Candidate[] {
  const all = localitiesIn(v.sentence);
  const out: Candidate[] = [];
  let run: LocalityMention[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0] as LocalityMention;
      const last = run[run.length - 1] as LocalityMention;
      out.push({
        type,
        text: run.map(localityLabel).join(', '),
        key: run.map((l) => fold(l.name)).join('|'),
        articleId: v.articleId,
        sentenceIndex: v.index,
        span: [first.start, last.end],
        origin: 'span:localities',
        prior: 0.75,
        level: first.level,
        items: run.map(localityLabel),
      });
    }
    run = [];
  };
  for (const l of all) {
    const prev = run[run.length - 1];
    const between = prev ? v.sentence.text.slice(prev.end, l.start) : '';
    // "xã A, B và C": a name without its admin word continues the list of the level before it
    if (prev && l.level === prev.level && /^\s*(?:,|và|;)?\s*(?:và\s+)?$/u.test(between)) run.push(l);
    else {
      flush();
      run = [l];
    }
  }
  flush();
  return out;
}

/** The heads as written, common nouns also in lower case, as one alternation. */
function headsPattern(heads: readonly string[]): string {
  return heads
    .flatMap((h) => (HEADS_WRITTEN_LOWER.has(h) ? [h, h[0]?.toLowerCase() + h.slice(1)] : [h]))
    .join('|');
}

/** Words that open an organisation's name. */
const ORG_HEAD = new RegExp(`(?<![\\p{L}])(${headsPattern(ORGANISATION_HEADS)})(?![\\p{L}])`, 'gu');

/** Lower-case words that may continue an organisation's name ("Hội Liên hiệp Phụ nữ tỉnh"). */
const ORG_TAIL =
  /^(?:tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|nhân dân|nông dân|chiến binh|lao động|phụ nữ|thanh niên|cộng sản|hồ chí minh|chữ thập đỏ|người cao tuổi|khuyến học|cựu|liên hiệp|thường trực|trung ương|việt nam|cổ phần|tnhh|mtv|chi nhánh|cổ tự|xây dựng|phát triển|công viên|cây xanh|đô thị|và|thương mại|dịch vụ|đầu tư)(?![\p{L}])/iu;

/** Words every Front body's name has: what is left once they are taken out is its own name. */
const GENERIC_BODY_WORDS = new Set(
  'uy ban mat tran to quoc mttq ubmttq ubmttqvn viet nam ban thuong truc vu tinh huyen xa thanh pho thi tran phuong quan cac cap co so dang hoi dong nhan dan ubnd hdnd trung uong'.split(
    ' ',
  ),
);

/**
 * Lower-case syllables that complete a capitalized word of a name: Vietnamese capitalizes only the
 * first syllable of a common noun inside a proper name ("Thủy sản Minh Phát", "Cà phê Thắng Lợi",
 * "Nông nghiệp và Phát triển nông thôn (Agribank)", "Hội Nông dân tỉnh"). At most three, none a
 * function word, and the name must go on after them (a capital, a bracket or a name word), so a verb
 * after a name ("Công ty Điện lực tặng quà") is never taken.
 */
const COMPLETION =
  /^((?:\s+(?!(?:và|của|cho|với|tại|ở|đã|được|để|do|là|các|những|tổ|trao|tặng|ủng)(?![\p{L}]))\p{Ll}+){1,3})(?=\s+\p{Lu}|\s+và(?:\s+\p{Ll}+){0,3}\s+\p{Lu}|\s*\(\p{Lu}|\s+(?:tỉnh|huyện|xã|phường|thị xã|thành phố|chi nhánh|cổ phần|nông thôn)(?![\p{L}]))/u;

const BRAND = new RegExp(`^(${BRANDS.join('|')})$`);

/** Names that open a business: a company, a bank, a cooperative, or a known brand. */
const BUSINESS_NAME = new RegExp(`^(?:${headsPattern(BUSINESS_HEADS)})(?![\\p{L}])`, 'u');

/** Names that hold a bank's head. */
const BANK_NAME = new RegExp(`(?:^|\\s)(?:${headsPattern(BANK_HEADS)})(?![\\p{L}])`, 'u');

/** True when a unit's name is a business's (see BUSINESS_NAME); a bank's when `bank` is asked. */
export function isBusiness(name: string, bank = false): boolean {
  return BUSINESS_NAME.test(name) && (!bank || BANK_NAME.test(name));
}

const organisationsRead = new WeakMap<object, Candidate[]>();

/**
 * The organisations of a sentence ("Hội Nông dân tỉnh", "ngân hàng Agribank Chi nhánh Vũng Tàu",
 * "Công ty CP … (UPC)"), read once per sentence; each question gets its own copies.
 */
export function organisations(v: SentenceView): Candidate[] {
  let found = organisationsRead.get(v.sentence);
  if (!found) {
    found = readOrganisations(v);
    organisationsRead.set(v.sentence, found);
  }
  return found.map((c) => ({ ...c }));
}

/** A dash between spaces, then a capital: where a compound name may go on. */
const DASH_THEN_CAPITAL = /^(\s+[–-])\s+\p{Lu}/u;

/**
 * The length of a dash that joins a business's name to its second part: a company or a bank named
 * after two places or two trades writes them with a dash ("Công ty Cổ phần Đà Lạt – Định An",
 * "Ngân hàng TMCP Sài Gòn – Hà Nội", "Công ty Đầu tư – Xây dựng …"). The dash that opens an
 * apposition — a title or a person ("Công ty X – Giám đốc …", "… – ông …", "… – Nguyễn Văn A") — is
 * not part of the name. 0 when no dash goes on.
 */
function dashedPart(v: SentenceView, nameSoFar: string, at: number): number {
  if (!isBusiness(nameSoFar)) return 0;
  const text = v.sentence.text;
  const dash = text.slice(at).match(DASH_THEN_CAPITAL);
  if (!dash) return 0;
  const after = at + dash[0].length - 1;
  if (startsWithTitle(fold(text.slice(after, after + 40)))) return 0;
  if (personsIn(v.sentence).some((p) => p.start === after)) return 0;
  return (dash[1] as string).length;
}

function readOrganisations(v: SentenceView): Candidate[] {
  const text = v.sentence.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(ORG_HEAD)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    // a head inside a name already taken ("Agribank" in "Ngân hàng … (Agribank)") is no new name
    if (out.some((o) => o.span[0] <= start && start < o.span[1])) continue;
    // continue over capitalized words, abbreviations and the lower-case words of official names
    let afterCap = false;
    for (let n = 0; n < 16; n++) {
      const rest = text.slice(end);
      // (a number goes on a name — "Khu phố 3" — but not an amount: "Chi nhánh Vũng Tàu 80 triệu đồng")
      const cap = rest.match(
        /^\s+(?:\p{Lu}[\p{L}’'.-]*|\d+(?![.,]?\d*\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|%|suất|phần|căn|kg|tấn|m2|ha)))(?![\p{L}])/u,
      );
      const tail = rest.replace(/^\s+/, '').match(ORG_TAIL);
      const completion = afterCap ? rest.match(COMPLETION) : null;
      const dashed = afterCap ? dashedPart(v, text.slice(start, end), end) : 0;
      if (cap) end += cap[0].length;
      else if (dashed) end += dashed;
      else if (completion) end += (completion[1] as string).length;
      else if (
        tail &&
        // ("và" goes on a name when a capital follows its lower-case words: "… cây xanh và đô thị Vũng Tàu")
        !/^\s*và\s+(?:\p{Ll}(?![\p{L}]*(?:\s+\p{Ll}+){0,2}\s+\p{Lu})|(?:Ngân hàng|Công ty|Tổng công ty|Tập đoàn|Hội|Ủy ban|Uỷ ban)(?![\p{L}]))/u.test(
          rest,
        )
      )
        end += rest.length - rest.trimStart().length + tail[0].length;
      else break;
      afterCap = Boolean(cap);
    }
    // a brand or short name in brackets right after: "(Agribank)", "(UPC)"
    const paren = text.slice(end).match(/^\s*\((\p{Lu}[\p{L}\d&-]*)\)/u);
    if (paren) end += paren[0].length;
    const name = text
      .slice(start, end)
      .replace(/[.,;:]+$/u, '')
      .replace(/\s+và$/u, '')
      .trim();
    // a body with no name of its own ("Ủy ban MTTQ tỉnh", "Ban Thường trực") answers nothing
    const own = unitKey(fold(name))
      .split(' ')
      .filter((w) => !GENERIC_BODY_WORDS.has(w));
    if (!own.length || (name.split(/\s+/).length < 2 && !BRAND.test(name))) continue;
    out.push({
      type: 'unit',
      text: name,
      key: unitKey(fold(name)),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, start + name.length],
      origin: 'span:organisation',
      prior: 0.65,
      level: 'org',
    });
  }
  return out;
}

/** "tại Cung Văn hóa Thiếu nhi tỉnh Khánh Hòa", "ở thôn Nà Hai": where something took place. */
export function venues(v: SentenceView): Candidate[] {
  const text = v.sentence.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:tại|ở|Tại|Ở)\s+([^,.;()“”"]+?)(?=\s*[,.;()“”"]|\s+(?:đã|đang|sẽ|diễn ra|tổ chức|với|cho|nhằm|để|và các|vào|trong|từ|do|khai mạc|long trọng)(?![\p{L}])|$)/gu,
  )) {
    const place = (m[1] ?? '').trim();
    const words = place.split(/\s+/);
    // a venue is a name: capitalized, and short
    if (words.length > 12 || !/\p{Lu}/u.test(place)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(place);
    out.push({
      type: 'place',
      text: place,
      key: unitKey(fold(place)),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, start + place.length],
      origin: 'span:venue',
      prior: 0.8,
      level: 'venue',
    });
  }
  return out;
}

/** A capitalized name of one to four syllables ("Thống Nhất", "Ia H’Drai", "Đăk Glei"). */
const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3}`;

/**
 * An admin word in the plural, then the names it covers: "các xã Tân Trạch và Thượng Trạch", "hai xã
 * Khánh Lâm, Khánh Thuận", "các huyện: Thống Nhất, Tân Phú, Định Quán". The names after the first
 * carry no admin word of their own.
 */
const PLURAL_ADMIN = new RegExp(
  String.raw`(?<![\p{L}])(?:các|hai|ba|bốn|năm|\d+)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|ấp|bản|xóm)\s*:?\s*(${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s+và\s+${NAME})?)`,
  'gu',
);

export function adminLists(v: SentenceView, type: 'unit' | 'place'): Candidate[] {
  const out: Candidate[] = [];
  for (const m of v.sentence.text.matchAll(PLURAL_ADMIN)) {
    const names = (m[2] ?? '').split(/\s*,\s*|\s*,?\s+và\s+/u).filter(Boolean);
    if (names.length < 2) continue;
    const admin = fold(m[1] ?? '');
    const level = ADMIN_LEVEL[admin] ?? 'district';
    const start = (m.index ?? 0) + m[0].indexOf(m[2] as string);
    const items = names.map((n) => (level === 'province' ? n : `${m[1]} ${n}`));
    out.push({
      type,
      text: items.join(', '),
      key: names.map((n) => fold(n)).join('|'),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [start, start + (m[2] as string).length],
      origin: 'span:admin-list',
      prior: 0.8,
      level,
      items,
    });
  }
  return out;
}
