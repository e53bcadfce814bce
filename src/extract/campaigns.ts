/**
 * Campaigns, movements, programmes and funds named in quotes: Cuộc vận động "Toàn dân đoàn kết xây dựng
 * nông thôn mới, đô thị văn minh", phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" do
 * Thủ tướng phát động, Quỹ "Vì người nghèo", Chương trình "…".
 */
import type { ArticleContext } from './article-context.ts';
import type { CampaignFact } from './fact.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<CampaignFact, 'id'>;

const KINDS: ReadonlyArray<readonly [string, string]> = [
  ['phong trao thi dua', 'phong trào thi đua'],
  ['cuoc van dong', 'Cuộc vận động'],
  ['phong trao', 'phong trào'],
  ['chuong trinh phoi hop', 'Chương trình phối hợp'],
  ['chuong trinh', 'Chương trình'],
  ['quy', 'Quỹ'],
  ['cuoc thi', 'cuộc thi'],
  ['de an', 'Đề án'],
  ['thang cao diem', 'tháng cao điểm'],
  ['ngay hoi', 'Ngày hội'],
];

const QUOTED = /[“"]([^”"]{3,160})[”"]/gu;

export function extractCampaigns(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  ctx.article.sentences.forEach((s, idx) => {
    const text = s.text;
    const folded = ctx.sentences[idx]?.aligned ?? '';
    for (const m of text.matchAll(QUOTED)) {
      const start = m.index ?? 0;
      const before = folded.slice(Math.max(0, start - 30), start).trimEnd();
      const kind = KINDS.find(([k]) => before.endsWith(k));
      // a quote continuing a list of campaigns ("… “A”, “B”") takes the previous kind
      const listed = /[”"],?\s*(va\s+)?$/.test(folded.slice(Math.max(0, start - 6), start))
        ? out[out.length - 1]
        : undefined;
      if (!kind && !listed) continue;
      const name = (m[1] ?? '').trim();
      const key = `${kind?.[1] ?? listed?.kind}|${name}`;
      if (seen.has(key)) {
        // already known: still the head of a list that may continue in this sentence
        const known = out.find((c) => `${c.kind}|${c.name}` === key);
        if (known) out.push(out.splice(out.indexOf(known), 1)[0] as Draft);
        continue;
      }
      seen.add(key);
      const after = text.slice(start + m[0].length, start + m[0].length + 60);
      const by = after.match(/^\s*do\s+([^,;.]+?)\s+phát động/u);
      out.push({
        type: 'campaign',
        kind: kind?.[1] ?? listed?.kind ?? 'phong trào',
        name,
        launchedBy: by?.[1],
        source: provenance(ctx, idx, [start, start + m[0].length]),
        years: sentenceYears(ctx, idx),
        provinces: sentenceProvinces(ctx, idx),
      });
    }
  });
  return out;
}
