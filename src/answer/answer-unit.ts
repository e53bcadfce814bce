/**
 * "Tỉnh nào được đề nghị tặng Cờ thi đua xuất sắc toàn diện?", "Which provinces each received …?":
 * award recipients, and the units written in the sentence that best matches the question.
 */
import { localityLabel } from '../extract/mentions.ts';
import { fold } from '../text/fold.ts';
import { type Answerer, type Candidate, closeToBest } from './candidate.ts';
import { phrases } from './phrasing.ts';
import { keywordPositions, proximity } from './proximity.ts';
import { localitiesIn } from './sentence-cache.ts';

const AWARD_WORDS = /(co thi dua( xuat sac)?( toan dien)?|bang khen|giay khen|huan chuong)/;
const UNIT_LEVELS = new Set(['province', 'district', 'commune', 'unit']);

export const answerUnit: Answerer = (q, { k, rel, inScope }) => {
  if (q.intent !== 'who' || !q.askedLevel || !UNIT_LEVELS.has(q.askedLevel) || q.role || q.title)
    return undefined;
  const p = phrases(q.lang);
  const asked = q.folded.match(AWARD_WORDS)?.[0];
  const cands: Candidate[] = [];
  if (asked) {
    for (const a of k.facts('award')) {
      if (!inScope.has(a.source.articleId)) continue;
      const name = fold(a.award);
      // the award asked for exactly: "xuất sắc" is not "xuất sắc toàn diện"
      const head = name.match(AWARD_WORDS)?.[0];
      if (head !== asked) continue;
      const verb = a.proposed ? p.proposed : p.awarded;
      cands.push({
        text: `${a.recipients.join(', ')} — ${verb} ${a.award}`,
        articleId: a.source.articleId,
        sentenceIndex: a.source.sentenceIndex,
        score: 1 + rel.of(a.source.articleId, a.source.sentenceIndex) + rel.ofArticle(a.source.articleId),
        key: `${a.source.articleId}|${a.recipients.join(',')}`,
      });
    }
    return closeToBest(cands, 0.5, 4);
  }
  const plural = /(nhung|cac) (tinh|huyen|xa|don vi)/.test(q.folded);
  const level = q.askedLevel === 'unit' ? undefined : q.askedLevel;
  for (const h of rel.hits.slice(0, 10)) {
    const s = k.sentence(h.articleId, h.index);
    if (!s) continue;
    const pos = keywordPositions(s.text, q.keywords);
    const locs = localitiesIn(s).filter((l) => (level ? l.level === level : l.level !== 'village'));
    if (!locs.length) continue;
    if (plural && locs.length > 1) {
      cands.push({
        text: locs.map(localityLabel).join(', '),
        articleId: h.articleId,
        sentenceIndex: h.index,
        score: h.score,
        key: `${h.articleId}|${h.index}`,
      });
      continue;
    }
    for (const l of locs) {
      cands.push({
        text: localityLabel(l),
        articleId: h.articleId,
        sentenceIndex: h.index,
        score: h.score * (0.6 + proximity(pos, l.start, l.end)),
        key: `${h.articleId}|${localityLabel(l)}`,
      });
    }
  }
  return cands.length ? closeToBest(cands, 0.97, 1) : undefined;
};
