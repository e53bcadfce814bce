/**
 * Cluster and block roles by year: leader (Cụm trưởng, Trưởng cụm, Khối trưởng, đơn vị chủ trì Khối)
 * and deputy (Cụm phó, Khối phó). The holder is the unit written just before the role word —
 * "suy tôn Ủy ban MTTQ tỉnh Lào Cai là Cụm trưởng … năm 2024", "… xã Thống Kênh được bầu làm Cụm phó",
 * "Hội Liên hiệp Phụ nữ tỉnh là Khối phó", "Hàm Yên (Cụm trưởng)", "thành phố Pleiku (Trưởng cụm)",
 * "Name - Chủ tịch Ủy ban MTTQ tỉnh X (Cụm trưởng …)" — and the hand-over of the rotating flag,
 * "X trao cờ luân lưu (cụm trưởng) cho Y": Y leads the next year.
 */
import { ROLE_WORDS } from '../lexicon/roles.ts';
import { findYears } from '../text/dates.ts';
import { foldAligned } from '../text/fold.ts';
import type { ArticleContext } from './article-context.ts';
import type { ClusterMention } from './cluster-mentions.ts';
import type { RoleFact } from './fact.ts';
import { type LocalityMention, localityLabel, type PersonMention, startsWithTitle } from './mentions.ts';
import { provenance } from './scope.ts';

type Draft = Omit<RoleFact, 'id'>;

const roleRes = ROLE_WORDS.map(([w, role]) => ({ re: new RegExp(`(?<![a-z])${w}(?![a-z])`, 'g'), role }));

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

/** Where the words naming a role's holder may begin: after these, in folded text. */
const HOLDER_START =
  /(?:[,;:(]|(?<![a-z])(?:va|bau|suy ton|chon|thong nhat|chuc mung|de nghi|cho)(?![a-z]))\s*/g;
/** Connectors between a holder and its role word, dropped from the holder. */
const HOLDER_TAIL =
  /(?:\s*[-–]\s*|\s+)(?:la|lam|duoc(?: cac don vi)?(?: thong nhat)?(?: bau| suy ton)?(?: lam| la)?|don vi(?: dang cai)?(?: va nhan nhiem vu)?|giu vai tro|nhan nhiem vu|dang cai|da hoan thanh tot vai tro|hoan thanh tot vai tro)?\s*$/;

interface Holder {
  label: string;
  province?: string;
  start: number;
  end: number;
}

function fromLocality(l: LocalityMention): Holder {
  return {
    label: l.level === 'province' ? (l.province ?? l.name) : localityLabel(l),
    province: l.province,
    start: l.start,
    end: l.end,
  };
}

/** The unit written in [from, to): a locality in it, else the words themselves when they name a unit. */
function holderIn(
  text: string,
  folded: string,
  from: number,
  to: number,
  localities: LocalityMention[],
): Holder | undefined {
  const loc = [...localities].reverse().find((l) => l.start >= from && l.end <= to);
  if (loc) return fromLocality(loc);
  const tail = folded.slice(from, to).match(HOLDER_TAIL);
  const end = to - (tail?.[0].length ?? 0);
  const words = text.slice(from, end).trim();
  if (!words || words.split(/\s+/).length > 9 || startsWithTitle(foldAligned(words)) || !looksLikeUnit(words))
    return undefined;
  const start = text.indexOf(words, from);
  return {
    label: words.replace(/^(Ủy ban|Uỷ ban) MTTQ (Việt Nam )?(?=(xã|huyện|phường|thị trấn) )/u, ''),
    start,
    end: start + words.length,
  };
}

/** An election verb right before a role word: "bầu cụm trưởng", "bầu chọn Cụm phó". */
const ELECTED_BEFORE = /(?<![a-z])(bau|bau chon|binh chon|chon|bau ra)\s+$/;

/** Words that begin an organization's name. */
const ORG_HEAD =
  /^(Ủy ban|Uỷ ban|UBMTTQ|UBND|MTTQ|Mặt trận|Hội(?! nghị)|Ban|Đoàn|Tỉnh Đoàn|Thành Đoàn|Huyện Đoàn|Liên đoàn|Công an|Bộ|Sở|Phòng|Đảng ủy|Cơ quan|Khối|Trường|Bệnh viện|Công ty)(?=\s|$)/u;

/** A unit's name: an organization, or a short capitalized name ("Hàm Yên", "Gia Lương"). */
function looksLikeUnit(words: string): boolean {
  if (ORG_HEAD.test(words)) return true;
  const parts = words.split(/\s+/);
  return (
    parts.length <= 4 &&
    parts.every((w) => /^[\p{Lu}]/u.test(w)) &&
    !/^(Hội nghị|Các|Đồng chí|Với|Trong|Tại|Theo)$/u.test(parts.slice(0, 2).join(' '))
  );
}

function firstYear(text: string, from: number, to: number): number | undefined {
  return findYears(text.slice(from, to))[0];
}

export function extractRoles(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  ctx.article.sentences.forEach((s, idx) => {
    const text = s.text;
    const analysis = ctx.sentences[idx];
    if (!analysis) return;
    const folded = analysis.aligned;
    const hits = findRoleWords(folded);
    const flag = folded.search(/(?<![a-z])(trao|ban giao|chuyen giao)(?: lai)? co luan luu/);
    if (!hits.length && flag < 0) return;
    const localities = analysis.localities.filter((l) => l.level !== 'village');
    const clusters = analysis.clusters.filter((c) => c.key);
    const sentenceYear = analysis.years[0];

    const push = (
      h: Holder,
      role: RoleFact['role'],
      year: number | undefined,
      at: number,
      person?: { name: string; title?: string },
    ) => {
      // the cluster: one named right at the role word, else one named in the sentence, else the article's
      const cluster: ClusterMention | undefined =
        clusters.find((c) => c.start >= at - 1 && c.start <= at + 3) ??
        clusters.find((c) => !c.numbered || c.start > h.start) ??
        ctx.mainCluster;
      const key = `${role}|${h.label}|${year}|${cluster?.key ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        type: 'role',
        role,
        clusterKey: cluster?.key,
        clusterName: cluster?.surface,
        holder: h.label,
        person: person?.name,
        personTitle: person?.title,
        year,
        source: provenance(ctx, idx, [Math.min(h.start, at), Math.max(h.end, at)]),
        years: year ? [year] : [],
        provinces: h.province ? [h.province] : [],
      });
    };

    // the rotating flag: "X trao cờ luân lưu (của cụm trưởng năm N) cho Y (năm N+1)"
    let handover: [number, number] | undefined;
    if (flag >= 0) {
      const clauseEnd = text.indexOf(';', flag) >= 0 ? text.indexOf(';', flag) : text.length;
      const cho = folded.slice(flag, clauseEnd).search(/(?<![a-z])cho(?![a-z])/);
      if (cho >= 0) {
        const choAt = flag + cho;
        handover = [flag, choAt];
        const clauseStart = Math.max(text.lastIndexOf(';', flag), text.lastIndexOf('.', flag), -1) + 1;
        const giver = holderIn(text, folded, clauseStart, flag, localities);
        const givenYear = firstYear(text, flag, choAt) ?? ctx.refYear;
        const afterCho = folded.slice(choAt + 3).match(/^\s*(?:dai dien\s+)?/)?.[0].length ?? 0;
        const recStart = choAt + 3 + afterCho;
        const recEndRel = text.slice(recStart).search(/[,;.(]|\s[-–]\s/);
        const recEnd = recEndRel >= 0 ? recStart + recEndRel : clauseEnd;
        const recipient = holderIn(text, folded, recStart, recEnd, localities);
        if (giver) push(giver, 'leader', givenYear, flag);
        if (recipient)
          push(
            recipient,
            'leader',
            firstYear(text, recEnd, clauseEnd) ?? (givenYear ? givenYear + 1 : undefined),
            recStart,
          );
      }
    }

    let persons: PersonMention[] | undefined;
    for (const hit of hits) {
      if (handover && hit.start > handover[0] && hit.start < handover[1]) continue;
      const clauseStart = Math.max(text.lastIndexOf(';', hit.start), -1) + 1;
      const semi = text.indexOf(';', hit.end);
      const clauseEnd = semi >= 0 ? semi : text.length;
      // a role among a person's titles: the person's unit
      persons ??= analysis.persons;
      const roleWord = folded.slice(hit.start, hit.end);
      const person = persons.find(
        (p) =>
          p.start < hit.start &&
          p.start >= clauseStart &&
          p.titles.some((t) => foldAligned(t.text).includes(roleWord)),
      );
      let holder: Holder | undefined;
      let who: { name: string; title?: string } | undefined;
      if (person) {
        const unit = person.titles.find(
          (t) => !/^(cum|truong cum|pho cum|khoi)/.test(t.folded) && !/^uy vien/.test(t.folded),
        );
        who = { name: person.name, title: unit?.text };
        const loc = unit?.locality ?? (unit && /\btinh\b/.test(unit.folded) ? ctx.homeProvince : undefined);
        if (loc) holder = { label: loc, province: loc, start: person.start, end: person.end };
        else if (unit) {
          const org = unit.text.replace(/^(Phó\s+)?(Chủ tịch|Bí thư|Trưởng ban|Giám đốc)\s+/u, '');
          holder = { label: org, start: person.start, end: person.end };
        }
      }
      if (!holder) {
        // the words between the last delimiter and the role word ("(" right before it: the words before "(")
        let to = hit.start;
        const before = text.slice(clauseStart, hit.start);
        if (/\(\s*$/.test(before)) to = clauseStart + before.lastIndexOf('(');
        // a role word after the hand-over's "cho" belongs to the recipient, never to the giver
        let from = handover && hit.start > handover[1] ? handover[1] : clauseStart;
        for (const m of folded.slice(clauseStart, to).matchAll(HOLDER_START))
          from = clauseStart + (m.index ?? 0) + m[0].length;
        holder = holderIn(text, folded, from, to, localities);
        // no unit right there ("… và nhận nhiệm vụ Cụm trưởng"): the nearest locality earlier in the
        // clause — unless the role is what is elected ("…, bầu cụm trưởng năm 2023"): who is elected is
        // written after it ("bầu chọn cụm trưởng … là huyện Vĩnh Cửu") or not at all, never before
        if (!holder && !ELECTED_BEFORE.test(folded.slice(Math.max(clauseStart, hit.start - 24), hit.start))) {
          const loc = [...localities]
            .reverse()
            .find(
              (l) =>
                l.end <= hit.start &&
                l.start >= from - 200 &&
                l.start >= (handover && hit.start > handover[1] ? handover[1] : clauseStart),
            );
          if (loc) holder = fromLocality(loc);
        }
      }
      if (!holder) continue;
      const year =
        firstYear(text, hit.end, clauseEnd) ??
        firstYear(text, clauseStart, hit.start) ??
        sentenceYear ??
        ctx.refYear;
      push(holder, hit.role, year, hit.end, who);
    }
  });
  return out;
}
