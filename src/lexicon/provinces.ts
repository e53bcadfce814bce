/**
 * Gazetteer of Vietnam's provincial-level units: the 63 units that existed before the
 * 1 July 2025 merger and the 34 units after it, plus a fast scanner that finds mentions
 * of them in Vietnamese text.
 *
 * Every pre-2025 unit has exactly one entry (63 entries). The 34 post-2025 units all keep
 * the name of one of the old units (the 11 unchanged ones and the 23 "surviving" names of
 * merged units), so they are the entries with `existsAfter2025: true`; the 29 absorbed
 * units carry `mergedInto` with the name of the unit they became part of.
 */

import { fold } from '../text/fold.ts';
import { forEachWordRun } from '../text/word-runs.ts';

export interface Province {
  name: string;
  kind: 'tỉnh' | 'thành phố';
  aliases: readonly string[];
  region: string;
  existsBefore2025: boolean;
  existsAfter2025: boolean;
  mergedInto?: string;
  requiresPrefix?: true;
}

export interface ProvinceMention {
  province: Province;
  start: number;
  end: number;
  surface: string;
}

// ---------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------

type Region =
  | 'Tây Bắc'
  | 'Đông Bắc'
  | 'Đồng bằng sông Hồng'
  | 'Bắc Trung Bộ'
  | 'Nam Trung Bộ'
  | 'Tây Nguyên'
  | 'Đông Nam Bộ'
  | 'Đồng bằng sông Cửu Long';

interface RawProvince {
  name: string;
  kind: 'tỉnh' | 'thành phố';
  region: Region;
  aliases?: readonly string[];
  /** For units absorbed on 1 July 2025: the name of the unit they became part of. */
  mergedInto?: string;
  /**
   * Forms (name/aliases) that are also ordinary words or people's names and are only
   * recognised in running text after 'tỉnh'/'thành phố'/'TP'. Setting this marks the
   * province `requiresPrefix`. Other aliases (e.g. 'TP.HCM', 'Sài Gòn') match freely.
   */
  bareForms?: readonly string[];
}

const TB: Region = 'Tây Bắc';
const DB: Region = 'Đông Bắc';
const DBSH: Region = 'Đồng bằng sông Hồng';
const BTB: Region = 'Bắc Trung Bộ';
const NTB: Region = 'Nam Trung Bộ';
const TN: Region = 'Tây Nguyên';
const DNB: Region = 'Đông Nam Bộ';
const DBSCL: Region = 'Đồng bằng sông Cửu Long';

const HCM = 'Hồ Chí Minh';

const RAW: readonly RawProvince[] = [
  // Tây Bắc
  { name: 'Lai Châu', kind: 'tỉnh', region: TB },
  { name: 'Điện Biên', kind: 'tỉnh', region: TB },
  { name: 'Sơn La', kind: 'tỉnh', region: TB },
  { name: 'Hòa Bình', kind: 'tỉnh', region: TB, aliases: ['Hoà Bình'], mergedInto: 'Phú Thọ' },
  { name: 'Lào Cai', kind: 'tỉnh', region: TB },
  { name: 'Yên Bái', kind: 'tỉnh', region: TB, mergedInto: 'Lào Cai' },
  // Đông Bắc
  { name: 'Hà Giang', kind: 'tỉnh', region: DB, mergedInto: 'Tuyên Quang' },
  { name: 'Cao Bằng', kind: 'tỉnh', region: DB },
  { name: 'Bắc Kạn', kind: 'tỉnh', region: DB, aliases: ['Bắc Cạn'], mergedInto: 'Thái Nguyên' },
  { name: 'Lạng Sơn', kind: 'tỉnh', region: DB },
  { name: 'Tuyên Quang', kind: 'tỉnh', region: DB },
  { name: 'Thái Nguyên', kind: 'tỉnh', region: DB },
  { name: 'Phú Thọ', kind: 'tỉnh', region: DB },
  { name: 'Bắc Giang', kind: 'tỉnh', region: DB, mergedInto: 'Bắc Ninh' },
  { name: 'Quảng Ninh', kind: 'tỉnh', region: DB },
  // Đồng bằng sông Hồng
  { name: 'Hà Nội', kind: 'thành phố', region: DBSH, aliases: ['Hanoi'] },
  { name: 'Hải Phòng', kind: 'thành phố', region: DBSH, aliases: ['Haiphong'] },
  { name: 'Hải Dương', kind: 'tỉnh', region: DBSH, mergedInto: 'Hải Phòng' },
  { name: 'Hưng Yên', kind: 'tỉnh', region: DBSH },
  { name: 'Bắc Ninh', kind: 'tỉnh', region: DBSH },
  { name: 'Vĩnh Phúc', kind: 'tỉnh', region: DBSH, mergedInto: 'Phú Thọ' },
  { name: 'Hà Nam', kind: 'tỉnh', region: DBSH, mergedInto: 'Ninh Bình' },
  { name: 'Nam Định', kind: 'tỉnh', region: DBSH, mergedInto: 'Ninh Bình' },
  { name: 'Thái Bình', kind: 'tỉnh', region: DBSH, mergedInto: 'Hưng Yên' },
  { name: 'Ninh Bình', kind: 'tỉnh', region: DBSH },
  // Bắc Trung Bộ
  { name: 'Thanh Hóa', kind: 'tỉnh', region: BTB, aliases: ['Thanh Hoá'] },
  { name: 'Nghệ An', kind: 'tỉnh', region: BTB },
  { name: 'Hà Tĩnh', kind: 'tỉnh', region: BTB },
  { name: 'Quảng Bình', kind: 'tỉnh', region: BTB, mergedInto: 'Quảng Trị' },
  { name: 'Quảng Trị', kind: 'tỉnh', region: BTB },
  {
    name: 'Huế',
    kind: 'thành phố',
    region: BTB,
    aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'Hue'],
  },
  // Nam Trung Bộ
  { name: 'Đà Nẵng', kind: 'thành phố', region: NTB, aliases: ['Danang'] },
  { name: 'Quảng Nam', kind: 'tỉnh', region: NTB, mergedInto: 'Đà Nẵng' },
  { name: 'Quảng Ngãi', kind: 'tỉnh', region: NTB },
  { name: 'Bình Định', kind: 'tỉnh', region: NTB, mergedInto: 'Gia Lai' },
  { name: 'Phú Yên', kind: 'tỉnh', region: NTB, mergedInto: 'Đắk Lắk' },
  { name: 'Khánh Hòa', kind: 'tỉnh', region: NTB, aliases: ['Khánh Hoà'] },
  { name: 'Ninh Thuận', kind: 'tỉnh', region: NTB, mergedInto: 'Khánh Hòa' },
  { name: 'Bình Thuận', kind: 'tỉnh', region: NTB, mergedInto: 'Lâm Đồng' },
  // Tây Nguyên
  { name: 'Kon Tum', kind: 'tỉnh', region: TN, aliases: ['Kontum'], mergedInto: 'Quảng Ngãi' },
  { name: 'Gia Lai', kind: 'tỉnh', region: TN },
  { name: 'Đắk Lắk', kind: 'tỉnh', region: TN, aliases: ['Đăk Lăk', 'Đắc Lắc', 'Daklak', 'Dak Lak'] },
  {
    name: 'Đắk Nông',
    kind: 'tỉnh',
    region: TN,
    aliases: ['Đăk Nông', 'Đắc Nông', 'Daknong'],
    mergedInto: 'Lâm Đồng',
  },
  { name: 'Lâm Đồng', kind: 'tỉnh', region: TN },
  // Đông Nam Bộ
  {
    name: HCM,
    kind: 'thành phố',
    region: DNB,
    aliases: [
      'TP Hồ Chí Minh',
      'TP. Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'TP.HCM',
      'TP HCM',
      'TPHCM',
      'HCM',
      'HCMC',
      'Sài Gòn',
      'Saigon',
      'Ho Chi Minh City',
    ],
    bareForms: [HCM, 'HCM'],
  },
  { name: 'Bình Dương', kind: 'tỉnh', region: DNB, mergedInto: HCM },
  { name: 'Bình Phước', kind: 'tỉnh', region: DNB, mergedInto: 'Đồng Nai' },
  { name: 'Tây Ninh', kind: 'tỉnh', region: DNB },
  { name: 'Đồng Nai', kind: 'tỉnh', region: DNB },
  {
    name: 'Bà Rịa–Vũng Tàu',
    kind: 'tỉnh',
    region: DNB,
    aliases: ['Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT'],
    mergedInto: HCM,
  },
  // Đồng bằng sông Cửu Long
  { name: 'Long An', kind: 'tỉnh', region: DBSCL, mergedInto: 'Tây Ninh' },
  { name: 'Tiền Giang', kind: 'tỉnh', region: DBSCL, mergedInto: 'Đồng Tháp' },
  { name: 'Bến Tre', kind: 'tỉnh', region: DBSCL, mergedInto: 'Vĩnh Long' },
  { name: 'Trà Vinh', kind: 'tỉnh', region: DBSCL, mergedInto: 'Vĩnh Long' },
  { name: 'Vĩnh Long', kind: 'tỉnh', region: DBSCL },
  { name: 'Đồng Tháp', kind: 'tỉnh', region: DBSCL },
  { name: 'An Giang', kind: 'tỉnh', region: DBSCL },
  { name: 'Kiên Giang', kind: 'tỉnh', region: DBSCL, mergedInto: 'An Giang' },
  { name: 'Cần Thơ', kind: 'thành phố', region: DBSCL, aliases: ['Cantho'] },
  { name: 'Hậu Giang', kind: 'tỉnh', region: DBSCL, mergedInto: 'Cần Thơ' },
  { name: 'Sóc Trăng', kind: 'tỉnh', region: DBSCL, mergedInto: 'Cần Thơ' },
  { name: 'Bạc Liêu', kind: 'tỉnh', region: DBSCL, mergedInto: 'Cà Mau' },
  { name: 'Cà Mau', kind: 'tỉnh', region: DBSCL },
];

/**
 * Phrases that contain a province name but do not refer to it. When one of these is the
 * longest match at a position it is consumed and yields nothing.
 */
const BLOCKED_PHRASES: readonly string[] = [
  'Thái Bình Dương', // Pacific Ocean, not Thái Bình province
];

/**
 * Family names and the two most common middle names. A capitalised one of these directly
 * before a province name (without a 'tỉnh'/'thành phố' prefix) means the words are part of
 * a person's name: 'Phó Thủ tướng Nguyễn Hòa Bình', 'bà Nguyễn Thị Huế'. Words that also
 * commonly start other capitalised phrases before a place name ('Hồ', 'Đoàn', 'Cao', 'Hà',
 * 'Mai', 'Châu') are deliberately left out.
 */
const PERSON_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Huỳnh',
    'Phan',
    'Vũ',
    'Võ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Dương',
    'Lý',
    'Trương',
    'Đinh',
    'Lương',
    'Trịnh',
    'Lưu',
    'Tạ',
    'Văn',
    'Thị',
  ].map((w) => w.normalize('NFC').toLowerCase()),
);

// ---------------------------------------------------------------------------------------
// Build PROVINCES
// ---------------------------------------------------------------------------------------

function freezeProvince(raw: RawProvince): Province {
  const seen = new Set<string>([raw.name]);
  const aliases: string[] = [];
  for (const a of raw.aliases ?? []) {
    const n = a.normalize('NFC');
    if (!seen.has(n)) {
      seen.add(n);
      aliases.push(n);
    }
  }
  const p: Province = {
    name: raw.name.normalize('NFC'),
    kind: raw.kind,
    aliases: Object.freeze(aliases),
    region: raw.region,
    existsBefore2025: true,
    existsAfter2025: raw.mergedInto === undefined,
  };
  if (raw.mergedInto !== undefined) p.mergedInto = raw.mergedInto.normalize('NFC');
  if (raw.bareForms !== undefined && raw.bareForms.length > 0) p.requiresPrefix = true;
  return Object.freeze(p);
}

export const PROVINCES: readonly Province[] = Object.freeze(RAW.map(freezeProvince));

// ---------------------------------------------------------------------------------------
// Tokenisation and syllable comparison helpers
// ---------------------------------------------------------------------------------------

interface Token {
  start: number;
  end: number;
  raw: string;
  folded: string;
}

const ASCII_WORD_RE = /^[A-Za-z0-9]+$/;
const UPPER_START_RE = /^\p{Lu}/u;

const foldCache = new Map<string, string>();
function foldToken(t: string): string {
  if (ASCII_WORD_RE.test(t)) return t.toLowerCase();
  let f = foldCache.get(t);
  if (f === undefined) {
    f = fold(t);
    if (foldCache.size > 20000) foldCache.clear();
    foldCache.set(t, f);
  }
  return f;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachWordRun(text, 0, text.length, 'numbers', (start, end) => {
    const raw = text.slice(start, end);
    out.push({ start, end, raw, folded: foldToken(raw) });
  });
  return out;
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Tone-placement-insensitive but otherwise exact key for one syllable: base letters with
 * their vowel marks (â, ă, ơ, ư, đ) followed by the tone mark. 'Hoà' and 'Hòa' share a key;
 * 'Huệ' and 'Huế' do not.
 */
function syllableKey(syl: string): string {
  let base = '';
  let tone = '';
  for (const ch of syl.normalize('NFD').toLowerCase()) {
    if (TONE_MARKS.has(ch)) tone = ch;
    else base += ch;
  }
  return base.normalize('NFC') + tone;
}

const isPlainAscii = (s: string): boolean => ASCII_WORD_RE.test(s);

/** True for a gap of whitespace and/or dashes, with at most one line break. */
function isSpaceOrDashGap(gap: string): boolean {
  if (gap.length === 0) return false;
  let newlines = 0;
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c === 10) {
      if (++newlines > 1) return false;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f) continue;
    if (c === 45 || (c >= 0x2010 && c <= 0x2015)) continue; // -, ‐ ‑ ‒ – — ―
    return false;
  }
  return true;
}

function isWhitespaceGap(gap: string): boolean {
  return gap.length > 0 && gap.trim().length === 0 && !gap.includes('\n\n');
}

/** Gap allowed between two consecutive tokens of one name ('TP.HCM' allows a dot after TP). */
function joinableGap(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  if (isSpaceOrDashGap(gap)) return true;
  return left.folded === 'tp' && gap[0] === '.' && (gap.length === 1 || isWhitespaceGap(gap.slice(1)));
}

// ---------------------------------------------------------------------------------------
// Lookup structures (built once)
// ---------------------------------------------------------------------------------------

interface AliasEntry {
  province: Province;
  /** Number of tokens. */
  length: number;
  /** Accepted syllable keys per variant (one array of `length` keys per written form). */
  variants: string[][];
  /** Needs a 'tỉnh'/'thành phố'/'TP' prefix in running text. */
  bare: boolean;
  /** Leading tokens that are themselves a prefix ('TP', 'Thành phố'); not case-checked. */
  prefixLength: number;
}

/** Folded, space-joined token key → entry; `null` marks a blocked phrase. */
const ALIAS_MAP = new Map<string, AliasEntry | null>();
/** Folded first tokens of all keys, for a cheap pre-filter. */
const FIRST_TOKENS = new Set<string>();
let MAX_TOKENS = 1;

function tokensOf(s: string): Token[] {
  return tokenize(s.normalize('NFC'));
}

function leadingPrefixLength(folded: readonly string[]): number {
  if (folded[0] === 'tp') return 1;
  if (folded[0] === 'thanh' && folded[1] === 'pho') return 2;
  return 0;
}

function addForm(province: Province, form: string, bare: boolean): void {
  const toks = tokensOf(form);
  if (toks.length === 0) throw new Error(`provinces: empty form for ${province.name}`);
  const folded = toks.map((t) => t.folded);
  const key = folded.join(' ');
  const variant = toks.map((t) => syllableKey(t.raw));
  const existing = ALIAS_MAP.get(key);
  if (existing === null) throw new Error(`provinces: '${form}' collides with a blocked phrase`);
  if (existing !== undefined) {
    if (existing.province !== province) {
      throw new Error(`provinces: '${form}' is ambiguous (${existing.province.name} / ${province.name})`);
    }
    if (!existing.variants.some((v) => v.join(' ') === variant.join(' '))) existing.variants.push(variant);
    existing.bare ||= bare;
    return;
  }
  const prefixLength = leadingPrefixLength(folded);
  ALIAS_MAP.set(key, {
    province,
    length: toks.length,
    variants: [variant],
    bare,
    prefixLength: prefixLength < toks.length ? prefixLength : 0,
  });
  FIRST_TOKENS.add(folded[0]!);
  if (toks.length > MAX_TOKENS) MAX_TOKENS = toks.length;
}

for (let idx = 0; idx < PROVINCES.length; idx++) {
  const p = PROVINCES[idx]!;
  const raw = RAW[idx]!;
  const bareKeys = new Set(
    (raw.bareForms ?? []).map((f) =>
      tokensOf(f)
        .map((t) => t.folded)
        .join(' '),
    ),
  );
  for (const form of [p.name, ...p.aliases]) {
    const key = tokensOf(form)
      .map((t) => t.folded)
      .join(' ');
    addForm(p, form, bareKeys.has(key));
  }
}

for (const phrase of BLOCKED_PHRASES) {
  const toks = tokensOf(phrase);
  const key = toks.map((t) => t.folded).join(' ');
  if (ALIAS_MAP.get(key)) throw new Error(`provinces: blocked phrase '${phrase}' is also a name`);
  ALIAS_MAP.set(key, null);
  FIRST_TOKENS.add(toks[0]!.folded);
  if (toks.length > MAX_TOKENS) MAX_TOKENS = toks.length;
}

const BY_NAME = new Map<string, Province>();
for (const p of PROVINCES) BY_NAME.set(p.name, p);
for (const p of PROVINCES) {
  if (p.mergedInto !== undefined && !BY_NAME.get(p.mergedInto)?.existsAfter2025) {
    throw new Error(`provinces: ${p.name} merged into unknown unit ${p.mergedInto}`);
  }
}

// ---------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------

/** Does a surface token agree with the expected syllable key (or carry no diacritics)? */
function syllableAgrees(raw: string, expectedKey: string): boolean {
  return isPlainAscii(raw) || syllableKey(raw) === expectedKey;
}

const KEY_TINH = syllableKey('tỉnh');
const KEY_THANH = syllableKey('thành');
const KEY_PHO = syllableKey('phố');

/** Is token `i` directly preceded by 'tỉnh ', 'thành phố ', 'TP ' or 'TP.' (any case)? */
function hasPrefix(text: string, toks: readonly Token[], i: number): boolean {
  const cur = toks[i]!;
  const prev = toks[i - 1];
  if (prev === undefined) return false;
  const gap = text.slice(prev.end, cur.start);
  if (prev.folded === 'tp') {
    if (isWhitespaceGap(gap)) return true;
    if (gap[0] === '.' && (gap.length === 1 || isWhitespaceGap(gap.slice(1)))) return true;
    return false;
  }
  if (!isWhitespaceGap(gap)) return false;
  if (prev.folded === 'tinh') return syllableAgrees(prev.raw, KEY_TINH);
  if (prev.folded === 'pho' && syllableAgrees(prev.raw, KEY_PHO)) {
    const prev2 = toks[i - 2];
    return (
      prev2 !== undefined &&
      prev2.folded === 'thanh' &&
      syllableAgrees(prev2.raw, KEY_THANH) &&
      isWhitespaceGap(text.slice(prev2.end, prev.start))
    );
  }
  return false;
}

/** Is token `i` directly preceded by a (capitalised, in case-sensitive mode) family/middle name? */
function precededByPersonName(
  text: string,
  toks: readonly Token[],
  i: number,
  caseSensitive: boolean,
): boolean {
  const prev = toks[i - 1];
  if (prev === undefined) return false;
  if (!PERSON_NAME_WORDS.has(prev.raw.normalize('NFC').toLowerCase())) return false;
  if (caseSensitive && !UPPER_START_RE.test(prev.raw)) return false;
  return isWhitespaceGap(text.slice(prev.end, toks[i]!.start));
}

function acceptMatch(
  text: string,
  toks: readonly Token[],
  i: number,
  entry: AliasEntry,
  caseSensitive: boolean,
): boolean {
  const n = entry.length;
  // Written diacritics must agree with the name (tone placement aside): 'Huệ' is not 'Huế'.
  const toneOk = entry.variants.some((v) => {
    for (let j = 0; j < n; j++) if (!syllableAgrees(toks[i + j]!.raw, v[j]!)) return false;
    return true;
  });
  if (!toneOk) return false;

  const prefixedBefore = hasPrefix(text, toks, i);
  const prefixedSelf = entry.prefixLength > 0; // alias carries its own prefix: 'TP.HCM'
  if (entry.bare && !prefixedBefore && !prefixedSelf) return false;
  if (caseSensitive && !prefixedBefore) {
    // The name part (after any 'TP'/'Thành phố' inside the alias) must be capitalised.
    for (let j = entry.prefixLength; j < n; j++) if (!UPPER_START_RE.test(toks[i + j]!.raw)) return false;
  }
  if (!prefixedBefore && !prefixedSelf && precededByPersonName(text, toks, i, caseSensitive)) return false;
  return true;
}

/**
 * Finds province mentions in text. Matching is done on folded text (NFD, strip combining
 * marks, đ/Đ→d, lowercase) on whole-word boundaries, longest match first, non-overlapping,
 * sorted by start. Offsets refer to the ORIGINAL string. When `caseSensitive` (default true —
 * for article text) a match counts only if each syllable of the surface starts with an
 * uppercase letter (or the name is preceded by 'tỉnh ', 'thành phố ', 'TP ', 'TP.' in any
 * case); questions call it with caseSensitive:false. `requiresPrefix` names match only after
 * such a prefix.
 */
export function findProvinces(text: string, opts?: { caseSensitive?: boolean }): ProvinceMention[] {
  const caseSensitive = opts?.caseSensitive ?? true;
  const out: ProvinceMention[] = [];
  if (text.length === 0) return out;
  const toks = tokenize(text);
  const keys: string[] = [];
  let i = 0;
  outer: while (i < toks.length) {
    const first = toks[i]!;
    if (!FIRST_TOKENS.has(first.folded)) {
      i++;
      continue;
    }
    // keys[n] = folded key of the n tokens starting at i (only across joinable gaps).
    keys.length = 0;
    keys.push('', first.folded);
    for (let n = 2; n <= MAX_TOKENS && i + n - 1 < toks.length; n++) {
      const left = toks[i + n - 2]!;
      const right = toks[i + n - 1]!;
      if (!joinableGap(text, left, right)) break;
      keys.push(keys[n - 1] + ' ' + right.folded);
    }
    for (let n = keys.length - 1; n >= 1; n--) {
      const entry = ALIAS_MAP.get(keys[n]!);
      if (entry === undefined) continue;
      if (entry === null) {
        i += n; // blocked phrase: consume it, yield nothing
        continue outer;
      }
      if (!acceptMatch(text, toks, i, entry, caseSensitive)) continue;
      const start = first.start;
      const end = toks[i + n - 1]!.end;
      out.push({ province: entry.province, start, end, surface: text.slice(start, end) });
      i += n;
      continue outer;
    }
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------

/** Lookup by name or alias, diacritics/case-insensitive ('ha noi', 'Hanoi', 'Hoà Bình' all work). */
export function provinceByName(name: string): Province | undefined {
  const folded = tokensOf(name).map((t) => t.folded);
  if (folded.length === 0) return undefined;
  const direct = ALIAS_MAP.get(folded.join(' '));
  if (direct) return direct.province;
  // Tolerate a leading administrative prefix: 'tỉnh Hòa Bình', 'thành phố Hà Nội', 'TP Huế'.
  let skip = 0;
  if (folded[0] === 'tinh' || folded[0] === 'tp') skip = 1;
  else if (folded[0] === 'thanh' && folded[1] === 'pho') skip = 2;
  if (skip === 0 || folded.length <= skip) return undefined;
  return ALIAS_MAP.get(folded.slice(skip).join(' '))?.province;
}

/** The post-2025 unit a name refers to today (Bắc Kạn → Thái Nguyên; Lào Cai → Lào Cai). */
export function currentProvinceOf(name: string): Province | undefined {
  const p = provinceByName(name);
  if (p === undefined) return undefined;
  if (p.existsAfter2025) return p;
  return p.mergedInto === undefined ? undefined : BY_NAME.get(p.mergedInto);
}
