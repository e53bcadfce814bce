/**
 * What an answer line is about — whose figure it is: the place written with the figure ("huyện A 12
 * tỷ", "trong đó Hà Tĩnh 1.025 nhà"), else what the article is about (the cluster it reports on, or
 * its province), with the year the figure is written with, else the one year the article is about.
 * "6.690 nhà Đại đoàn kết — Cụm thi đua các tỉnh Miền núi biên giới phía Bắc · 2023".
 */
import { localityLabel } from '../extract/mentions.ts';
import { findYears } from '../text/dates.ts';
import type { Candidate } from './candidates/candidate.ts';
import { clauseAt, viewOf } from './evidence.ts';
import type { Knowledge } from './knowledge.ts';
import { localitiesIn } from './sentence-cache.ts';

/** The cluster an article reports on, as it writes its name. */
function clusterOf(k: Knowledge, articleId: string): string | undefined {
  const key = k.scope(articleId)?.mainClusterKey;
  if (!key) return undefined;
  return k.factsOf(articleId, 'cluster').find((c) => c.key === key)?.name;
}

export function subjectOf(k: Knowledge, c: Candidate): string | undefined {
  if (c.type !== 'quantity' || !c.quantity) return c.subject;
  const v = viewOf(k, c.articleId, c.sentenceIndex);
  if (!v) return undefined;
  const [a] = clauseAt(v, c.span[0]);
  // the place written nearest before the figure, in its clause
  const place = localitiesIn(v.sentence)
    .filter((l) => l.start >= a && l.end <= c.span[0])
    .at(-1);
  const scope = k.scope(c.articleId);
  const whose =
    (place ? localityLabel(place) : undefined) ?? clusterOf(k, c.articleId) ?? scope?.homeProvince;
  const written = findYears(c.quantity.label);
  const year = written.length
    ? written[written.length - 1]
    : scope?.topicYears.length === 1
      ? scope.topicYears[0]
      : undefined;
  const parts = [whose, year].filter((x) => x !== undefined);
  return parts.length ? parts.join(' · ') : undefined;
}
