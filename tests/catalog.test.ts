/**
 * Browsing the archive: newest first, title search, counts for officials, and the clusters worth listing.
 */
import { describe, expect, it } from 'vitest';
import {
  type ArticleSummary,
  type ClusterSummary,
  clusterTitle,
  countArchive,
  findArticles,
  findClusters,
} from '../src/catalog.ts';

const article = (id: string, title: string, date?: string, publisher?: string): ArticleSummary => ({
  id,
  title,
  ...(date ? { date } : {}),
  ...(publisher ? { publisher } : {}),
  sentences: 10,
  facts: 2,
});

const ARTICLES = [
  article('a', 'Hội nghị giao ban Cụm thi đua Nam Sông Hậu', '2022-12-15', 'TTXVN'),
  article('b', 'Bàn giao 100 nhà Đại đoàn kết cho hộ nghèo', '2024-05-23', 'Báo Mới'),
  article('c', 'Tổng kết Cụm thi đua trung du', undefined, 'TTXVN'),
  article('d', 'Ngày hội Đại đoàn kết toàn dân tộc', '2023-11-18'),
];

describe('articles', () => {
  it('newest first, undated last', () => {
    expect(findArticles(ARTICLES).map((a) => a.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('a title search ignores diacritics and case, and matches word starts', () => {
    expect(findArticles(ARTICLES, 'đại đoàn kết').map((a) => a.id)).toEqual(['b', 'd']);
    expect(findArticles(ARTICLES, 'dai doan').map((a) => a.id)).toEqual(['b', 'd']);
    expect(findArticles(ARTICLES, 'cụm thi').map((a) => a.id)).toEqual(['a', 'c']);
    expect(findArticles(ARTICLES, 'oan')).toEqual([]);
  });

  it('counts by publisher (most first, unknown last) and by year (newest first, undated last)', () => {
    const c = countArchive(ARTICLES);
    expect(c.articles).toBe(4);
    expect(c.byPublisher).toEqual([
      { publisher: 'TTXVN', articles: 2 },
      { publisher: 'Báo Mới', articles: 1 },
      { articles: 1 },
    ]);
    expect(c.byYear).toEqual([
      { year: 2024, articles: 1 },
      { year: 2023, articles: 1 },
      { year: 2022, articles: 1 },
      { articles: 1 },
    ]);
    expect(c.newest?.id).toBe('b');
  });
});

const cluster = (name: string, key: string, extra: Partial<ClusterSummary> = {}): ClusterSummary => ({
  name,
  key,
  members: [],
  roles: [],
  articleIds: [],
  ...extra,
});

const CLUSTERS = [
  cluster('Cụm thi đua Nam Sông Hậu', 'nam song hau', { members: ['Bạc Liêu', 'Cà Mau'] }),
  cluster('Cụm thi đua số 1', 'so 1', { parent: 'Gia Lai', members: ['thành phố Pleiku', 'huyện Đức Cơ'] }),
  cluster('Cụm thi đua số 1', 'so 1', {
    parent: 'Hà Nội',
    roles: [{ year: 2024, role: 'leader', holder: 'Đông Anh', articleId: 'x' }],
  }),
  cluster('Cụm thi đua các tỉnh Tây Nguyên', 'tay nguyen'),
  cluster('cụm thi đua số 3', 'so 3', { parent: 'Gia Lai' }),
];

describe('clusters', () => {
  it('lists only clusters with members or roles', () => {
    expect(findClusters(CLUSTERS).map((c) => c.key)).toEqual(['nam song hau', 'so 1', 'so 1']);
  });

  it('names a cluster with the body it belongs to', () => {
    expect(clusterTitle(CLUSTERS[1]!)).toBe('Cụm thi đua số 1 — Ủy ban MTTQ tỉnh Gia Lai');
    expect(clusterTitle(CLUSTERS[2]!)).toBe('Cụm thi đua số 1 — Ủy ban MTTQ thành phố Hà Nội');
    expect(clusterTitle(CLUSTERS[0]!)).toBe('Cụm thi đua Nam Sông Hậu');
    expect(clusterTitle({ name: 'cụm II' })).toBe('Cụm II');
  });

  it('finds clusters by name, by parent and name, and by a member', () => {
    expect(findClusters(CLUSTERS, 'nam song hau').map((c) => c.name)).toEqual(['Cụm thi đua Nam Sông Hậu']);
    expect(findClusters(CLUSTERS, 'Cụm Nam Sông Hậu')).toHaveLength(1);
    expect(findClusters(CLUSTERS, 'số 1 Hà Nội').map((c) => c.parent)).toEqual(['Hà Nội']);
    expect(findClusters(CLUSTERS, 'số 1').map((c) => c.parent)).toEqual(['Gia Lai', 'Hà Nội']);
    expect(findClusters(CLUSTERS, 'Cà Mau').map((c) => c.key)).toEqual(['nam song hau']);
    expect(findClusters(CLUSTERS, 'Tây Nguyên')).toEqual([]);
  });
});
