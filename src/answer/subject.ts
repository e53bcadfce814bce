/**
 * What an answer line is about — whose figure it is: the place written with the figure ("huyện A 12
 * tỷ", "trong đó Hà Tĩnh 1.025 nhà"), else what the article is about (the cluster it reports on, or
 * its province), with the year the figure is written with, else the one year the article is about.
 * "6.690 nhà Đại đoàn kết — Cụm thi đua các tỉnh Miền núi biên giới phía Bắc · 2023".
 */
import { localityLabel } from '../extract/mentions.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import { findYears } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import type { Candidate } from './candidates/candidate.ts';
import { clauseAt, viewOf } from './evidence.ts';
import type { Knowledge } from './knowledge.ts';
import { phrases } from './phrasing.ts';
import { clustersIn, localitiesIn } from './sentence-cache.ts';

/** The cluster an article reports on, as it writes its name. */
function clusterOf(k: Knowledge, articleId: string): string | undefined {
  const key = k.scope(articleId)?.mainClusterKey;
  if (!key) return undefined;
  return k.factsOf(articleId, 'cluster').find((c) => c.key === key)?.name;
}

/**
 * Whose members a list read from a sentence gives: the cluster or bloc the sentence names before the
 * list ("Cụm thi đua … Nam Sông Hậu gồm các tỉnh: …"), else the cluster the article reports on.
 */
function membersOf(k: Knowledge, c: Candidate): string | undefined {
  const v = viewOf(k, c.articleId, c.sentenceIndex);
  const named = v
    ? clustersIn(v.sentence)
        .filter((m) => m.key && m.end <= c.span[0])
        .at(-1)
    : undefined;
  return named?.surface ?? clusterOf(k, c.articleId);
}

/**
 * A unit or person read from a sentence as a role's holder ("… suy tôn Ủy ban MTTQ tỉnh Bắc Kạn là
 * Cụm trưởng …"): the role, the cluster the sentence (else its article) names, and the year.
 */
function roleOf(k: Knowledge, c: Candidate, q: ParsedQuestion): string | undefined {
  if (!q.role) return undefined;
  const p = phrases(q.lang);
  const v = viewOf(k, c.articleId, c.sentenceIndex);
  const cluster =
    (v ? clustersIn(v.sentence).find((m) => m.key)?.surface : undefined) ?? clusterOf(k, c.articleId);
  const years = v ? findYears(v.sentence.text) : [];
  const year = years.find((y) => q.years.includes(y)) ?? (q.years.length === 1 ? undefined : years[0]);
  return [`${q.role === 'leader' ? p.leader : p.deputy}${cluster ? ` ${cluster}` : ''}`, year]
    .filter((x) => x !== undefined)
    .join(' · ');
}

export function subjectOf(k: Knowledge, c: Candidate, q?: ParsedQuestion): string | undefined {
  if (c.type === 'members' && !c.subject && !c.origin.startsWith('fact:')) return membersOf(k, c);
  if ((c.type === 'unit' || c.type === 'person') && !c.subject && !c.role && q?.role) return roleOf(k, c, q);
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

/**
 * The parts of a subject ("Cụm thi đua … · 2024") a line does not name already: what the line adds
 * after " — ", on every surface and in the CLI's answer text alike.
 */
export function subjectNotNamed(line: string, subject: string | undefined): string | undefined {
  if (!subject?.trim()) return undefined;
  const l = fold(line);
  const parts = subject
    .split(' · ')
    .map((p) => p.trim())
    .filter((p) => p && !(/^\d+$/.test(p) ? new RegExp(`(?<!\\d)${p}(?!\\d)`).test(l) : l.includes(fold(p))));
  return parts.length ? parts.join(' · ') : undefined;
}
