/**
 * English questions → folded Vietnamese, so one parser serves both languages. Phrases come from the
 * glossary in lexicon/english.ts; proper nouns (Gia Lai, Binh Thuan, Hanoi) pass through and are
 * matched folded; "the Nam Song Hau cluster" is reordered to "cụm thi đua Nam Song Hau".
 */
import { ENGLISH_MARKERS, ENGLISH_MONTHS, ENGLISH_PHRASES, ENGLISH_STOPWORDS } from '../lexicon/english.ts';
import { fold, hasDiacritics } from '../text/fold.ts';

const phrases = ENGLISH_PHRASES.map(([en, vi]) => ({ words: en.split(' '), vi })).sort(
  (a, b) => b.words.length - a.words.length,
);

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
  return text
    .replace(
      new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})(?:,?\\s+(\\d{4}))?`, 'gi'),
      (_, d, m, y) => {
        const mm = ENGLISH_MONTHS.indexOf(String(m).toLowerCase()) + 1;
        return y ? ` ngay ${d}/${mm}/${y} ` : ` ngay ${d}/${mm} `;
      },
    )
    .replace(new RegExp(`\\b(${months})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gi'), (_, m, d, y) => {
      const mm = ENGLISH_MONTHS.indexOf(String(m).toLowerCase()) + 1;
      return ` ngay ${d}/${mm}/${y} `;
    })
    .replace(new RegExp(`\\b(?:in\\s+)?(${months})(?:\\s+(\\d{4}))?`, 'gi'), (_, m, y) => {
      const mm = ENGLISH_MONTHS.indexOf(String(m).toLowerCase()) + 1;
      return y ? ` thang ${mm} nam ${y} ` : ` thang ${mm} `;
    });
}

/** Vietnamese words the rewrites above put into the English text (dates, admin words). */
const ADMIN_WORDS_VI: Readonly<Record<string, string>> = {
  district: 'huyen',
  commune: 'xa',
  ward: 'phuong',
  town: 'thi tran',
  village: 'thon',
  hamlet: 'ap',
};

const INSERTED = new Set([
  'ngay',
  'thang',
  'nam',
  ...Object.values(ADMIN_WORDS_VI).flatMap((w) => w.split(' ')),
]);

/** "the Nam Song Hau cluster"
, "Southeast provinces' Front emulation cluster" → "cluster Nam Song Hau". */
const DESCRIPTOR_WORD =
  "(?:(?!Which\\b|What\\b|Who\\b|How\\b|When\\b|Where\\b)[A-Z][\\w’'-]*|midland|midlands|and|northern|mountainous|border|provinces['’]?|province['’]?|highlands|delta|\\b\\d{1,2}\\b)";
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

/** Translates an English question into folded Vietnamese words. */
export function translateEnglish(question: string): string {
  let text = englishDates(question.normalize('NFC'));
  // "which three provinces" asks for provinces; "when"/"where" inside a clause are conjunctions
  text = text.replace(/\b(which|what)\s+(?:\w+\s+)?(provinces|districts|communes|units)\b/gi, '$1 $2');
  text = text.replace(
    /(?<=\S\s+)\b(when|where|which|that)\b(?=\s+(?:it|they|he|she|the|its|was|were|is)\b)/gi,
    ' ',
  );
  text = reorderCluster(text);
  // "Which … chairman attended …?" asks for a person: "Which" before an office is "who"
  text = text.replace(
    /^\s*which\b(?=(?:\s+[\w'’-]+){0,6}?\s+(?:chair\w*|vice[\s-]chair\w*|president|secretary|head)\b)/i,
    'who',
  );

  // "Gia Loc district", "Dien Huong commune": the admin word goes before the name, as in Vietnamese
  text = text.replace(
    /\b((?:[A-Z0-9][\w’'-]*\s+){0,3}[A-Z0-9][\w’'-]*?)(?:['’]s)?\s+(district|commune|ward|town|village|hamlet)\b/g,
    (_m, name: string, admin: string) => ` ${ADMIN_WORDS_VI[admin.toLowerCase()] ?? ''} ${name} `,
  );
  text = text.replace(/['’]s\b/g, '').replace(/s['’](?=\s)/g, 's');
  const tokens = text.match(/[\p{L}\d][\p{L}\d.'’/-]*|[?]/gu) ?? [];
  const lower = tokens.map((t) =>
    t.toLowerCase().replace(/[.]$/, (m) => (t.toLowerCase() === 'no.' ? m : '')),
  );
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const p = phrases.find((ph) => ph.words.every((w, k) => lower[i + k] === w));
    if (p) {
      out.push(p.vi);
      i += p.words.length;
      continue;
    }
    const w = lower[i] ?? '';
    // an English word the glossary does not know says nothing the articles could match; names
    // (capitalized), numbers and Vietnamese words written in the question go through
    const token = tokens[i] ?? '';
    const untranslated = /^[a-z][a-z'-]*$/.test(token) && !INSERTED.has(token);
    if (!ENGLISH_STOPWORDS.has(w) && w !== '?' && !untranslated) out.push(fold(token));

    i++;
  }
  return out.join(' ');
}
