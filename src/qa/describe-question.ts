/**
 * How a question was understood, in one short line for the reader: "Cụm phó · năm 2023 · Cụm Nam Sông
 * Hậu". It names what is asked about (a cluster role, a title, what is counted), the years, the cluster
 * and the places — written as the articles and the question write them, never in folded form. A surface
 * shows it when a follow-up was resolved or a scope was picked from words the question did not spell
 * out, so a wrong reading can be told from a missing fact.
 */
import type { ClusterRole } from '../lexicon/roles.ts';
import { fold, foldAligned } from '../text/fold.ts';
import { wordsInOrder } from '../text/words-in-order.ts';
import type { ParsedQuestion } from './question.ts';

/** The role a question asks about, as the header names it. */
const ROLE_LABELS: Record<'vi' | 'en', Record<ClusterRole, string>> = {
  vi: { leader: 'Cụm trưởng', deputy: 'Cụm phó' },
  en: { leader: 'cluster leader', deputy: 'deputy cluster leader' },
};

export interface QuestionDescription {
  /** The parts of the line, in order: what is asked about, years, cluster, places. */
  parts: string[];
  /** The line itself: the parts joined with " · ". */
  line: string;
  /** True when a cluster or place was read from words the question does not write as shown. */
  picked: boolean;
  /** Display text found for folded phrases, kept so that a follow-up can name them again. */
  spelled: Record<string, string>;
}

export interface DescribeOptions {
  /** Clusters the store knows (folded key, name as an article writes it), to name a cluster properly. */
  clusters?: ReadonlyArray<{ key: string; name: string }>;
  /** The description of the previous question, for a follow-up. */
  previous?: QuestionDescription;
}

/** The words of `text` that fold to `phrase` (whole words), as written; undefined when absent. */
export function spellingIn(text: string, phrase: string): string | undefined {
  if (!phrase) return undefined;
  const nfc = text.normalize('NFC');
  if (aligned.text !== nfc) aligned = { text: nfc, folded: foldAligned(nfc) };
  let re = phraseRes.get(phrase);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    if (phraseRes.size > 1000) phraseRes.clear();
    phraseRes.set(phrase, re);
  }
  const m = re.exec(aligned.folded);
  return m ? nfc.slice(m.index, m.index + m[0].length) : undefined;
}

/** The last text folded by `spellingIn` (a question is spelled phrase by phrase), and its patterns. */
let aligned = { text: '', folded: '' };
const phraseRes = new Map<string, RegExp>();

/**
 * The words of `text` that hold `key`'s words in order, a few other words allowed between them ("trung du
 * và miền núi phía Bắc" for "trung du nui phia bac"), as written; undefined when absent.
 */
export function spanIn(text: string, key: string, gap = 2): string | undefined {
  const nfc = text.normalize('NFC');
  const words = [...foldAligned(nfc).matchAll(/[\p{L}\p{N}]+/gu)];
  const found = wordsInOrder(
    words.map((w) => w[0]),
    key.split(' '),
    gap,
  );
  if (!found) return undefined;
  const [i, j] = found;
  // "miền" leads a region's name though keys leave it out ("miền núi biên giới phía Bắc")
  const first = words[i - 1]?.[0] === 'mien' ? i - 1 : i;
  const end = words[j]!.index! + words[j]![0].length;
  return nfc.slice(words[first]!.index, end);
}

/** "Cụm Nam Sông Hậu": the key's words as a cluster name known to the store (or the question) writes them. */
function clusterLabel(key: string, clusters: DescribeOptions['clusters'], raw: string): string | undefined {
  for (const c of clusters ?? []) {
    const words = spanIn(c.name, key);
    if (words) return `Cụm ${words}`;
  }
  const written = spanIn(raw, key);
  return written ? `Cụm ${written}` : undefined;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function describeQuestion(q: ParsedQuestion, opts: DescribeOptions = {}): QuestionDescription {
  const spelled: Record<string, string> = { ...opts.previous?.spelled };
  /** A folded phrase as written in the question (or remembered from the one before). */
  const spell = (phrase: string | undefined): string | undefined => {
    if (!phrase) return undefined;
    const written = spellingIn(q.raw, phrase) ?? spelled[phrase];
    if (written) spelled[phrase] = written;
    return written;
  };
  const literal = (shown: string) => q.raw.normalize('NFC').toLowerCase().includes(shown.toLowerCase());

  const parts: string[] = [];
  let picked = false;

  // a role or a title is named as a title is written ("Cụm phó", "Chủ tịch"); what is counted as asked
  const title = q.title ? spell(q.title.head) : undefined;
  const asked = q.role ? ROLE_LABELS[q.lang][q.role] : title ? capitalize(title) : spell(q.counted);
  if (asked) parts.push(asked);

  if (q.years.length) {
    const years = [...q.years].sort((a, b) => a - b).join(', ');
    parts.push(q.lang === 'en' ? years : `năm ${years}`);
  }

  if (q.clusterKey) {
    const remembered = spelled[`cum ${q.clusterKey}`];
    const label = remembered ?? clusterLabel(q.clusterKey, opts.clusters, q.raw);
    if (label) {
      spelled[`cum ${q.clusterKey}`] = label;
      parts.push(label);
      if (!literal(label.replace(/^Cụm /, ''))) picked = true;
    }
  }

  for (const p of q.provinces) {
    parts.push(p);
    if (!literal(p)) picked = true;
  }
  for (const l of q.localities) {
    const name = spell(l.admin ? `${l.admin} ${l.name}` : l.name) ?? spell(l.name);
    if (!name) continue;
    parts.push(name);
    if (!literal(name)) picked = true;
  }

  return { parts, line: parts.join(' · '), picked, spelled };
}

/** True when `text` (an answer) already names every part of the description. */
export function namesEveryPart(d: QuestionDescription, text: string): boolean {
  const folded = fold(text);
  return d.parts.every((p) => folded.includes(fold(p.replace(/^Cụm /, ''))));
}
