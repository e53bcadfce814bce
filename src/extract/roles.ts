/**
 * Cluster roles by year: who is cluster leader (Cụm trưởng, Trưởng cụm, đơn vị chủ trì Khối) or
 * deputy (Cụm phó), from phrasings such as "suy tôn X là Cụm trưởng … năm 2024", "X làm đơn vị cụm phó
 * năm 2024", "X đã tiếp nhận nhiệm vụ Cụm trưởng … năm 2023", "X hoàn thành tốt vai trò cụm trưởng trong
 * năm 2023", "X (Trưởng cụm)", "Name - Chủ tịch … tỉnh X (Cụm trưởng Cụm thi đua …)", and the handover
 * "X trao cờ luân lưu cụm trưởng … cho Y" (Y leads the next year).
 */
import { HANDOVER_WORDS, ROLE_WORDS } from '../lexicon/roles.ts';
import { findYears } from '../text/dates.ts';
import { foldAligned } from '../text/fold.ts';
import type { ArticleContext } from './article-context.ts';
import type { ClusterMention } from './cluster-mentions.ts';
import type { RoleFact } from './fact.ts';
import { findPersons, type LocalityMention, localityLabel } from './mentions.ts';
import { provenance } from './scope.ts';

type Draft = Omit<RoleFact, 'id'>;

const roleRes = ROLE_WORDS.map(([w, role]) => ({
  re: new RegExp(`(?<![a-z])${w}(?![a-z])`, 'g'),
  role,
  len: w.length,
}));

interface RoleHit {
  start: number;
  end: number;
  role: RoleFact['role'];
}

function findRoleWords(folded: string): RoleHit[] {
  const hits: RoleHit[] = [];
  for (const { re, role } of roleRes) {
    for (const m of folded.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, role });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The first "năm YYYY" (or bare year) between `from` and `to`. */
function yearIn(text: string, from: number, to: number): number | undefined {
  const y = findYears(text.slice(from, to))[0];
  return y;
}

export function extractRoles(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  ctx.article.sentences.forEach((s, idx) => {
    const text = s.text;
    const folded = foldAligned(text);
    const hits = findRoleWords(folded);
    if (!hits.length) return;
    const localities = (ctx.mentions[idx]?.localities ?? []).filter((l) => l.level !== 'village');
    const clusters = (ctx.mentions[idx]?.clusters ?? []).filter((c) => c.key);
    let persons: ReturnType<typeof findPersons> | undefined;
    for (const hit of hits) {
      // the clause around the role word: back to ";" or the sentence start, forward to ";"
      const clauseStart = Math.max(text.lastIndexOf(';', hit.start), -1) + 1;
      const nextSemi = text.indexOf(';', hit.end);
      const clauseEnd = nextSemi >= 0 ? nextSemi : text.length;
      const clause = folded.slice(clauseStart, clauseEnd);
      const rel = hit.start - clauseStart;
      let holder: LocalityMention | undefined;
      let year: number | undefined;
      let personName: string | undefined;
      let personTitle: string | undefined;
      const handover = HANDOVER_WORDS.map((w) => clause.indexOf(w)).find((i) => i >= 0 && i < rel);
      const choAt = clause.search(/(?<![a-z])cho(?![a-z])/);
      if (handover !== undefined && choAt > rel) {
        // "X trao cờ luân lưu cụm trưởng … cho Y": X held it, Y takes it over
        const giverEnd = clauseStart + handover;
        const giver = [...localities].reverse().find((l) => l.end <= giverEnd && l.start >= clauseStart);
        const choAbs = clauseStart + choAt;
        const recipient = localities.find((l) => l.start > choAbs && l.start < clauseEnd);
        const givenYear = yearIn(text, hit.end, choAbs) ?? ctx.refYear;
        if (giver) push(giver, givenYear, undefined, undefined);
        if (recipient) {
          const recYear = yearIn(text, recipient.end, clauseEnd) ?? (givenYear ? givenYear + 1 : undefined);
          push(recipient, recYear, undefined, undefined);
        }
        continue;
      }
      if (handover !== undefined && choAt >= 0 && choAt < rel) continue; // "… cho cụm trưởng năm 2024": no unit named
      // the holder: the nearest locality written before the role word in the clause
      holder = [...localities].reverse().find((l) => l.end <= hit.start && l.start >= clauseStart);
      // a role inside a person's titles: the person's unit
      persons ??= findPersons(text);
      const person = persons.find(
        (p) =>
          p.start < hit.start &&
          p.start >= clauseStart &&
          p.titles.some((t) => foldAligned(t.text).includes(folded.slice(hit.start, hit.end))),
      );
      if (person) {
        personName = person.name;
        const unitTitle = person.titles.find((t) => !/^(cum|truong cum|pho cum|khoi)/.test(t.folded));
        personTitle = unitTitle?.text;
        if (!holder || holder.start < person.start) {
          const loc =
            unitTitle?.locality ??
            (unitTitle && /\btinh\b/.test(unitTitle.folded) ? ctx.homeProvince : undefined);
          holder = loc
            ? ({ surface: loc, name: loc, level: 'province', province: loc } as LocalityMention)
            : holder;
        }
      }
      if (!holder) continue;
      year =
        yearIn(text, hit.end, Math.min(clauseEnd, hit.end + 90)) ??
        yearIn(text, clauseStart, hit.start) ??
        ctx.refYear;
      push(holder, year, personName, personTitle, hit);
    }

    function push(
      h: LocalityMention,
      y: number | undefined,
      person?: string,
      personTitle?: string,
      hit?: RoleHit,
    ) {
      const role = hit?.role ?? 'leader';
      const at = hit?.end ?? h.end;
      // the cluster: one named right at the role word, else one named in the sentence, else the article's
      const cluster: ClusterMention | undefined =
        clusters.find((c) => c.start >= (hit?.start ?? 0) - 1 && c.start <= at + 2) ??
        clusters.find((c) => !c.numbered || c.start > (hit?.start ?? 0)) ??
        ctx.mainCluster;
      const label = h.level === 'province' ? (h.province ?? h.name) : localityLabel(h);
      const key = `${role}|${label}|${y}|${cluster?.key ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        type: 'role',
        role,
        clusterKey: cluster?.key,
        clusterName: cluster?.surface,
        holder: label,
        person,
        personTitle,
        year: y,
        source: provenance(ctx, idx, [Math.min(h.start ?? 0, hit?.start ?? h.start), Math.max(h.end, at)]),
        years: y ? [y] : [],
        provinces: h.province ? [h.province] : [],
      });
    }
  });
  return out;
}
