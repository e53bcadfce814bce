/**
 * Cluster facts: each cluster an article names, with its members when a sentence lists them —
 * "Cụm thi đua … gồm các tỉnh: A, B, C", "… (gồm 6 tỉnh: A, … và F)", "7 tỉnh X gồm: …",
 * "6 tỉnh trong Cụm gồm: …", "Cụm thi đua số 2 gồm Ủy ban MTTQ Việt Nam 5 xã: …",
 * "cụm thi đua số 01 (thành phố A, huyện B, …)", "gồm 5 đơn vị là thành phố A và các huyện B, C".
 */
import { PREDICATE_STARTS } from '../lexicon/predicates.ts';
import { fold } from '../text/fold.ts';
import type { ArticleContext } from './article-context.ts';
import type { ClusterMention } from './cluster-mentions.ts';
import type { ClusterFact } from './fact.ts';
import { findLocalities, localityLabel } from './mentions.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<ClusterFact, 'id'>;

/** Lower-case admin words only: "Tỉnh Đoàn" is an organization, "tỉnh Nam Định" a place. */
const ADMIN_PREFIX = /^(?:các\s+)?(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+/u;

/** A list item up to the first lower-case word that begins a predicate ("Quảng Ngãi tổ chức …" → "Quảng Ngãi"). */
function namePart(item: string): string {
  const words = item.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (!/^\p{Ll}/u.test(words[i]!)) continue;
    const next = fold(words.slice(i, i + 2).join(' '));
    if (PREDICATE_STARTS.some((p) => next === p || next.startsWith(`${p} `)))
      return words.slice(0, i).join(' ');
  }
  return item;
}

/** Parses a list of member units; undefined unless it really is one (2+ short capitalized items). */
export function parseMemberList(raw: string): { members: string[]; consumed: number } | undefined {
  // a note in brackets after a member ("Hàm Yên (Cụm trưởng)") is not part of its name
  const text = raw.replace(/\s*\([^()]{0,40}\)/g, '');
  const stop = text.search(/[.;)]|\s[-–]\s|\n/u);
  const body = stop >= 0 ? text.slice(0, stop) : text;
  const items = body.split(/\s*,\s*|\s+và\s+/u).map((s) => s.trim());
  const members: string[] = [];
  let admin: string | undefined;
  for (const item of items) {
    if (!item) continue;
    const m = item.match(ADMIN_PREFIX);
    let name = item;
    let itemAdmin = admin;
    if (m) {
      itemAdmin = m[1]?.toLowerCase().replace(/^tp\.?$/, 'thành phố');
      name = item.slice(m[0].length);
      // "các huyện A, B": the admin word carries over to the next items
      admin = /^các\s/iu.test(item) ? itemAdmin : undefined;
    }
    if (!/^[\p{Lu}]/u.test(name)) break;
    // the list of names stops where the names do: "…, Quảng Ngãi tổ chức hội nghị giao ban"
    const own = namePart(name);
    if (own.split(/\s+/).length > 8) break;
    const loc = findLocalities(itemAdmin ? `${itemAdmin} ${own}` : own)[0];
    members.push(loc && loc.level !== 'province' ? localityLabel(loc) : own);
    if (own !== name) break;
  }
  if (members.length < 2) return undefined;
  const consumed = stop >= 0 ? raw.length - (text.length - stop) : raw.length;
  return { members, consumed };
}

function levelOf(members: string[], mention: ClusterMention | undefined): ClusterFact['level'] {
  const f = members.map(fold);
  if (f.some((m) => /^(xa|phuong|thi tran) /.test(m))) return 'district';
  if (f.some((m) => /^(huyen|quan|thi xa|thanh pho) /.test(m))) return 'province';
  return mention?.numbered ? 'province' : 'national';
}

/** What may stand between "gồm" and the list: "các tỉnh:", "6 tỉnh:", "Ủy ban MTTQ Việt Nam 5 xã:", "5 đơn vị là". */
const LIST_INTRO =
  /^\s*(?:(?:Ủy ban|Uỷ ban) MTTQ(?: Việt Nam)?\s+)?(?:(\d+)\s+)?(?:(?:các\s+)?(?:tỉnh, thành phố|tỉnh|thành phố|đơn vị|huyện|xã|phường|thị trấn|thành viên)(?:\s+[^:]{0,30}?)?(?:\s*:|\s+là)\s*|:\s*)?/u;

export function extractClusters(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  const seen = new Map<string, Draft>();
  const add = (d: Draft) => {
    const k = `${d.key}|${d.parent ?? ''}`;
    const prev = seen.get(k);
    if (prev) {
      if (!prev.members.length && d.members.length)
        Object.assign(prev, {
          members: d.members,
          memberCount: d.memberCount,
          source: d.source,
          level: d.level,
        });
      return;
    }
    seen.set(k, d);
    out.push(d);
  };
  const draft = (
    c: ClusterMention,
    idx: number,
    members: string[],
    count: number | undefined,
    span: [number, number],
  ): Draft => ({
    type: 'cluster',
    name: c.surface,
    key: c.key,
    level: levelOf(members, c),
    parent: c.numbered ? ctx.homeProvince : undefined,
    members,
    memberCount: count ?? (members.length || undefined),
    source: provenance(ctx, idx, span),
    years: sentenceYears(ctx, idx),
    provinces: members.length ? [] : sentenceProvinces(ctx, idx),
  });
  ctx.article.sentences.forEach((s, idx) => {
    const analysis = ctx.sentences[idx];
    if (!analysis) return;
    const clusters = analysis.clusters;
    for (const c of clusters) if (c.key) add(draft(c, idx, [], undefined, [c.start, c.end]));
    const folded = analysis.aligned;
    // each list: "gồm …" or a bracket right after a cluster's name
    const starts: Array<{ at: number; subjectEnd: number }> = [];
    for (const m of folded.matchAll(/(?<![a-z])(?:bao )?gom(?![a-z])/g))
      starts.push({ at: (m.index ?? 0) + m[0].length, subjectEnd: m.index ?? 0 });
    for (const c of clusters)
      if (s.text[c.end] === ' ' && s.text[c.end + 1] === '(')
        starts.push({ at: c.end + 2, subjectEnd: c.end });
    for (const { at, subjectEnd } of starts) {
      const intro = s.text.slice(at).match(LIST_INTRO);
      const listStart = at + (intro?.[0].length ?? 0);
      const list = parseMemberList(s.text.slice(listStart));
      if (!list) continue;
      // whose list: the nearest cluster named before it in the clause, else the article's when the subject says "cụm"
      const clauseStart =
        Math.max(s.text.lastIndexOf(';', subjectEnd), s.text.lastIndexOf('.', subjectEnd - 2), -1) + 1;
      const named = [...clusters].reverse().find((c) => c.end <= subjectEnd + 1 && c.start >= clauseStart);
      const subject = folded.slice(clauseStart, subjectEnd);
      const main = ctx.mainCluster;
      const mainKeyInSubject = main?.key?.split(' ').every((w) => subject.split(/\s+/).includes(w));
      const cluster = named?.key
        ? named
        : named || /(?<![a-z])(cum|khoi)(?![a-z])/.test(subject) || mainKeyInSubject
          ? main
          : undefined;
      if (!cluster?.key) continue;
      const count = intro?.[1] ? Number(intro[1]) : undefined;
      add(draft(cluster, idx, list.members, count, [subjectEnd, listStart + list.consumed]));
    }
  });
  return out;
}
