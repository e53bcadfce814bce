/**
 * What the extractors need to know about the whole article to read one sentence: its reference
 * year, its home province (for titles written with a bare "tỉnh"), its main district, the clusters
 * it talks about and the localities it names.
 */
import type { Article } from '../ingest/article.ts';
import { findProvinces } from '../lexicon/provinces.ts';
import { findYears } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import type { ClusterMention } from './cluster-mentions.ts';
import { localityLabel } from './mentions.ts';
import { SentenceAnalysis } from './sentence-analysis.ts';

export interface ArticleContext {
  article: Article;
  refYear?: number;
  /** Every year the article is about: reference year, years of the title, spans such as 2019-2024. */
  years: Set<number>;
  homeProvince?: string;
  /** The district most named, for titles written with a bare "huyện". */
  homeDistrict?: string;
  /** The commune most named, for titles ending in a bare "xã" ("Chủ tịch Ủy ban MTTQ Việt Nam xã"). */
  homeCommune?: string;
  /** Provinces named anywhere in the article (gazetteer names). */
  provinces: Set<string>;
  /** Folded names of every locality named in the article (any level). */
  localityNames: Set<string>;
  /** The cluster the article is mainly about (from the title, else the most named). */
  mainCluster?: ClusterMention;
  clusterKeys: Set<string>;
  /** Each sentence analysed once, by sentence index: every extractor reads these. */
  sentences: SentenceAnalysis[];
}

function mostFrequent<T>(items: T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const it of items) {
    const n = (counts.get(it) ?? 0) + 1;
    counts.set(it, n);
    if (n > bestN) {
      best = it;
      bestN = n;
    }
  }
  return best;
}

export function buildArticleContext(article: Article): ArticleContext {
  const refYear = article.year ?? (article.date ? Number(article.date.slice(0, 4)) : undefined);
  const sentences = article.sentences.map((s) => new SentenceAnalysis(s.text, refYear));
  const allLocalities = sentences.flatMap((m) => m.localities);
  const provinces = new Set(allLocalities.flatMap((l) => (l.province ? [l.province] : [])));
  const localityNames = new Set(allLocalities.map((l) => fold(l.name)));
  for (const p of provinces) localityNames.add(fold(p));

  const years = new Set<number>();
  if (refYear) years.add(refYear);
  for (const y of findYears(article.title)) years.add(y);
  for (const s of sentences) for (const [a, b] of s.yearRanges) for (let y = a; y <= b; y++) years.add(y);

  // home province: the place of the event, else a "tổ chức tại X" sentence, else the publisher's, else the most named
  const placeProvince = article.place
    ? findProvinces(article.place, { caseSensitive: false })[0]?.province.name
    : undefined;
  let heldAt: string | undefined;
  for (const s of article.sentences) {
    const m = s.text.match(/(?:tổ chức|diễn ra|họp)\s+tại\s+([^,.;]+)/u);
    const p = m?.[1] ? findProvinces(m[1])[0] : undefined;
    if (p) {
      heldAt = p.province.name;
      break;
    }
  }
  const publisherProvince =
    article.publisherProvince ??
    (article.publisher ? findProvinces(article.publisher)[0]?.province.name : undefined);
  const homeProvince =
    placeProvince ??
    heldAt ??
    publisherProvince ??
    mostFrequent(allLocalities.filter((l) => l.level === 'province').map((l) => l.province as string));
  const homeDistrict = mostFrequent(allLocalities.filter((l) => l.level === 'district').map(localityLabel));
  const homeCommune = mostFrequent(allLocalities.filter((l) => l.level === 'commune').map(localityLabel));

  const titleClusters = sentences[0]?.clusters.filter((c) => c.key) ?? [];
  const keyed = sentences.flatMap((m) => m.clusters.filter((c) => c.key));
  const mainKey = titleClusters[0]?.key ?? mostFrequent(keyed.map((c) => c.key));
  const mainCluster = keyed.find((c) => c.key === mainKey);

  return {
    article,
    refYear,
    years,
    homeProvince,
    homeDistrict,
    homeCommune,
    provinces,

    localityNames,
    mainCluster,
    clusterKeys: new Set(keyed.map((c) => c.key)),
    sentences,
  };
}
