/**
 * Deadlines: "Đại hội Mặt trận cấp xã hoàn thành trong tháng 4, cấp huyện hoàn thành trong tháng 6,
 * cấp tỉnh hoàn thành trong tháng 8/2024" — each level gets its own deadline, sharing the subject.
 */
import { findDates } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import type { ArticleContext } from './article-context.ts';
import type { DeadlineFact } from './fact.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<DeadlineFact, 'id'>;

const DONE_RE =
  /hoàn thành\s+(?:trong|trước|vào|chậm nhất)?\s*((?:tháng|ngày|quý)\s+\d+(?:[/.-]\d+)*(?:\s+năm\s+\d{4})?)/giu;

export function extractDeadlines(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  ctx.article.sentences.forEach((s, idx) => {
    const text = s.text;
    let lastSubject: string | undefined;
    let lastEnd = 0;
    for (const m of text.matchAll(DONE_RE)) {
      const start = m.index ?? 0;
      const clauseStart =
        Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start), lastEnd - 1) + 1;
      const words = text.slice(clauseStart, start).trim().split(/\s+/).filter(Boolean).slice(-6);
      let subject = words.join(' ');
      if (/^cấp\s/iu.test(subject) && lastSubject)
        subject = `${lastSubject.replace(/\s+cấp\s+.*$/u, '')} ${subject}`;
      if (!subject) continue;
      lastSubject = subject;
      lastEnd = start + m[0].length;
      const when = m[1] ?? '';
      const d = findDates(when, undefined)[0];
      out.push({
        type: 'deadline',
        subject,
        subjectFolded: fold(subject),
        when,
        iso: d?.iso ?? '',
        source: provenance(ctx, idx, [clauseStart, start + m[0].length]),
        years: d?.year ? [d.year] : sentenceYears(ctx, idx),
        provinces: sentenceProvinces(ctx, idx),
      });
    }
  });
  return out;
}
