/**
 * People and their titles ("Hoàng Công Thủy, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
 * "Nguyễn Hải- Chủ tịch Ủy ban MTTQ tỉnh", "Bí thư Tỉnh ủy … Lữ Văn Hùng"), what they did in the
 * sentence (chủ trì, dự, phát biểu, được bầu/hiệp thương cử …), titles written with a bare "tỉnh" or
 * "huyện" resolved to the article's province or district.
 */
import type { ArticleContext } from './article-context.ts';
import type { PersonFact, PersonTitle } from './fact.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<PersonFact, 'id'>;

/** Actions recognized around a name, folded. */
const ACTIONS: readonly string[] = [
  'chu tri',
  'du',
  'tham du',
  'cung du',
  'phat bieu',
  'chung kien',
  'trao',
  'tang',
  'chi dao',
  'ket luan',
  'khai mac',
  'bao cao',
  'duoc bau',
  'hiep thuong cu',
  'giu chuc vu',
  'ra mat',
  'tham',
  'lam viec',
];

function resolveTitle(ctx: ArticleContext, t: PersonTitle): PersonTitle {
  if (t.locality || t.central) return t;
  if (/^(cum|truong cum|pho cum|khoi)/.test(t.folded)) return t;
  if (/\btinh\b/.test(t.folded) && ctx.homeProvince) return { ...t, locality: ctx.homeProvince };
  if (/\b(huyen|quan|thi xa)\b/.test(t.folded) && ctx.homeDistrict)
    return { ...t, locality: ctx.homeDistrict };
  // only a title ending in it: the "xã" of "chính trị - xã hội" is no commune
  if (/(?:^| )(?:xa|phuong|thi tran)$/.test(t.folded) && ctx.homeCommune)
    return { ...t, locality: ctx.homeCommune };
  return t;
}

export function extractPeople(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  ctx.article.sentences.forEach((s, idx) => {
    const analysis = ctx.sentences[idx];
    if (!analysis) return;
    const persons = analysis.persons;
    const folded = analysis.folded;
    persons.forEach((p, k) => {
      const titles = p.titles.map((t) => resolveTitle(ctx, t));
      // actions: in the stretch after this person up to the next one (or before, for "dưới sự chủ trì của X")
      const nextStart = persons[k + 1]?.start ?? s.text.length;
      const after = folded.slice(p.end, nextStart);
      const before = folded.slice(Math.max(0, p.start - 40), p.start);
      // "phong trào" is no "trao", "tăng cường" no "tặng": whole words, and not inside those compounds
      const actions = ACTIONS.filter((a) =>
        new RegExp(`(?<![a-z])(?<!phong )(?<!tang )${a}(?![a-z])(?! cuong| truong)`).test(after),
      );
      if (/chu tri cua (dong chi |ong |ba )?$/.test(before)) actions.push('chu tri');
      // "Phát biểu chào mừng, đồng chí … X …": the verb opening the sentence is the first person's
      const opening =
        k === 0
          ? folded.slice(0, p.start).match(/^(phat bieu|chu tri|ket luan|khai mac)(?![a-z])/)?.[1]
          : undefined;
      if (opening) actions.push(opening);

      if (/(hiep thuong cu|bau|cu) (ong |ba |dong chi )?$/.test(before)) actions.push('duoc bau');
      if (!titles.length && !actions.length) return;
      out.push({
        type: 'person',
        name: p.name,
        titles,
        actions: [...new Set(actions)],
        source: provenance(ctx, idx, [p.start, p.end]),
        years: sentenceYears(ctx, idx),
        provinces: [
          ...new Set([
            ...titles.flatMap((t) => (t.locality ? [t.locality] : [])),
            ...sentenceProvinces(ctx, idx),
          ]),
        ],
      });
    });
  });
  return out;
}
