/**
 * Mentions of emulation clusters and blocks ("Cụm thi đua các tỉnh Miền núi biên giới phía Bắc",
 * "Cụm thi đua Nam Sông Hậu", "Cụm thi đua số 01", "cụm II", "Khối thi đua Mặt trận các xã, thị trấn")
 * and the folded key that identifies a cluster however it is written.
 */
import { romanToNumber } from '../lexicon/numbers.ts';
import { fold } from '../text/fold.ts';
import { type SyllableToken, syllables } from '../text/tokenize.ts';

export interface ClusterMention {
  start: number;
  end: number;
  /** As written, from "Cụm"/"Khối" to the end of the descriptor. */
  surface: string;
  /** Distinctive folded words ("nui bien gioi phia bac", "so 2"); empty for a bare "Cụm". */
  key: string;
  /** True for "Khối thi đua". */
  block: boolean;
  /** True for numbered clusters ("số 1", "II"), which only make sense inside a province or district. */
  numbered: boolean;
}

/** The Front's own words, common to every cluster's name ("… Mặt trận Tổ quốc các tỉnh …"). */
const FRONT_WORDS =
  'mat tran to quoc mttq ubmttq uy ban viet cac tinh thanh pho huyen xa thi tran va mien he thong phuong dua'.split(
    ' ',
  );

/** Words that may continue a cluster's descriptor in lower case. */
const DESCRIPTOR_WORDS = new Set([
  ...FRONT_WORDS,
  ...'nam so nui bien gioi phia bac trung du dong tay nguyen song hau bo bang duyen hai cuu long hong truc thuoc uong khu vuc ven bien'.split(
    ' ',
  ),
]);

/** Generic words dropped from the key. */
const GENERIC = new Set([...FRONT_WORDS, ...'cum khoi'.split(' ')]);

const STOP = new Set([
  'gom',
  'da',
  'duoc',
  'co',
  'la',
  'lam',
  'trong',
  'tai',
  'ngay',
  'cho',
  've',
  'voi',
  'den',
  'nhu',
  'se',
  'can',
  'tiep',
  'cong',
  'ky',
  'to',
  'nhan',
  'thong',
]);

/** Normalizes a descriptor's folded words into a key: numbers unpadded, roman numerals to digits. */
export function clusterKey(words: string[]): string {
  const out: string[] = [];
  words.forEach((w, i) => {
    if (GENERIC.has(w)) return;
    if (w === 'viet' || (w === 'nam' && words[i - 1] === 'viet')) return;
    const roman = romanToNumber(w);
    if (/^\d+$/.test(w)) out.push(String(Number(w)));
    else if (roman && (words[i - 1] === 'so' || out.length === 0)) out.push(String(roman));
    else out.push(w);
  });
  if (out.length && /^\d+$/.test(out[0] ?? '')) out.unshift('so');
  return out.join(' ');
}

/** True when every word of `query` (a question's cluster key) is in `key` (a fact's cluster key). */
export function clusterKeyMatches(query: string, key: string): boolean {
  if (!query) return true;
  const have = new Set(key.split(' '));
  return query.split(' ').every((w) => have.has(w));
}

/** Cluster mentions of a text; `toks` are its syllables when the caller already has them. */
export function findClusterMentions(text: string, toks: SyllableToken[] = syllables(text)): ClusterMention[] {
  const out: ClusterMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as SyllableToken;
    if (t.term !== 'cum' && t.term !== 'khoi') continue;
    const block = t.term === 'khoi';
    // "Cụm trưởng", "Cụm phó", "Khối trưởng": a role, not a cluster's name
    if (['truong', 'pho'].includes(toks[i + 1]?.term ?? '')) continue;
    let j = i + 1;
    const words: string[] = [];
    let lastEnd = t.end;
    const thiDua = toks[j]?.term === 'thi' && toks[j + 1]?.term === 'dua';
    if (thiDua) {
      lastEnd = (toks[j + 1] as SyllableToken).end;
      j += 2;
    } else if (block) continue; // "khối" alone is an ordinary word ("khối đại đoàn kết")
    for (; j < toks.length; j++) {
      const tok = toks[j] as SyllableToken;
      const gap = text.slice(lastEnd, tok.start);
      // "các tỉnh, thành phố …" keeps its comma, and so does "số 1,2"; a dash only before a number
      const listComma = /^,\s?$/.test(gap) && words[words.length - 1] === 'tinh' && tok.term === 'thanh';
      const numberComma = /^,$/.test(gap) && /^\d+$/.test(tok.term);
      const numberDash = /^\s*[–-]\s*$/.test(gap) && /^\d+$/.test(tok.term);
      if (!/^\s*$/.test(gap) && !listComma && !numberComma && !numberDash) break;
      const term = tok.term;
      const cap = /^\p{Lu}/u.test(tok.surface);
      if (term === 'nam' && /^\d{4}$/.test(toks[j + 1]?.term ?? '')) break;
      if (/^\d{4}$/.test(term)) break;
      if (!cap && STOP.has(term) && !(term === 'nam' && words[words.length - 1] === 'viet')) break;
      if (!(cap || DESCRIPTOR_WORDS.has(term) || /^\d{1,2}$/.test(term) || romanToNumber(term))) break;
      if (term === 'va' && !DESCRIPTOR_WORDS.has(toks[j + 1]?.term ?? '')) break;
      words.push(term);
      lastEnd = tok.end;
      // a numbered cluster's name ends with its number: "Cụm thi đua số 2 MTTQ huyện Gia Lộc"
      const prev = words[words.length - 2];
      if (
        prev === 'so' &&
        (/^\d+$/.test(term) || romanToNumber(term)) &&
        toks[j + 1]?.term !== undefined &&
        text.slice(tok.end, toks[j + 1]?.start).trim() !== ','
      ) {
        j++;
        break;
      }
    }
    // trailing connectors are not part of the descriptor
    while (words.length && ['va', 'cac', 'tinh', 'so'].includes(words[words.length - 1] ?? '')) {
      words.pop();
      const prev = toks[i + (thiDua ? 3 : 1) + words.length - 1];
      lastEnd = prev ? prev.end : (toks[i + (thiDua ? 2 : 0)] as SyllableToken).end;
    }
    const key = clusterKey(words);
    // a bare "cụm" with no descriptor still tells the sentence is about the article's cluster
    if (!thiDua && !key && !block && !/^\p{Lu}/u.test(t.surface)) {
      out.push({ start: t.start, end: t.end, surface: t.surface, key: '', block, numbered: false });
      continue;
    }
    out.push({
      start: t.start,
      end: lastEnd,
      surface: text.slice(t.start, lastEnd),
      key,
      block,
      numbered: /^so \d+/.test(key),
    });
    i = j - 1;
  }
  return out;
}

/** Folds a cluster descriptor written in a question or a name. */
export function clusterKeyOf(text: string): string {
  const m = findClusterMentions(text)[0];
  return m ? m.key : clusterKey(fold(text).split(/\s+/));
}
