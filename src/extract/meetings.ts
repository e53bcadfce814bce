/**
 * Meetings: kind (tổng kết, sơ kết, giao ban, ký kết giao ước, hiệp thương, đại hội, …), date, place,
 * who chaired ("dưới sự chủ trì của", "Chủ trì hội nghị gồm các đồng chí:", "… chủ trì hội nghị") and who
 * attended ("Dự hội nghị có", "Cùng dự có", "Tham dự hội nghị có").
 */
import { MEETING_HEADS, MEETING_KINDS } from '../lexicon/events.ts';
import type { ArticleContext } from './article-context.ts';
import type { MeetingFact } from './fact.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<MeetingFact, 'id'>;

const HEAD_RE = new RegExp(
  `(?<![a-z])(${MEETING_HEADS.join('|')})\\s+(${MEETING_KINDS.map(([k]) => k).join('|')})(?![a-z])`,
);

/** "tại tỉnh Điện Biên" → "tỉnh Điện Biên": the place written after "tại", up to the clause end. */
export function placeAfterTai(text: string): { place: string; start: number } | undefined {
  const m = text.match(
    /(?<![\p{L}])tại\s+([^,.;()]+?)(?=\s*[,.;()]|\s+(?:Ủy ban|Uỷ ban|UBND|Ban|Cụm|Khối|đã|tổ chức)\b|$)/u,
  );
  if (!m?.[1]) return undefined;
  const place = m[1].trim();
  if (place.split(/\s+/).length > 10 || !/\p{Lu}/u.test(place)) return undefined;
  return { place, start: (m.index ?? 0) + m[0].indexOf(m[1]) };
}

export function extractMeetings(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  const sentences = ctx.article.sentences;
  sentences.forEach((s, idx) => {
    const analysis = ctx.sentences[idx];
    if (s.kind === 'caption' || !analysis) return;
    const head = analysis.aligned.match(HEAD_RE);
    if (!head) return;
    const dates = analysis.dates.filter((d) => d.day !== undefined);
    const tai = placeAfterTai(s.text);
    // a meeting is reported with its date or its place
    if (!dates.length && !tai) return;
    const kind = MEETING_KINDS.find(([k]) => k === head[2])?.[1] ?? (head[2] as string);
    const nameStart = head.index ?? 0;
    const nameEndRel = s.text.slice(nameStart).search(/[,;.(]|\s+(?:được|đã|diễn ra|tại)\s/u);
    const name = s.text.slice(nameStart, nameEndRel >= 0 ? nameStart + nameEndRel : undefined).trim();
    const date = dates[0];
    out.push({
      type: 'meeting',
      kind,
      name,
      date: date ? { surface: date.surface, iso: date.iso } : undefined,
      place: tai?.place,
      chairs: [],
      attendees: [],
      clusterKey: analysis.clusters.find((c) => c.key)?.key ?? ctx.mainCluster?.key,
      source: provenance(ctx, idx, [nameStart, nameStart + name.length]),
      years: date?.year ? [date.year] : sentenceYears(ctx, idx),
      provinces: sentenceProvinces(ctx, idx),
    });
  });
  // chairs and attendees, attached to the article's first meeting
  const main = out[0];
  if (main) {
    for (const analysis of ctx.sentences) {
      const f = analysis.folded;
      const chairList =
        /chu tri (hoi nghi|buoi|le)? ?(gom|co) (cac )?(dong chi)?/.test(f) ||
        (/^(cac )?dong chi\s*:/.test(f) && /(?<![a-z])chu tri (hoi nghi|le|buoi)/.test(f));
      const attendList =
        /^(du|tham du|cung du|den du)[^.]{0,30}(co|gom)/.test(f) ||
        /(du hoi nghi|tham du hoi nghi|cung du) co/.test(f);
      for (const p of analysis.persons) {
        const before = f.slice(Math.max(0, p.start - 45), p.start);
        const after = f.slice(p.end, p.end + 120);
        const chairedHere =
          /chu tri cua (dong chi |ong |ba )?$/.test(before) ||
          (/^[^;.]{0,110}?(?<![a-z])(da )?chu tri(?![a-z])/.test(after) &&
            !/^[^;]*;/.test(after.split('chu tri')[0] ?? ''));
        if (chairList || chairedHere) main.chairs.push(p.name);
        else if (
          attendList ||
          /^[^;.]{0,80}(?<![a-z])(cung du|du va phat bieu|du chi dao|du tai)(?![a-z])/.test(after)
        )
          main.attendees.push(p.name);
      }
    }
    main.chairs = [...new Set(main.chairs)];
    main.attendees = [...new Set(main.attendees)].filter((a) => !main.chairs.includes(a));
  }
  return out;
}
