/**
 * "Ai là cụm trưởng năm 2024?", "Cụm phó cụm … là tỉnh nào?", "who hosts the 2024 cluster?":
 * role facts filtered by role, year, cluster and province. No matching fact means "not found".
 */
import { clusterKeyMatches } from '../extract/cluster-mentions.ts';
import { type Answerer, type Candidate, dedupe } from './candidate.ts';
import { phrases } from './phrasing.ts';

export const answerRole: Answerer = (q, { k, rel, inScope }) => {
  if (!q.role || !(q.intent === 'who' || q.intent === 'what')) return undefined;
  const p = phrases(q.lang);
  const facts = k.facts('role').filter((f) => {
    if (f.role !== q.role || !inScope.has(f.source.articleId)) return false;
    if (q.years.length && !(f.year !== undefined && q.years.includes(f.year))) return false;
    if (q.clusterKey && !(f.clusterKey && clusterKeyMatches(q.clusterKey, f.clusterKey))) return false;
    if (q.provinces.length) {
      const home = k.scope(f.source.articleId)?.homeProvince;
      if (
        !q.provinces.some(
          (pr) =>
            f.provinces.includes(pr) || (!f.provinces.length && home === pr) || (f.person && home === pr),
        )
      )
        return false;
    }
    return true;
  });
  const out: Candidate[] = facts.map((f) => {
    const who = f.person ? ` (${f.person}${f.personTitle ? `, ${f.personTitle}` : ''})` : '';
    const role = f.role === 'leader' ? p.leader : p.deputy;
    const cluster = f.clusterName ? ` ${f.clusterName}` : '';
    const year = f.year ? ` ${p.year(f.year)}` : '';
    return {
      text: `${f.holder}${who} — ${role}${cluster}${year}`,
      articleId: f.source.articleId,
      sentenceIndex: f.source.sentenceIndex,
      // the latest year first; among several of a year, the best-matching sentence (searched only
      // when a few facts tie: a long list is shown in the order of the years anyway)
      score:
        (f.year ?? 0) +
        (facts.length > 1 && facts.length <= 12
          ? rel.of(f.source.articleId, f.source.sentenceIndex) * 0.5
          : 0),
      key: `${f.holder}|${f.year}|${f.clusterKey}`,
    };
  });
  // every holder the question fits, the latest first — at most MAX_ROLES lines
  return dedupe(out).slice(0, MAX_ROLES);
};

/** Longest list of role holders an answer gives. */
export const MAX_ROLES = 10;
