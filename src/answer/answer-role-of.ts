/**
 * "Lào Cai giữ vai trò gì trong cụm năm 2024?", "what role did Cao Bang play in 2024?": the roles a
 * named unit holds, by year.
 */
import { fold } from '../text/fold.ts';
import type { Answerer } from './candidate.ts';
import { phrases } from './phrasing.ts';

export const answerRoleOf: Answerer = (q, { k, inScope }) => {
  if (q.role || !/(?<![a-z])(vai tro|nhiem vu gi|lam gi)(?![a-z])/.test(q.folded)) return undefined;
  const places = [...q.provinces.map(fold), ...q.localities.map((l) => l.name)];
  if (!places.length) return undefined;
  const p = phrases(q.lang);
  return k
    .facts('role')
    .filter((f) => inScope.has(f.source.articleId) && places.some((pl) => fold(f.holder).endsWith(pl)))
    .filter((f) => !q.years.length || (f.year !== undefined && q.years.includes(f.year)))
    .map((f) => ({
      text: `${f.holder} — ${f.role === 'leader' ? p.leader : p.deputy}${f.clusterName ? ` ${f.clusterName}` : ''}${f.year ? ` ${p.year(f.year)}` : ''}`,
      articleId: f.source.articleId,
      sentenceIndex: f.source.sentenceIndex,
      score: f.year ?? 0,
      key: `${f.holder}|${f.role}|${f.year}|${f.clusterKey}`,
    }));
};
