/**
 * Rendering engine results as Telegram HTML. Every dynamic string is escaped; every tag
 * opens and closes on one line (see html.ts), so messages can be split at any line.
 */
import type { Citation } from '../answer/types.ts';
import type { AskResult, IngestReport } from '../engine.ts';
import { type AnswerView, answerView, runsOf, type SourceView } from '../present/answer-view.ts';
import { formatDate } from '../present/format-date.ts';
import { moreItemsText } from '../present/words.ts';
import { shorten } from '../text/shorten.ts';
import { esc, link } from './html.ts';
import type { Lang, Strings } from './i18n.ts';

/** "Báo Đại Đoàn Kết, 11/12/2023"; the (shortened) title stands in for a missing publisher. */
export function sourceLine(s: Pick<SourceView, 'publisher' | 'date' | 'title'>): string {
  const by = s.publisher ?? (s.title ? shorten(s.title, 60) : undefined);
  return [by, s.date].filter((p): p is string => !!p && p.trim() !== '').join(', ');
}

export interface CitationButton {
  citation: Citation;
  /** 1-based number of the first item this citation supports; undefined when there is only one. */
  item?: number;
}

export interface RenderedAnswer {
  html: string;
  /** One 📄 button per distinct citation, in item order. */
  buttons: CitationButton[];
}

export const MAX_BUTTONS = 8;
export const MAX_ITEMS = 40;

/** The "understood" line and the note, as the first lines of a message. */
function headLines(view: AnswerView): string[] {
  const lines: string[] = [];
  if (view.understood) lines.push(`🔎 <i>${esc(view.understood)}</i>`);
  if (view.note) lines.push(view.kind === 'none' ? esc(view.note) : `<i>${esc(view.note)}</i>`);
  return lines;
}

/** The answer message: the understood line, the note, items in runs with their source after each run. */
export function renderAnswer(result: AskResult, t: Strings, lang: Lang): RenderedAnswer {
  const view = answerView(result, { maxItems: MAX_ITEMS, lang });
  if (view.kind === 'none')
    return { html: [...headLines(view), `<i>${t.notFoundHint}</i>`].join('\n'), buttons: [] };

  const lines = headLines(view);
  if (lines.length) lines.push('');
  runsOf(view).forEach((run, r) => {
    if (r > 0) lines.push('');
    for (const item of run) {
      const text = view.kind === 'passage' ? `<i>“${esc(item.text)}”</i>` : `<b>${esc(item.text)}</b>`;
      lines.push(item.n ? `${item.n}. ${text}` : text);
    }
    const source = sourceLine(view.sources[run[0]!.source]!);
    if (source) lines.push(`<i>— ${esc(source)}</i>`);
  });
  if (view.more > 0) lines.push('', `<i>${esc(moreItemsText(view.more, view.lang))}</i>`);
  const buttons = view.citations.slice(0, MAX_BUTTONS);
  return { html: lines.join('\n'), buttons };
}

/** The full citation shown when a 📄 button is tapped. */
export function renderCitation(c: Citation, t: Strings, lang: Lang): string {
  const lines = [t.citationHeader, `<blockquote>${esc(c.quote)}</blockquote>`, `📰 <b>${esc(c.title)}</b>`];
  const meta = [c.publisher, formatDate(c.date, lang)].filter((p): p is string => !!p);
  if (meta.length > 0) lines.push(esc(meta.join(' · ')));
  if (c.url) lines.push(`🔗 ${link(c.url, t.citationLink)}`);
  return lines.join('\n');
}

/** One item of an answer for inline results: title, description and the message it sends. */
export function renderInlineItem(
  result: AskResult,
  index: number,
  t: Strings,
  lang: Lang,
): { title: string; description: string; html: string } {
  const view = answerView(result, { lang });
  const item = view.items[index]!;
  const source = view.sources[item.source]!;
  const c = item.citation;
  const by = sourceLine(source);
  const description = shorten(
    `${view.kind === 'passage' ? `${t.inlinePassage} · ` : ''}${by}${source.title ? ` — ${source.title}` : ''}`,
    200,
  );
  const body = view.kind === 'passage' ? `<i>“${esc(item.text)}”</i>` : `<b>${esc(item.text)}</b>`;
  const title = source.title ? shorten(source.title, 80) : undefined;
  const article = title
    ? ` · ${c.url ? link(c.url, title) : esc(title)}`
    : c.url
      ? ` · ${link(c.url, t.citationLink)}`
      : '';
  const html = [body, `<i>— ${esc(by)}</i>${article}`].join('\n');
  return { title: shorten(item.text, 120), description, html };
}

export function renderIngestReport(r: IngestReport, t: Strings): string {
  const lines = [
    t.ingestDone({
      id: r.id,
      title: r.title,
      status: t.ingestStatus[r.status] ?? r.status,
      sentences: r.sentences,
    }),
  ];
  const facts = Object.entries(r.facts).filter(([, n]) => n > 0);
  if (facts.length === 0) lines.push(t.ingestNoFacts);
  else {
    lines.push(t.ingestFacts);
    for (const [type, n] of facts.sort((a, b) => b[1] - a[1])) lines.push(`• ${esc(t.factType(type))}: ${n}`);
  }
  return lines.join('\n');
}
