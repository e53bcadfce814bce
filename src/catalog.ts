/**
 * Browsing the archive (the bot's /nguon, /cum and /thongke) over the summaries any store can list:
 * articles newest first, a search in their titles, counts by publisher and by year; the clusters worth
 * listing — those with members or roles — and a search by their name, parent body or members. The engine
 * serves these as methods; a store that can answer them faster may take them over.
 */
import { clusterKeyOf } from './extract/cluster-mentions.ts';
import { provinceByName } from './lexicon/provinces.ts';
import { fold } from './text/fold.ts';

export interface ArticleSummary {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  sentences: number;
  facts: number;
}

export interface ClusterSummary {
  /** As an article names it ("Cụm thi đua số 1"). */
  name: string;
  /** Folded words that identify it ("so 1", "nam song hau"). */
  key: string;
  /** For a cluster inside a province: that province ("Gia Lai"). */
  parent?: string;
  members: string[];
  roles: Array<{ year?: number; role: 'leader' | 'deputy'; holder: string; articleId: string }>;
  articleIds: string[];
}

export interface ArchiveCounts {
  articles: number;
  /** Most articles first; articles without a publisher are counted under `undefined`. */
  byPublisher: Array<{ publisher?: string; articles: number }>;
  /** Newest year first; undated articles last, under `undefined`. */
  byYear: Array<{ year?: number; articles: number }>;
  newest?: ArticleSummary;
}

/** Newest first by date ("2024-05-23", "2024-05", "2024"); undated articles last, then by title. */
export function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return a.title.localeCompare(b.title, 'vi');
}

const words = (text: string) => fold(text).match(/[a-z0-9]+/g) ?? [];

/** True when every word of the query begins a word of the title (diacritics and case aside). */
export function titleMatches(title: string, query: string): boolean {
  const have = words(title);
  return words(query).every((w) => have.some((h) => h.startsWith(w)));
}

/** Articles newest first; with a query, only those whose title matches it. */
export function findArticles(all: readonly ArticleSummary[], query = ''): ArticleSummary[] {
  const q = query.trim();
  return (q ? all.filter((a) => titleMatches(a.title, q)) : [...all]).sort(newestFirst);
}

export function countArchive(all: readonly ArticleSummary[]): ArchiveCounts {
  const publishers = new Map<string | undefined, number>();
  const years = new Map<number | undefined, number>();
  for (const a of all) {
    const publisher = a.publisher?.trim() || undefined;
    publishers.set(publisher, (publishers.get(publisher) ?? 0) + 1);
    const year = /^\d{4}/.test(a.date ?? '') ? Number(a.date!.slice(0, 4)) : undefined;
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const byPublisher = [...publishers]
    .map(([publisher, articles]) => ({ ...(publisher ? { publisher } : {}), articles }))
    .sort((a, b) => (!a.publisher !== !b.publisher ? (a.publisher ? -1 : 1) : b.articles - a.articles));
  const byYear = [...years]
    .map(([year, articles]) => ({ ...(year ? { year } : {}), articles }))
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  const newest = all.filter((a) => a.date).sort(newestFirst)[0];
  return { articles: all.length, byPublisher, byYear, ...(newest ? { newest } : {}) };
}

/** A cluster with members or roles: one worth listing (a name alone says nothing). */
export function isRealCluster(c: ClusterSummary): boolean {
  return c.members.length > 0 || c.roles.length > 0;
}

/** "Cụm thi đua số 1 — Ủy ban MTTQ tỉnh Gia Lai": a cluster named with the body it belongs to. */
export function clusterTitle(c: Pick<ClusterSummary, 'name' | 'parent'>): string {
  const name = c.name.charAt(0).toUpperCase() + c.name.slice(1);
  if (!c.parent) return name;
  return `${name} — Ủy ban MTTQ ${provinceByName(c.parent)?.kind ?? 'tỉnh'} ${c.parent}`;
}

/**
 * The real clusters, national ones first; with a query, those whose name holds its words, or whose parent
 * or a member it names ("Nam Sông Hậu", "số 1 Gia Lai", "Lào Cai").
 */
export function findClusters(all: readonly ClusterSummary[], query = ''): ClusterSummary[] {
  const real = all.filter(isRealCluster);
  const q = query.trim();
  const matching = q ? real.filter((c) => clusterMatches(c, q)) : real;
  return matching.sort(
    (a, b) =>
      (a.parent ?? '').localeCompare(b.parent ?? '', 'vi') || fold(a.name).localeCompare(fold(b.name), 'vi'),
  );
}

function clusterMatches(c: ClusterSummary, query: string): boolean {
  const q = ` ${words(query).join(' ')} `;
  const named = (text: string) => q.includes(` ${words(text).join(' ')} `);
  if (c.parent && named(c.parent)) {
    // "số 1 Gia Lai": the rest of the query must name the cluster too
    const rest = words(query.replace(new RegExp(c.parent, 'iu'), ' ')).join(' ');
    return !rest || keyHas(c.key, rest) || titleMatches(c.name, rest);
  }
  if (c.members.some(named)) return true;
  return keyHas(c.key, query) || titleMatches(c.name, query);
}

function keyHas(key: string, query: string): boolean {
  const want = clusterKeyOf(query).split(' ').filter(Boolean);
  const have = new Set(key.split(' '));
  return want.length > 0 && want.every((w) => have.has(w));
}
