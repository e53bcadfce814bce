/**
 * Evidence around a candidate answer: its sentence folded for matching (offsets kept), the clause it
 * sits in, the sentences next to it, and its article's head (title and lead) and whole text. Every
 * check of a question's words against an answer asks at which of these levels they are written.
 */
import { type Article, headText, type Sentence } from '../ingest/article.ts';
import { fold, foldAligned } from '../text/fold.ts';
import type { Knowledge } from './knowledge.ts';

/** How close to the answer a question's words are written, nearest first. */
export type Level = 'clause' | 'sentence' | 'context' | 'article' | 'absent';

/** The weight of each level when a constraint or a word is found there. */
export const LEVEL_WEIGHT: Readonly<Record<Level, number>> = {
  clause: 1,
  sentence: 0.85,
  context: 0.7,
  article: 0.45,
  absent: 0,
};

export interface SentenceView {
  articleId: string;
  index: number;
  sentence: Sentence;
  /** The sentence folded with offsets kept: a match here is a match in `sentence.text`. */
  folded: string;
  /** Hard clause bounds: split at ";", ":" and bullets (commas and brackets only soften). */
  clauses: Array<[number, number]>;
}

const views = new WeakMap<Sentence, SentenceView>();

function clausesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[;:•]/gu)) {
    const at = m.index ?? 0;
    if (at > start) out.push([start, at]);
    start = at + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.length ? out : [[0, text.length]];
}

export function viewOf(k: Knowledge, articleId: string, index: number): SentenceView | undefined {
  const sentence = k.sentence(articleId, index);
  if (!sentence) return undefined;
  let v = views.get(sentence);
  if (!v) {
    v = { articleId, index, sentence, folded: foldAligned(sentence.text), clauses: clausesOf(sentence.text) };
    views.set(sentence, v);
  }
  return v;
}

/** The hard clause holding a position. */
export function clauseAt(v: SentenceView, at: number): [number, number] {
  return (
    v.clauses.find(([a, b]) => at >= a && at < b) ?? v.clauses[v.clauses.length - 1] ?? [0, v.folded.length]
  );
}

const wordRes = new Map<string, RegExp>();

function phraseRe(words: readonly string[]): RegExp {
  const key = words.join(' ');
  let re = wordRes.get(key);
  if (!re) {
    // (an apostrophe joins the syllables of a minority name as a space does: "K’Lũ", "Ia H’Drai",
    // "Cư M’gar" are the words "k lu", "ia h drai", "cu m gar"; articles write ’ where questions type ')
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join("[\\s,.'’‘ʼ-]+");
    re = new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'g');
    if (wordRes.size > 20_000) wordRes.clear();
    wordRes.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Where a phrase (folded words in order) is written in a folded text: start offsets. */
export function phrasePositions(folded: string, words: readonly string[]): number[] {
  if (!words.length) return [];
  const re = phraseRe(words);
  const out: number[] = [];
  for (const m of folded.matchAll(re)) out.push(m.index ?? 0);
  return out;
}

export function hasPhrase(folded: string, words: readonly string[]): boolean {
  if (!words.length || !folded.includes(words[0] as string)) return false;
  return phraseRe(words).test(folded);
}

const heads = new WeakMap<Article, string>();
const bodies = new WeakMap<Article, string>();

/** The article's title, lead and publisher, folded. */
export function foldedHead(a: Article): string {
  let h = heads.get(a);
  if (h === undefined) {
    h = fold(`${headText(a)} ${a.title} ${a.publisher ?? ''}`);
    heads.set(a, h);
  }
  return h;
}

/** The whole article, folded. */
export function foldedBody(a: Article): string {
  let b = bodies.get(a);
  if (b === undefined) {
    b = fold(`${a.title}\n${a.sentences.map((s) => s.text).join('\n')}`);
    bodies.set(a, b);
  }
  return b;
}

const neighbours = new WeakMap<object, string>();

/** The sentences right before and after, folded. */
export function foldedNeighbours(k: Knowledge, v: SentenceView): string {
  // (read once per sentence: every candidate of a sentence asks for it, for every constraint)
  let text = neighbours.get(v.sentence);
  if (text === undefined) {
    text = [v.index - 1, v.index + 1].map((i) => viewOf(k, v.articleId, i)?.folded ?? '').join(' \n ');
    neighbours.set(v.sentence, text);
  }
  return text;
}

/** The nearest level at which a phrase is written, seen from a span of a sentence. */
export function phraseLevel(
  k: Knowledge,
  v: SentenceView,
  span: [number, number],
  words: readonly string[],
): Level {
  const at = phrasePositions(v.folded, words);
  if (at.length) {
    const [a, b] = clauseAt(v, span[0]);
    return at.some((p) => p >= a && p < b) ? 'clause' : 'sentence';
  }
  const a = k.article(v.articleId);
  if (!a) return 'absent';
  if (hasPhrase(foldedNeighbours(k, v), words) || hasPhrase(foldedHead(a), words)) return 'context';
  return hasPhrase(foldedBody(a), words) ? 'article' : 'absent';
}
