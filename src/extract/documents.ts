/**
 * Directives, resolutions, plans and guidance with their codes: "Chỉ thị 22-CT/TW ngày 25/5/2023 của
 * Ban Bí thư …", "Nghị quyết số 11-NQ/TW", "Kế hoạch số 96/KH-MTTW-BTT về việc …".
 */
import { findDates } from '../text/dates.ts';
import type { ArticleContext } from './article-context.ts';
import type { DocumentFact } from './fact.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<DocumentFact, 'id'>;

const DOC_RE =
  /(Chỉ thị|Nghị quyết|Kết luận|Kế hoạch|Hướng dẫn|Quyết định|Công văn|Thông báo|Quy chế|Nghị định|Thông tư|Luật)\s+(?:số\s+)?(\d+[-/][\p{L}\d]+(?:[-/][\p{L}\d]+)*)/gu;

export function extractDocuments(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  ctx.article.sentences.forEach((s, idx) => {
    for (const m of s.text.matchAll(DOC_RE)) {
      const code = m[2] ?? '';
      if (!/\p{L}/u.test(code)) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const rest = s.text.slice(end, end + 200);
      const date = findDates(rest.slice(0, 30), ctx.refYear).find((d) => d.day !== undefined);
      const about = rest.match(/^[^“"]*?\s+về\s+(?:việc\s+)?([^;.]+)/u)?.[1]?.trim();
      const key = `${m[1]}|${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: 'document',
        kind: m[1] ?? '',
        code,
        date: date ? { surface: date.surface, iso: date.iso } : undefined,
        about,
        source: provenance(ctx, idx, [start, end]),
        years: sentenceYears(ctx, idx),
        provinces: sentenceProvinces(ctx, idx),
      });
    }
  });
  return out;
}
