/**
 * "… tổ chức ở đâu?", "… tại xã nào?", "… ở huyện nào?": meeting places, and the places written in
 * the sentences that best match the question, at the level asked.
 */

import { placeAfterTai } from '../extract/meetings.ts';
import { localityLabel } from '../extract/mentions.ts';
import { type Answerer, type Candidate, closeToBest } from './candidate.ts';
import { keywordPositions, proximity } from './proximity.ts';
import { localitiesIn } from './sentence-cache.ts';

const LEVELS = new Set(['province', 'district', 'commune', 'village']);

export const answerPlace: Answerer = (q, { k, rel, inScope }) => {
  if (q.intent !== 'where') return undefined;
  const level = q.askedLevel && LEVELS.has(q.askedLevel) ? q.askedLevel : undefined;
  const plural = /(?<![a-z])(nhung|cac) (tinh|huyen|xa|thon|phuong|thi tran|quan|thi xa) nao/.test(q.folded);

  const cands: Candidate[] = [];
  if (!level) {
    for (const m of k.facts('meeting')) {
      if (!inScope.has(m.source.articleId) || !m.place) continue;
      cands.push({
        text: `${m.place} — ${m.name}`,
        articleId: m.source.articleId,
        sentenceIndex: m.source.sentenceIndex,
        score: 1.2 + rel.ofArticle(m.source.articleId) + rel.of(m.source.articleId, m.source.sentenceIndex),
        key: `${m.source.articleId}|${m.place}`,
      });
    }
  }
  for (const h of rel.hits.slice(0, 20)) {
    const s = k.sentence(h.articleId, h.index);
    if (!s) continue;
    const pos = keywordPositions(s.text, q.keywords);
    const tai = placeAfterTai(s.text);
    if (level && plural) {
      // "… ở những xã nào?": every place of that level the best sentence names
      const all = localitiesIn(s).filter((l) => l.level === level && !q.provinces.includes(localityLabel(l)));
      if (all.length)
        cands.push({
          text: all.map((l) => (level === 'province' ? localityLabel(l) : l.surface)).join(', '),
          articleId: h.articleId,
          sentenceIndex: h.index,
          score: h.score,
          key: `${h.articleId}|${h.index}`,
        });
      // a sentence that lists several of them answers "những xã nào" better than one naming one
      const last = cands[cands.length - 1];
      if (last && all.length > 1) last.score *= 1 + 0.25 * (all.length - 1);
    } else if (level) {
      for (const l of localitiesIn(s)) {
        if (l.level !== level) continue;
        // a place the question itself names is not the answer
        const label = localityLabel(l);
        if (q.provinces.includes(label)) continue;
        const afterTai = tai && l.start >= tai.start && l.start <= tai.start + tai.place.length;
        cands.push({
          text: level === 'province' ? label : l.surface,
          articleId: h.articleId,
          sentenceIndex: h.index,
          score: h.score * (0.6 + proximity(pos, l.start, l.end)) + (afterTai ? 0.3 : 0),
          key: `${h.articleId}|${label}`,
        });
      }
    } else if (tai) {
      cands.push({
        text: tai.place,
        articleId: h.articleId,
        sentenceIndex: h.index,
        score: h.score * (0.6 + proximity(pos, tai.start, tai.start + tai.place.length)),
        key: `${h.articleId}|${tai.place}`,
      });
    }
  }
  // asked for several places: a sentence that lists several, when one of the best does
  if (plural) {
    const best = Math.max(0, ...cands.map((c) => c.score));
    const lists = cands.filter((c) => c.text.includes(', ') && c.score >= best * 0.4);

    if (lists.length) return closeToBest(lists, 0.97, 1);
  }
  return closeToBest(cands, 0.97, 1);
};
