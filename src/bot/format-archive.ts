/**
 * Rendering the archive for officials as Telegram HTML: a page of articles (/nguon), a page of clusters or
 * one cluster (/cum), and the counts (/thongke). Same conventions as format.ts: every dynamic string is
 * escaped, every tag opens and closes on one line.
 */
import { clusterTitle } from '../catalog.ts';
import type { ArchiveCounts, ArticleSummary, ClusterSummary } from '../engine.ts';
import { formatDate } from '../present/format-date.ts';
import { shorten } from '../text/shorten.ts';
import { esc, link } from './html.ts';
import type { Lang, Strings } from './i18n.ts';
import type { Page } from './pager.ts';
import type { Usage } from './usage.ts';

/** Longest article title shown in a list. */
const TITLE_MAX = 120;

/** A page of articles: numbered across pages, title (linked when `withLinks`), publisher · date, id. */
export function renderArticlesPage(
  page: Page<ArticleSummary>,
  query: string,
  t: Strings,
  lang: Lang,
  withLinks: boolean,
): string {
  if (page.total === 0) return query ? t.sourcesNone(query) : t.sourcesEmpty;
  const lines = [query ? t.sourcesFound(query, page.total) : t.sourcesHeader(page.total), ''];
  page.items.forEach((a, i) => {
    const title = shorten(a.title, TITLE_MAX);
    const shown = withLinks && a.url ? link(a.url, title) : esc(title);
    const meta = [a.publisher, formatDate(a.date, lang)].filter((p): p is string => !!p);
    lines.push(`${page.offset + i + 1}. <b>${shown}</b>`);
    lines.push(`<i>${esc([...meta, t.sourceSentences(a.sentences, a.facts)].join(' · '))}</i>`);
    lines.push(`<code>${esc(a.id)}</code>`);
    if (i < page.items.length - 1) lines.push('');
  });
  return lines.join('\n');
}

/** One cluster: its name with its parent body, members, and the leader and deputy of each year. */
export function renderCluster(c: ClusterSummary, t: Strings): string[] {
  const lines = [`<b>${esc(clusterTitle(c))}</b>`];
  if (c.members.length > 0) lines.push(`${t.members} (${c.members.length}): ${esc(c.members.join(', '))}`);
  const years = [...new Set(c.roles.map((r) => r.year))].sort((a, b) => (b ?? 0) - (a ?? 0));
  for (const year of years) {
    const of = (role: 'leader' | 'deputy') => [
      ...new Set(c.roles.filter((r) => r.year === year && r.role === role).map((r) => r.holder)),
    ];
    const parts: string[] = [];
    const leaders = of('leader');
    const deputies = of('deputy');
    if (leaders.length > 0) parts.push(`${t.leader}: ${esc(leaders.join(', '))}`);
    if (deputies.length > 0) parts.push(`${t.deputy}: ${esc(deputies.join(', '))}`);
    if (parts.length > 0) lines.push(`• ${year ?? esc(t.noYear)} — ${parts.join('; ')}`);
  }
  return lines;
}

/** A page of clusters, or the one cluster a search found. */
export function renderClustersPage(page: Page<ClusterSummary>, query: string, t: Strings): string {
  if (page.total === 0) return query ? t.clustersNone(query) : t.clustersEmpty;
  if (query && page.total === 1) return renderCluster(page.items[0]!, t).join('\n');
  const lines = [query ? t.clustersFound(query, page.total) : t.clustersHeader(page.total), ''];
  page.items.forEach((c, i) => {
    lines.push(...renderCluster(c, t));
    if (i < page.items.length - 1) lines.push('');
  });
  return lines.join('\n');
}

/** Most publishers named in /thongke; the rest are counted together. */
const TOP_PUBLISHERS = 8;

export interface StatsView {
  archive: ArchiveCounts;
  clusters: number;
  /** Questions of the last 7 days. */
  week: Usage;
}

/** /thongke: articles by publisher and year, the newest, clusters known, questions of the last 7 days. */
export function renderStats(s: StatsView, t: Strings, lang: Lang): string {
  const n = (x: number) => x.toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN');
  const lines = [t.statsHeader(n(s.archive.articles))];
  const newest = s.archive.newest;
  if (newest) {
    const title = esc(shorten(newest.title, TITLE_MAX));
    const meta = [newest.publisher, formatDate(newest.date, lang)].filter((p): p is string => !!p);
    lines.push(
      `${t.statsNewest}: ${newest.url ? link(newest.url, shorten(newest.title, TITLE_MAX)) : title}`,
    );
    if (meta.length) lines.push(`<i>${esc(meta.join(' · '))}</i>`);
  }
  if (s.archive.articles > 0) {
    lines.push('', `<b>${t.statsByPublisher}</b>`);
    const named = s.archive.byPublisher.filter((p) => p.publisher);
    for (const p of named.slice(0, TOP_PUBLISHERS)) lines.push(`• ${esc(p.publisher!)}: ${n(p.articles)}`);
    const others = named.slice(TOP_PUBLISHERS).reduce((sum, p) => sum + p.articles, 0);
    if (others > 0) lines.push(`• ${t.statsOtherPublishers(named.length - TOP_PUBLISHERS)}: ${n(others)}`);
    const unknown = s.archive.byPublisher.find((p) => !p.publisher)?.articles ?? 0;
    if (unknown > 0) lines.push(`• ${t.statsNoPublisher}: ${n(unknown)}`);
    lines.push('', `<b>${t.statsByYear}</b>`);
    lines.push(s.archive.byYear.map((y) => `${y.year ?? t.noYear}: ${n(y.articles)}`).join(' · '));
  }
  lines.push('', `<b>${t.statsClusters}</b>: ${n(s.clusters)}${s.clusters > 0 ? ' (/cum)' : ''}`);
  const share = s.week.asked > 0 ? Math.round((100 * s.week.answered) / s.week.asked) : undefined;
  lines.push(`<b>${t.statsQuestions}</b>: ${t.statsWeek(n(s.week.asked), n(s.week.answered), share)}`);
  return lines.join('\n');
}
