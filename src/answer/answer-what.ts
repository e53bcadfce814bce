/**
 * "Phong trào thi đua nào …?", "… có số hiệu là gì?", "… lần thứ mấy?", "… theo hình thức gì?",
 * "những nội dung … là gì?": campaigns, document codes, and the words that follow the asked phrase in
 * the sentence that best matches the question.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import { fold, foldAligned } from '../text/fold.ts';
import { type Answerer, type Candidate, closeToBest } from './candidate.ts';

function overlap(q: ParsedQuestion, text: string): number {
  const words = new Set(fold(text).split(/[^a-z0-9]+/));
  const kw = q.keywords.filter((w) => w.length > 1);
  return kw.length ? kw.filter((w) => words.has(w)).length / kw.length : 0;
}

export const answerWhat: Answerer = (q, { k, rel, inScope }) => {
  if (q.intent !== 'what') return undefined;
  const f = q.folded;
  const cands: Candidate[] = [];
  if (
    /(phong trao|cuoc van dong|chuong trinh|quy)( thi dua)? nao|(phong trao|cuoc van dong) (gi|nao)/.test(f)
  ) {
    // "… do Thủ tướng phát động": the launcher the question names must be the campaign's
    const launcher = f.match(/(?<![a-z])do ([a-z ]+?) phat dong/)?.[1]?.split(' ');
    for (const c of k.facts('campaign')) {
      if (!inScope.has(c.source.articleId)) continue;
      if (
        launcher &&
        !(
          c.launchedBy &&
          launcher.every((w) =>
            fold(c.launchedBy ?? '')
              .split(/\s+/)
              .includes(w),
          )
        )
      )
        continue;
      const by = c.launchedBy ? ` ${c.launchedBy} phát động` : '';
      cands.push({
        text: `${c.kind} “${c.name}”${c.launchedBy ? ` (do${by})` : ''}`,
        articleId: c.source.articleId,
        sentenceIndex: c.source.sentenceIndex,
        score: rel.of(c.source.articleId, c.source.sentenceIndex) + overlap(q, `${c.kind} ${c.name}${by}`),
        key: c.name,
      });
    }
    return closeToBest(cands, 0.95, 1);
  }
  if (
    /so hieu|ky hieu|(chi thi|nghi quyet|ke hoach|huong dan|ket luan|quyet dinh) (so )?(nao|gi|may)/.test(f)
  ) {
    for (const d of k.facts('document')) {
      if (!inScope.has(d.source.articleId)) continue;
      cands.push({
        text: `${d.kind} số ${d.code}${d.date ? ` ${d.date.surface}` : ''}${d.about ? ` về ${d.about}` : ''}`,
        articleId: d.source.articleId,
        sentenceIndex: d.source.sentenceIndex,
        score: rel.of(d.source.articleId, d.source.sentenceIndex) + overlap(q, `${d.kind} ${d.about ?? ''}`),
        key: d.code,
      });
    }
    return closeToBest(cands, 0.95, 1);
  }
  // a phrase the question asks to complete: "lần thứ mấy", "hình thức gì", "… là gì"/"gồm những gì"
  for (const h of rel.hits.slice(0, 8)) {
    const s = k.sentence(h.articleId, h.index);
    if (!s) continue;
    const sf = foldAligned(s.text);
    let span: [number, number] | undefined;
    if (/thu may/.test(f)) {
      const m = sf.match(/(?:lan )?thu \d+/);
      if (m) span = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    } else if (/hinh thuc (gi|nao)/.test(f)) {
      const m = sf.match(/hinh thuc ([a-z ]+?)(?=[,.;]|$)/);
      if (m) span = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    } else if (/(la gi|gom (nhung )?gi|nhung gi)/.test(f)) {
      const m = sf.match(/(?:gom|bao gom|la)\s*:\s*|:\s*/);
      if (m && h.score > 0.5) span = [(m.index ?? 0) + m[0].length, s.text.length];
    }
    if (!span) continue;
    cands.push({
      text: s.text
        .slice(span[0], span[1])
        .replace(/[….]+$/u, '')
        .trim(),
      articleId: h.articleId,
      sentenceIndex: h.index,
      score: h.score,
      key: `${h.articleId}|${h.index}`,
    });
  }
  return cands.length ? closeToBest(cands, 0.95, 1) : undefined;
};
