/**
 * Rendering engine results as Telegram HTML. Every dynamic string is escaped; every tag
 * opens and closes on one line (see html.ts), so messages can be split at any line.
 */
import type { Citation } from '../answer/types.ts';
import type { ArticleSummary, AskResult, ClusterSummary, EngineStats, IngestReport } from '../engine.ts';
import { esc, link, truncate } from './html.ts';
import type { Lang, Strings } from './i18n.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-12-11" → "11/12/2023" (vi) or "11 Dec 2023" (en); other shapes are kept as given. */
export function formatDate(date: string | undefined, lang: Lang): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (lang === 'en') return `${d ? `${Number(d)} ` : ''}${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}`;
  return d ? `${d}/${mo}/${y}` : `${mo}/${y}`;
}

/** "Báo Đại Đoàn Kết, 11/12/2023"; the (shortened) article title stands in for a missing publisher. */
export function sourceLine(c: Pick<Citation, 'publisher' | 'date' | 'title'>, lang: Lang): string {
  const publisher = c.publisher?.trim() ? c.publisher.trim() : truncate(c.title, 60);
  return [publisher, formatDate(c.date, lang)].filter((p): p is string => !!p && p.trim() !== '').join(', ');
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

const citationKey = (c: Citation) => `${c.articleId}\u0000${c.sentenceIndex}\u0000${c.quote}`;

export const MAX_BUTTONS = 8;
export const MAX_ITEMS = 40;

/** The answer message: items with a compact source line each. */
export function renderAnswer(result: AskResult, t: Strings, lang: Lang): RenderedAnswer {
  // a passage is no exact answer (found is false) but is still worth showing, labelled as such
  if ((!result.found && result.kind !== 'passage') || result.items.length === 0) {
    return { html: `${t.notFound}\n<i>${t.notFoundHint}</i>`, buttons: [] };
  }

  const lines: string[] = [];
  if (result.kind === 'passage') lines.push(t.passageNote, '');
  const items = result.items.slice(0, MAX_ITEMS);
  const numbered = items.length > 1;
  items.forEach((item, i) => {
    const text = result.kind === 'passage' ? `<i>“${esc(item.text)}”</i>` : `<b>${esc(item.text)}</b>`;
    lines.push(numbered ? `${i + 1}. ${text}` : text);
    lines.push(`<i>— ${esc(sourceLine(item.citation, lang))}</i>`);
    if (i < items.length - 1) lines.push('');
  });
  if (result.items.length > items.length) lines.push('', t.moreItems(result.items.length - items.length));
  const seen = new Set<string>();
  const buttons: CitationButton[] = [];
  items.forEach((it, i) => {
    const key = citationKey(it.citation);
    if (seen.has(key) || buttons.length >= MAX_BUTTONS) return;
    seen.add(key);
    buttons.push({ citation: it.citation, item: i + 1 });
  });
  if (buttons.length === 1) delete buttons[0]!.item;
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

/** Plain-text answer for inline results (one item, with its source). */
export function renderInlineItem(
  result: AskResult,
  index: number,
  t: Strings,
  lang: Lang,
): { title: string; description: string; html: string } {
  const item = result.items[index]!;
  const c = item.citation;
  const source = sourceLine(c, lang);
  const description = truncate(
    `${result.kind === 'passage' ? `${t.inlinePassage} · ` : ''}${source} — ${c.title}`,
    200,
  );
  const body = result.kind === 'passage' ? `<i>“${esc(item.text)}”</i>` : `<b>${esc(item.text)}</b>`;
  const html = [
    body,
    `<i>— ${esc(source)}</i>${c.url ? ` · ${link(c.url, truncate(c.title, 80))}` : ` · ${esc(truncate(c.title, 80))}`}`,
  ].join('\n');
  return { title: truncate(item.text, 120), description, html };
}

export function renderArticles(articles: ArticleSummary[], t: Strings, lang: Lang): string {
  if (articles.length === 0) return t.sourcesEmpty;
  const lines = [t.sourcesHeader(articles.length), ''];
  articles.forEach((a, i) => {
    const meta = [a.publisher, formatDate(a.date, lang)].filter((p): p is string => !!p);
    const title = a.url ? link(a.url, a.title) : esc(a.title);
    lines.push(`${i + 1}. <b>${title}</b>`);
    lines.push(`<i>${esc([...meta, t.sourceSentences(a.sentences, a.facts)].join(' · '))}</i>`);
    lines.push(`<code>${esc(a.id)}</code>`);
    if (i < articles.length - 1) lines.push('');
  });
  return lines.join('\n');
}

export function renderClusters(clusters: ClusterSummary[], t: Strings): string {
  if (clusters.length === 0) return t.clustersEmpty;
  const lines = [t.clustersHeader(clusters.length), ''];
  clusters.forEach((c, i) => {
    lines.push(`<b>${esc(c.name)}</b>`);
    if (c.members.length > 0) lines.push(`${t.members} (${c.members.length}): ${esc(c.members.join(', '))}`);
    const years = [...new Set(c.roles.map((r) => r.year))].sort((a, b) => (b ?? 0) - (a ?? 0));
    for (const year of years) {
      const of = (role: 'leader' | 'deputy') =>
        c.roles
          .filter((r) => r.year === year && r.role === role)
          .map((r) => r.holder)
          .filter((h, j, all) => all.indexOf(h) === j);
      const parts: string[] = [];
      const leaders = of('leader');
      const deputies = of('deputy');
      if (leaders.length > 0) parts.push(`${t.leader}: ${esc(leaders.join(', '))}`);
      if (deputies.length > 0) parts.push(`${t.deputy}: ${esc(deputies.join(', '))}`);
      if (parts.length > 0) lines.push(`• ${year ?? esc(t.noYear)} — ${parts.join('; ')}`);
    }
    if (i < clusters.length - 1) lines.push('');
  });
  return lines.join('\n');
}

export function renderStats(s: EngineStats, t: Strings): string {
  return t.stats({
    articles: s.articles,
    sentences: s.sentences,
    facts: s.facts,
    indexKb: Math.round(s.indexBytes / 1024),
  });
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
