/**
 * The one formatter of answers for every surface. An answer becomes a small view — the "understood" line,
 * the note (several answers, a passage, not found), the items, and their sources (one per article) —
 * which the Telegram bot renders as HTML (src/bot/format.ts) and the terminal as plain text
 * (src/cli/format-answer.ts). Both therefore say the same words and show the same things:
 *  - an item names what it is about (`subject`) when the answer stage says so, each part once; a figure's
 *    phrase is never cut mid-phrase, and an English answer says what is counted in English (labels.ts);
 *  - each source and each quoted sentence is listed once, however many items it supports;
 *  - the article's title is left out of a source when an item line already names it;
 *  - a quote is left out of a source when an item is that very sentence (a passage).
 */
import { phrases } from '../answer/phrasing.ts';
import { subjectNotNamed } from '../answer/subject.ts';
import type { Answer, AnswerItem, Citation, Lang } from '../answer/types.ts';
import { fold } from '../text/fold.ts';
import { formatDate } from './format-date.ts';
import { figureLine } from './labels.ts';

/** What the view is built from: an answer, and how the question was understood when that is worth saying. */
export type AnswerInput = Answer & { understood?: string };

export interface ItemView {
  /** 1-based number when the answer has several items. */
  n?: number;
  /** The answer line, with its subject when the line does not already name it. */
  text: string;
  citation: Citation;
  /** Index of its source in `sources`. */
  source: number;
}

export interface SourceView {
  articleId: string;
  /** The article's title; undefined when an item line of the run already names it. */
  title?: string;
  publisher?: string;
  /** Formatted for the answer's language ("11/12/2023", "11 Dec 2023"). */
  date?: string;
  url?: string;
  /** Distinct quoted sentences, except those an item already shows in full. */
  quotes: string[];
}

export interface CitationRef {
  citation: Citation;
  /** Number of the first item it supports; undefined when the answer has only one citation. */
  item?: number;
}

export interface AnswerView {
  lang: Lang;
  kind: Answer['kind'];
  /** How a follow-up or a picked scope was read ("Cụm phó · năm 2023 · Cụm Nam Sông Hậu"). */
  understood?: string;
  /** The line before the items: several answers, a passage (no exact answer), or not found. */
  note?: string;
  items: ItemView[];
  /** One per article, in the order items cite them. */
  sources: SourceView[];
  /** Items left out beyond `maxItems`. */
  more: number;
  /** Distinct citations (article and sentence), in item order. */
  citations: CitationRef[];
}

export interface ViewOptions {
  /** Most items shown (default: all). */
  maxItems?: number;
  /** Language of the words and dates around the items (default: the answer's). */
  lang?: Lang;
}

/** True when an answer line already names the article's title (in full, or a shortened start of it). */
export function namesTitle(line: string, title: string): boolean {
  const l = fold(line);
  const t = fold(title).trim();
  if (!t) return false;
  if (l.includes(t)) return true;
  // "… — Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi đua…": a title cut short
  for (const m of l.matchAll(/(?:^|—|:)\s*([^—:]{15,}?)\s*…/g)) if (t.startsWith(m[1]!.trim())) return true;
  return false;
}

/** An answer's line: a figure's phrase whole (in English for English), then what it is about, when not named. */
function lineOf(item: AnswerItem, answer: Answer): string {
  if (answer.kind === 'passage') return item.text;
  const text = figureLine(item.text, item.citation.quote, answer.lang);
  const subject = subjectNotNamed(text, item.subject);
  return subject ? `${text} — ${subject}` : text;
}

const citationKey = (c: Citation) => `${c.articleId}\u0000${c.sentenceIndex}`;

export function answerView(answer: AnswerInput, opts: ViewOptions = {}): AnswerView {
  const lang = opts.lang ?? answer.lang;
  const p = phrases(lang);
  const base = {
    lang,
    kind: answer.kind,
    ...(answer.understood ? { understood: answer.understood } : {}),
  };
  const shown = (!answer.found && answer.kind !== 'passage') || answer.items.length === 0 ? [] : answer.items;
  if (shown.length === 0)
    return { ...base, kind: 'none', note: p.notFound, items: [], sources: [], more: 0, citations: [] };

  const items = shown.slice(0, opts.maxItems ?? shown.length);
  const numbered = items.length > 1;
  const note = answer.kind === 'passage' ? p.passage : numbered ? p.several : undefined;

  const sources: SourceView[] = [];
  const views: ItemView[] = items.map((item, i) => {
    let source = sources.findIndex((s) => s.articleId === item.citation.articleId);
    if (source < 0) source = sources.push(sourceOf(item.citation, lang)) - 1;
    return { ...(numbered ? { n: i + 1 } : {}), text: lineOf(item, answer), citation: item.citation, source };
  });
  sources.forEach((s, i) => {
    finishSource(
      s,
      views.filter((v) => v.source === i),
    );
  });

  const seen = new Set<string>();
  const citations: CitationRef[] = [];
  items.forEach((item, i) => {
    const key = citationKey(item.citation);
    if (seen.has(key)) return;
    seen.add(key);
    citations.push({ citation: item.citation, item: i + 1 });
  });
  if (citations.length === 1) delete citations[0]!.item;

  return {
    ...base,
    ...(note ? { note } : {}),
    items: views,
    sources,
    more: shown.length - items.length,
    citations,
  };
}

function sourceOf(c: Citation, lang: Lang): SourceView {
  const date = formatDate(c.date, lang);
  return {
    articleId: c.articleId,
    title: c.title,
    ...(c.publisher?.trim() ? { publisher: c.publisher.trim() } : {}),
    ...(date ? { date } : {}),
    ...(c.url ? { url: c.url } : {}),
    quotes: [],
  };
}

/** The source's quotes, once each, minus those shown as items; its title unless an item names it. */
function finishSource(s: SourceView, items: ItemView[]): void {
  const shownInFull = new Set(items.map((i) => fold(i.text).trim()));
  for (const { citation } of items) {
    const q = citation.quote.trim();
    if (q && !s.quotes.includes(q) && !shownInFull.has(fold(q))) s.quotes.push(q);
  }
  if (s.title && items.some((i) => namesTitle(i.text, s.title!))) delete s.title;
}

/** Runs of consecutive items citing the same source (a surface may print the source after each run). */
export function runsOf(view: AnswerView): ItemView[][] {
  const runs: ItemView[][] = [];
  for (const item of view.items) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.source === item.source) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
