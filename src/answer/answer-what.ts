/**
 * "Phong trào thi đua nào …?", "… có số hiệu là gì?", "Chỉ thị 15-CT/TU về vấn đề gì?", "doanh nghiệp
 * nào …?", "… lần thứ mấy?", "… theo hình thức gì?", "những nội dung … là gì?": campaigns, documents,
 * named bodies, and the words that follow the asked phrase in the sentence that best matches the question.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import { fold, foldAligned } from '../text/fold.ts';
import { type AnswerContext, type Answerer, type Candidate, closeToBest } from './candidate.ts';
import { keywordPositions, proximity } from './proximity.ts';

function overlap(q: ParsedQuestion, text: string): number {
  const words = new Set(fold(text).split(/[^a-z0-9]+/));
  const kw = q.keywords.filter((w) => w.length > 1);
  return kw.length ? kw.filter((w) => words.has(w)).length / kw.length : 0;
}

function wordsOf(text: string): string[] {
  return fold(text).split(/\s+/);
}

/** Campaigns and movements, the launcher the question names ("do Thủ tướng phát động") included. */
function campaigns(q: ParsedQuestion, { k, rel, inScope }: AnswerContext): Candidate[] {
  const launcher = q.folded.match(/(?<![a-z])do ([a-z ]+?) phat dong/)?.[1]?.split(' ');
  const out: Candidate[] = [];
  for (const c of k.facts('campaign')) {
    if (!inScope.has(c.source.articleId)) continue;
    if (launcher && !(c.launchedBy && launcher.every((w) => wordsOf(c.launchedBy ?? '').includes(w))))
      continue;
    const by = c.launchedBy ? ` ${c.launchedBy} phát động` : '';
    out.push({
      text: `${c.kind} “${c.name}”${c.launchedBy ? ` (do${by})` : ''}`,
      articleId: c.source.articleId,
      sentenceIndex: c.source.sentenceIndex,
      score: rel.of(c.source.articleId, c.source.sentenceIndex) + overlap(q, `${c.kind} ${c.name}${by}`),
      key: c.name,
    });
  }
  return out;
}

/** Documents by what the question gives: their code ("… có số hiệu là gì?") or their subject. */
function documents(q: ParsedQuestion, { k, rel, inScope }: AnswerContext, code?: string): Candidate[] {
  const out: Candidate[] = [];
  for (const d of k.facts('document')) {
    if (!inScope.has(d.source.articleId)) continue;
    if (code && d.code.toUpperCase() !== code) continue;
    if (code && !d.about) continue;
    out.push({
      text: code
        ? `${d.kind} ${d.code}: về ${d.about}`
        : `${d.kind} số ${d.code}${d.date ? ` ${d.date.surface}` : ''}${d.about ? ` về ${d.about}` : ''}`,
      articleId: d.source.articleId,
      sentenceIndex: d.source.sentenceIndex,
      score:
        (code ? 1 : 0) +
        rel.of(d.source.articleId, d.source.sentenceIndex) +
        overlap(q, `${d.kind} ${d.about ?? ''}`),
      key: d.code,
    });
  }
  return out;
}

const BODY_KINDS = /(?<![a-z])(doanh nghiep|cong ty|to chuc|ngan hang|tap doan|nha hao tam) nao/;
const BODY_NAMES = /(?<![a-z])(cong ty|tap doan|ngan hang|doanh nghiep)\s/g;

function numberBefore(text: string, at: number, numbers: string[]): boolean {
  const before = text.slice(Math.max(0, at - 25), at);
  return numbers.some((n) => new RegExp(`(?<![\\d.,])${n}(?![\\d.,])`).test(before));
}

/** "Doanh nghiệp nào …?": the name written after "Công ty", "Tập đoàn", … in the best sentences. */

function namedBodies(q: ParsedQuestion, { k, rel }: AnswerContext): Candidate[] {
  const out: Candidate[] = [];
  for (const h of rel.hits.slice(0, 8)) {
    const s = k.sentence(h.articleId, h.index);
    if (!s) continue;
    // of several bodies in a sentence, the one written among the question's words ("3 căn do Công ty …")
    const numbers = q.folded.split(' ').filter((w) => /^\d+$/.test(w));
    const pos = keywordPositions(s.text, [...q.keywords, ...numbers]);
    for (const m of foldAligned(s.text).matchAll(BODY_NAMES)) {
      const from = (m.index ?? 0) + m[0].length;
      // "Công ty TNHH Thủy sản Minh Phát": up to the punctuation or a connecting word
      const raw = s.text
        .slice(from)
        .match(/^([^,.;()]{2,60}?)(?=\s+(?:và|cùng|đã|với|cho|tại|để|trao|tặng|hỗ trợ)\s|[,.;()]|$)/u)?.[1];
      if (!raw || !/^[\p{Lu}]/u.test(raw)) continue;
      out.push({
        text: s.text.slice(m.index ?? 0, from + raw.length),
        articleId: h.articleId,
        sentenceIndex: h.index,
        score:
          h.score * (0.6 + proximity(pos, m.index ?? 0, from + raw.length, 30)) +
          // a number of the question written just before the body ("3 căn còn lại do Công ty …")
          (numberBefore(s.text, m.index ?? 0, numbers) ? 0.5 : 0),
        key: raw,
      });
    }
  }
  return out;
}

/** A phrase the question asks to complete: "lần thứ mấy", "hình thức gì", "… là gì"/"gồm những gì". */
function continuation(q: ParsedQuestion, { k, rel }: AnswerContext): Candidate[] {
  const f = q.folded;
  const out: Candidate[] = [];
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
    out.push({
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
  return out;
}

export const answerWhat: Answerer = (q, ctx) => {
  if (q.intent !== 'what') return undefined;
  const f = q.folded;
  if (
    /(phong trao|cuoc van dong|chuong trinh|quy)( thi dua)? nao|(phong trao|cuoc van dong) (gi|nao)/.test(f)
  )
    return closeToBest(campaigns(q, ctx), 0.95, 1);
  const code = q.raw.match(/\d+[-/][\p{L}\d]+(?:[-/][\p{L}\d]+)*/u)?.[0]?.toUpperCase();
  if (code && /(?<![a-z])ve (van de |viec |noi dung )?gi|noi dung (gi|la gi)|(?<![a-z])la gi/.test(f)) {
    const about = documents(q, ctx, code);
    if (about.length) return closeToBest(about, 0.95, 1);
  }
  if (
    /so hieu|ky hieu|(chi thi|nghi quyet|ke hoach|huong dan|ket luan|quyet dinh) (so )?(nao|gi|may)/.test(f)
  )
    return closeToBest(documents(q, ctx), 0.95, 1);
  if (BODY_KINDS.test(f)) {
    const bodies = namedBodies(q, ctx);
    if (bodies.length) return closeToBest(bodies, 0.95, 1);
  }
  const rest = continuation(q, ctx);
  return rest.length ? closeToBest(rest, 0.95, 1) : undefined;
};
