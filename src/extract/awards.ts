/**
 * Awards: which unit gets (or is proposed for) which distinction — "đề nghị … tặng Cờ thi đua xuất sắc
 * toàn diện cho Ủy ban MTTQ tỉnh Phú Thọ; Cờ thi đua xuất sắc cho … Bắc Kạn và Bằng khen … cho … các tỉnh
 * Hòa Bình, Tuyên Quang", "Mặt trận … tỉnh Long An được đề nghị tặng cờ thi đua xuất sắc toàn diện".
 */
import type { ArticleContext } from './article-context.ts';
import { parseMemberList } from './clusters.ts';
import type { AwardFact } from './fact.ts';
import { type LocalityMention, localityLabel } from './mentions.ts';
import { provenance, sentenceYears } from './scope.ts';

type Draft = Omit<AwardFact, 'id'>;

const AWARD_RE =
  /(?<![a-z])(co thi dua xuat sac toan dien|co thi dua xuat sac|co thi dua|bang khen|giay khen|huan chuong [a-z]+(?: hang (?:nhat|nhi|ba))?|danh hieu [a-z ]{3,40}?)(?![a-z])/g;

interface Recipient {
  label: string;
  province?: string;
  start: number;
  end: number;
}

function recipientOf(l: LocalityMention): Recipient {
  return { label: localityLabel(l), province: l.province, start: l.start, end: l.end };
}

export function extractAwards(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  ctx.article.sentences.forEach((s, idx) => {
    const text = s.text;
    const analysis = ctx.sentences[idx];
    if (!analysis) return;
    const folded = analysis.aligned;
    const hits = [...folded.matchAll(AWARD_RE)];
    if (!hits.length) return;
    const localities = analysis.localities.filter((l) => l.level !== 'village');
    hits.forEach((h, k) => {
      const start = h.index ?? 0;
      const end = start + h[0].length;
      const nextAward = hits[k + 1]?.index ?? text.length;
      const semi = text.indexOf(';', end);
      const stop = Math.min(nextAward, semi >= 0 ? semi : text.length);
      const award = text.slice(start, end);
      // "đề nghị … tặng A cho X; B cho Y và C cho Z": the proposal covers the whole list
      const proposed = /de nghi/.test(folded.slice(0, start));
      // recipients after "cho", else the unit before "được … tặng"
      const cho = folded.slice(end, stop).search(/(?<![a-z])cho(?![a-z])/);
      let recipients: Recipient[] =
        cho >= 0 ? localities.filter((l) => l.start > end + cho && l.start < stop).map(recipientOf) : [];
      if (!recipients.length && cho >= 0) {
        // organizations rather than places: "… cho Hội Nông dân tỉnh và Tỉnh Đoàn"
        const from = end + cho + 4;
        const list = parseMemberList(text.slice(from, stop));
        if (list)
          recipients = list.members.map((m) => ({ label: m, start: from, end: from + list.consumed }));
        else {
          const one = text
            .slice(from, stop)
            .match(/^\s*((?:Ủy ban|Uỷ ban|Hội|Ban|Đoàn|Tỉnh Đoàn|Liên đoàn|UBND|MTTQ)[^,;.]{0,60})/u);
          if (one?.[1]) recipients = [{ label: one[1].trim(), start: from, end: from + one[0].length }];
        }
      }
      if (
        !recipients.length &&
        /duoc (de nghi )?(tang|trao)/.test(folded.slice(Math.max(0, start - 40), start))
      ) {
        const before = localities.filter((l) => l.end <= start);
        recipients = before.slice(-1).map(recipientOf);
      }
      if (!recipients.length) return;
      // "Bằng khen của Ủy ban Trung ương MTTQ Việt Nam": keep the giver in the award's name
      const ofGiver = text.slice(end, end + Math.max(cho, 0)).match(/^\s+của\s+[^,;]+?(?=\s+cho\b|$)/u);
      out.push({
        type: 'award',
        award: (ofGiver ? `${award}${ofGiver[0]}` : award).trim(),
        recipients: recipients.map((r) => r.label),
        proposed,
        source: provenance(ctx, idx, [
          Math.min(start, recipients[0]?.start ?? start),
          Math.max(end, recipients[recipients.length - 1]?.end ?? end),
        ]),
        years: sentenceYears(ctx, idx),
        provinces: recipients.flatMap((r) => (r.province ? [r.province] : [])),
      });
    });
  });
  return out;
}
