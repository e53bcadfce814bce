/**
 * "Cụm thi đua … gồm những tỉnh nào?", "Which provinces are in the Nam Song Hau cluster?":
 * cluster facts with their member units.
 */
import { clusterKeyMatches } from '../extract/cluster-mentions.ts';
import { type Answerer, closeToBest } from './candidate.ts';

export const answerMembers: Answerer = (q, { k, rel, inScope }) => {
  if (q.intent !== 'members') return undefined;
  const clusters = k.facts('cluster').filter((c) => {
    if (!c.members.length || !inScope.has(c.source.articleId)) return false;
    if (q.clusterKey && !clusterKeyMatches(q.clusterKey, c.key)) return false;
    if (!q.clusterKey && q.provinces.length && !(c.parent && q.provinces.includes(c.parent))) return false;
    return true;
  });
  if (!clusters.length) return undefined;
  // the same members reported by several articles are one answer; at most five different lists
  return closeToBest(
    clusters.map((c) => ({
      text: `${c.name}: ${c.members.join(', ')}`,
      articleId: c.source.articleId,
      sentenceIndex: c.source.sentenceIndex,
      score: 1 + (clusters.length > 1 ? rel.ofArticle(c.source.articleId) : 0),
      key: `${c.key}|${c.parent ?? ''}|${c.members.join(',')}`,
    })),
    0,
    5,
  );
};
