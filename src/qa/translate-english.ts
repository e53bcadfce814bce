/**
 * English questions → folded Vietnamese, so one parser serves both languages. Words and phrases come
 * from the glossary in lexicon/english.ts (longest phrase first; a sense that fits the question wins,
 * e.g. land is "hiến" where money is "ủng hộ"); an English word it does not know is dropped; proper
 * nouns (Gia Lai, Binh Thuan, Hanoi) pass through folded. Constructions English orders differently are
 * first rewritten into the order Vietnamese writes them:
 *   - "the Nam Song Hau cluster" → "cụm thi đua Nam Song Hau";
 *   - "Gia Loc district", "Thanh Hoa city's", "the Quang Ninh provincial …" → "huyện Gia Loc", "thành phố
 *     Thanh Hoa", "tỉnh Quang Ninh …"; "Ward 8, District 5" → "phường 8 quận 5";
 *   - dates: "11 December 2023" → "ngày 11/12/2023"; "by 7 November" → "đến ngày 7/11", "from … to …"
 *     → "từ ngày … đến ngày …";
 *   - numbers written the English way: "2,513" → "2.513", "8.05 billion" → "8,05 tỷ";
 *   - ordinals: "the 9th congress" → "lần thứ 9", "first-term" → "khóa 1", "the 2025-2030 term" →
 *     "nhiệm kỳ 2025-2030";
 *   - the question word last where Vietnamese asks "… là bao nhiêu": "What was the total cost of X?" →
 *     "tổng kinh phí X bao nhiêu", "By how much did X grow?", "What was each gift worth?" (so that
 *     what follows "bao nhiêu" is not read as the thing counted);
 *   - the scope first: "How many communes in the X cluster reached …" → "cụm X bao nhiêu xã đạt …";
 *   - members: "Which districts and cities were in …", "Name the provinces of …" → "gồm những … nào";
 *   - "the number of the … plan" is its reference number ("số hiệu"), "each of the three provinces" is
 *     "mỗi tỉnh", "commune-level Front congresses" is "đại hội Mặt trận cấp xã";
 *   - a relative "who"/"whose" after a noun asks nothing; commas stay, to cut compound questions.
 */
import {
  ENGLISH_MARKERS,
  ENGLISH_MONTHS,
  ENGLISH_PHRASES,
  ENGLISH_SENSES,
  ENGLISH_STOPWORDS,
} from '../lexicon/english.ts';
import { fold, hasDiacritics } from '../text/fold.ts';

/** Possessives are dropped from the question before matching: the glossary's keys lose them too. */
const withoutPossessive = (s: string) => s.replace(/['’]s\b/g, '').replace(/s['’](?=\s|$)/g, 's');

const phrases = ENGLISH_PHRASES.map(([en, vi]) => ({ words: withoutPossessive(en).split(' '), vi })).sort(
  (a, b) => b.words.length - a.words.length,
);

const senses = ENGLISH_SENSES.flatMap(({ forms, vi, when }) =>
  forms.split('|').map((f) => ({ words: withoutPossessive(f.trim()).split(' '), vi, when })),
).sort((a, b) => b.words.length - a.words.length);

/** True when a question is in English rather than Vietnamese typed without diacritics. */
export function isEnglish(question: string): boolean {
  const words = question.toLowerCase().match(/[a-z']+/g) ?? [];
  const hits = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
  // a Vietnamese term quoted inside an English question ("cluster head (trưởng cụm)") keeps it English
  if (hasDiacritics(question)) return hits >= 3;
  return hits >= 2 || (hits >= 1 && words.length <= 4);
}

function englishDates(text: string): string {
  const months = ENGLISH_MONTHS.join('|');
  return (
    text
      .replace(
        new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${months})(?:,?\\s+(\\d{4}))?`, 'gi'),
        (_, d, m, y) => {
          const mm = ENGLISH_MONTHS.indexOf(String(m).toLowerCase()) + 1;
          return y ? ` ngay ${d}/${mm}/${y} ` : ` ngay ${d}/${mm} `;
        },
      )
      .replace(
        new RegExp(`\\b(${months})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
        (_, m, d, y) => {
          const mm = ENGLISH_MONTHS.indexOf(String(m).toLowerCase()) + 1;
          return y ? ` ngay ${d}/${mm}/${y} ` : ` ngay ${d}/${mm} `;
        },
      )
      .replace(new RegExp(`\\b(?:in\\s+)?(${months})(?:\\s+(\\d{4}))?`, 'gi'), (_, m, y) => {
        const mm = ENGLISH_MONTHS.indexOf(String(m).toLowerCase()) + 1;
        return y ? ` thang ${mm} nam ${y} ` : ` thang ${mm} `;
      })
      // "by 7 November" is "đến ngày 7/11"; "from 10 September to 10 October" is "từ ngày … đến ngày …"
      .replace(/\b(?:by|as of|until|till|up to|through|to)\s+(?=ngay\b)/gi, ' den ')
      .replace(/\b(?:from|since)\s+(?=ngay\b)/gi, ' tu ')
  );
}

/** "2,513" → "2.513", "1,209.24" → "1.209,24", "8.05 billion" → "8,05 billion": the Vietnamese way. */
function vietnameseNumerals(text: string): string {
  return text
    .replace(
      /(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?(?![\d,]|\.\d)/g,
      (_m, int: string, frac?: string) =>
        frac ? `${int.replace(/,/g, '.')},${frac}` : int.replace(/,/g, '.'),
    )
    .replace(
      /(?<![\d.,])(\d+)\.(\d+)(?=\s*(?:billion|million|thousand|percent|per cent|%|hectares?|ha\b|m2|square|tons?|tonnes?|kg))/gi,
      '$1,$2',
    );
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
const ORDINAL = `(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
const ordinalValue = (o: string) => ORDINAL_WORDS[o.toLowerCase()] ?? Number.parseInt(o, 10);

/** "first-term", "the 9th term" → "khóa N"; "the 9th congress" → "lần thứ 9"; "2025-2030 term" → "nhiệm kỳ 2025-2030". */
function ordinals(text: string): string {
  return text
    .replace(/\b(\d{4})\s*[-–]\s*(\d{4})\s+(?:term|tenure)\b/gi, ' nhiem ky $1-$2 ')
    .replace(
      new RegExp(`\\b${ORDINAL}[\\s-]+(?:term|tenure)\\b`, 'gi'),
      (_m, o: string) => ` khoa ${ordinalValue(o)} `,
    )
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, (_m, n: string) => ` lan thu ${n} `);
}

/** Admin words, written before the name they belong to. */
const ADMIN_WORDS_VI: Readonly<Record<string, string>> = {
  province: 'tinh',
  provincial: 'tinh',
  city: 'thanh pho',
  district: 'huyen',
  commune: 'xa',
  ward: 'phuong',
  town: 'thi tran',
  village: 'thon',
  hamlet: 'ap',
};

/** Admin units named by number ("Ward 8", "District 5"): numbered districts are urban ("quận"). */
const NUMBERED_ADMIN: Readonly<Record<string, string>> = { ward: 'phuong', district: 'quan', commune: 'xa' };

/** Vietnamese words the rewrites put into the English text (members, dates, admin words, ordinals). */
const INSERTED = new Set([
  'gom',
  'nao',
  'nhung',
  'ngay',
  'thang',
  'nam',
  'den',
  'tu',
  'khoa',
  'lan',
  'thu',
  'nhiem',
  'ky',
  ...[...Object.values(ADMIN_WORDS_VI), ...Object.values(NUMBERED_ADMIN)].flatMap((w) => w.split(' ')),
]);

/** Question words, which are never part of a place's name ("Which district" is "huyện nào"). */
const QUESTION_WORD =
  '(?!(?:Which|What|Who|Whom|Whose|How|When|Where|Why|In|On|At|The|Of|For|To|By|From)\\b)';

/** "the Nam Song Hau cluster", "Southeast provinces' Front emulation cluster" → "cluster Nam Song Hau". */
const DESCRIPTOR_WORD =
  "\\b(?:(?!Which\\b|What\\b|Who\\b|How\\b|When\\b|Where\\b)[A-Z][\\w’'-]*|midland|midlands|and|northern|mountainous|border|provinces['’]?|province['’]?|highlands|delta|\\d{1,2}\\b)";
const CLUSTER_AFTER = new RegExp(
  `((?:${DESCRIPTOR_WORD}\\s+){1,6})((?:emulation|competition)\\s+)?(cluster|block)\\b(?!\\s+(?:head|leader|host))`,
  'g',
);
function reorderCluster(text: string): string {
  return text.replace(
    CLUSTER_AFTER,
    (_m, desc: string, _e, word: string) => `${word} ${desc.replace(/['’]s?(?=\s|$)/g, '').trim()} `,
  );
}

/** "Gia Loc district", "Thanh Hoa city's", "Ward 8": the admin word goes before the name, as in Vietnamese. */
function reorderAdmin(text: string): string {
  return text
    .replace(
      /\b(ward|district|commune)\s+(\d{1,3})\b(?:\s*,(?=\s*(?:ward|district|commune)\s+\d))?/gi,
      (_m, admin: string, n: string) => ` ${NUMBERED_ADMIN[admin.toLowerCase()] ?? ''} ${n} `,
    )
    .replace(
      new RegExp(
        `\\b((?:${QUESTION_WORD}[A-Z0-9][\\w’'-]*\\s+){0,3}${QUESTION_WORD}[A-Z0-9][\\w’'-]*?)(?:['’]s)?\\s+(${Object.keys(ADMIN_WORDS_VI).join('|')})\\b(?:['’]s)?`,
        'g',
      ),
      (_m, name: string, admin: string) => ` ${ADMIN_WORDS_VI[admin.toLowerCase()] ?? ''} ${name} `,
    );
}

const QUANTITY_NOUN =
  '(?:total\\s+)?(?:cost|costs|value|worth|amount|sum|price|budget|funding|floor area|area|size|growth rate|growth|percentage|share|proportion|rate)';

/**
 * "What was the total cost of X?", "… and what was the total amount?", "By how much did X grow?" →
 * "total cost of X how much?": asked last, as Vietnamese asks "… là bao nhiêu", so that the words after
 * "bao nhiêu" are not read as the thing counted.
 */
function askedLast(text: string): string {
  return (
    text
      .replace(
        new RegExp(
          `(^|,\\s*|\\band\\s+)what\\s+(?:is|was|are|were|'s)\\s+((?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?${QUANTITY_NOUN}\\b[^,?]*?)\\s*(?=,|\\?|$)`,
          'gi',
        ),
        (_m, before: string, rest: string) => `${before}${rest} how much`,
      )
      .replace(/^\s*by how much\s+(?:did|does|has|have|had|was|were|is|are)?\s*([^?]*)/i, '$1 how much')
      // "What was each gift worth?": the value, asked last
      .replace(/^\s*what\s+(?:is|was|are|were)\s+([^?]+?)\s+worth\b\s*/i, '$1 worth how much ')
  );
}

/**
 * "How many communes in the X cluster reached …" → "the X cluster how many communes reached …": the
 * scope first, as Vietnamese says "cụm X có bao nhiêu xã đạt …", so that what is counted stays next to
 * what it did.
 */
const SCOPE_AFTER_COUNTED =
  /^\s*how many\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:in|of|across|within)\s+((?:the\s+)?(?:[\w'’-]+\s+){0,7}?(?:cluster|bloc|block|province|provinces|district|commune|ward|city|town))\s+(?!(?:in|of|for|and|on|at)\b)([a-z].*)$/i;

/** The kinds of document a "number" belongs to: "the number of the Central Committee's plan" is its code. */
const DOCUMENT_NUMBER =
  /\b(?:reference\s+)?number\s+of\s+(?:the\s+)?((?:[\w'’-]+\s+){0,4}?(?:plan|decision|directive|resolution|guidelines?|guidance|document|dispatch|instructions?|letter|regulation)s?)\b/gi;

/** "Name the six provinces of …", "List the units in …": the members of a body, asked as "gồm những … nào". */
const MEMBERS_LISTED =
  /^\s*(?:please\s+)?(?:name|list|give|tell me)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?((?:[a-z]+(?:,\s*|\s+and\s+))*?(?:provinces|districts|communes|units|members|member provinces|member units|cities|towns|wards))\s+(?:of|in|that make up|belonging to|making up)\b/i;

/** "each of the three provinces" is "mỗi tỉnh". */
const EACH_OF =
  /\beach\s+of\s+(?:the|these|those)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?/gi;

/**
 * "the second relief allocation", "the first round", "a third batch": an ordinal of a round of
 * allocations is its "đợt" (not the "lần thứ" of a congress or a meeting).
 */
const ROUND_ORDINAL =
  /\b(first|second|third|fourth|fifth)\s+((?:[a-z]+\s+)?)(allocations?|rounds?|phases?|batch(?:es)?|installments?|tranches?|waves?|distributions?|disbursements?)\b/gi;
const ORDINAL_NUMBER: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

/**
 * "given to a household", "for one family", "per person": an amount for one of them, the per-unit
 * rate ("mỗi hộ"), as an English indefinite singular says.
 */
const FOR_ONE =
  /\b(?:to|for)\s+(?:a|an|one|each)\s+(?:single\s+)?(household|family|person|house|recipient|beneficiary)\b/gi;

/** "commune-level Front congresses" → "Front congresses commune-level": the level after what it qualifies. */
const LEVEL_BEFORE =
  /\b((?:commune|district|provincial|province|city|ward|grassroots)[- ]level)\s+((?:(?:fatherland\s+)?front\s+)?(?:congress(?:es)?|chairs?|chairmen|chairpersons|chairwomen|committees?|units?|officials?|cadres?|elections?|conferences?))\b/gi;

/** "Which districts and cities were in …", "Which units make up …": the members of a body. */
const MEMBERS_ASKED =
  /^\s*(?:which|what)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?((?:[a-z]+(?:,\s*|\s+and\s+|\s+))*?[a-z]+)\s+(?:(?:are|were|is|was)\s+(?:in|members\s+of|part\s+of|included\s+in)|(?:make|makes|made)\s+up|belong(?:s|ed)?\s+to|form(?:s|ed)?|compris(?:e|es|ed))\b/i;

/** Translates an English question into folded Vietnamese words. */
export function translateEnglish(question: string): string {
  const original = question.normalize('NFC');
  let text = englishDates(vietnameseNumerals(askedLast(original)))
    .replace(DOCUMENT_NUMBER, ' reference number $1 ')
    .replace(MEMBERS_ASKED, ' gom nhung $1 nao ')
    .replace(MEMBERS_LISTED, ' gom nhung $1 nao ')
    .replace(EACH_OF, 'each ')
    .replace(
      ROUND_ORDINAL,
      (_m, n: string, mid: string, what: string) => `${mid}${what} đợt ${ORDINAL_NUMBER[n.toLowerCase()]}`,
    )
    .replace(FOR_ONE, 'each $1')
    .replace(LEVEL_BEFORE, '$2 $1')
    // "how much relief money" is "bao nhiêu tiền cứu trợ": the money first, then what kind
    .replace(/\bhow much\s+(\w+)\s+money\b/gi, 'how much money $1')
    .replace(SCOPE_AFTER_COUNTED, '$2 how many $1 $3');
  // "which three provinces" asks for provinces; "when"/"where" inside a clause are conjunctions
  text = text.replace(/\b(which|what)\s+(?:\w+\s+)?(provinces|districts|communes|units)\b/gi, '$1 $2');
  text = text.replace(
    /(?<=\S\s+)\b(when|where|which|that)\b(?=\s+(?:it|they|he|she|the|its|was|were|is)\b)/gi,
    ' ',
  );
  // "households whose houses were damaged", "officials who donated": relative, not asking
  text = text.replace(/(?<=\b(?!and\b|or\b|but\b|then\b)[A-Za-z]+\s+)\b(?:who|whose)\b(?!\s*\?)/g, ' ');
  text = reorderCluster(text);
  // "Which … chairman attended …?" asks for a person: "Which" before an office is "who"
  // (not "Which commune chaired …": a unit asked by its kind is a unit)
  text = text.replace(
    /^\s*which\b(?!\s+(?:provinces?|districts?|communes?|wards?|units?|towns?|city|cities|villages?|hamlets?|localit(?:y|ies)|organi[sz]ations?|banks?|compan(?:y|ies)|business(?:es)?|enterprises?|agenc(?:y|ies))\b)(?=(?:\s+[\w'’-]+){0,6}?\s+(?:chair(?:man|woman|person|men|s)?|vice[\s-]chair\w*|presidents?|secretary|head)\b)/i,
    'who',
  );
  text = ordinals(withoutPossessive(reorderAdmin(text)));
  const matches = [...text.matchAll(/[\p{L}\d][\p{L}\d.,'’/-]*[\p{L}\d]|[\p{L}\d]|[?,;]/gu)];
  const tokens = matches.map((m) => m[0]);
  // "No. 13" keeps its period (a number's sign, not the end of a sentence)
  const lower = matches.map((m) => {
    const t = m[0].toLowerCase();
    return t === 'no' && text[(m.index ?? 0) + 2] === '.' ? 'no.' : t;
  });
  const at = (words: readonly string[], i: number) => words.every((w, k) => lower[i + k] === w);
  const out: string[] = [];
  let afterName = false;
  for (let i = 0; i < tokens.length; ) {
    const phrase = phrases.find((ph) => at(ph.words, i));
    const sense = senses.find((s) => at(s.words, i) && s.when.test(original));
    const p = sense && sense.words.length >= (phrase?.words.length ?? 0) ? sense : phrase;
    if (p) {
      if (p.vi) out.push(p.vi);
      i += p.words.length;
      afterName = false;
      continue;
    }
    const w = lower[i] ?? '';
    // an English word the glossary does not know says nothing the articles could match; names
    // (capitalized), numbers and Vietnamese words written in the question go through
    const token = tokens[i] ?? '';
    const untranslated = /^[a-z][a-z'-]*$/.test(token) && !INSERTED.has(token);
    // "An" of "Nghe An", "The" of "Lam The Tong": a capitalized word right after a name is part of it
    const capitalized = /^\p{Lu}/u.test(token);
    const keep: boolean = (capitalized && afterName) || !ENGLISH_STOPWORDS.has(w);
    // commas stay: they cut a compound question into the parts it asks, as in Vietnamese
    if (w === ',' || w === ';') {
      if (out.length && out[out.length - 1] !== ',') out.push(',');
    } else if (keep && w !== '?' && !untranslated) out.push(fold(token));
    afterName = capitalized && keep;
    i++;
  }
  while (out[0] === ',') out.shift();
  while (out[out.length - 1] === ',') out.pop();
  return out.join(' ');
}
