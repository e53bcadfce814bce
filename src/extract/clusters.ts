/**
 * Cluster facts: each cluster an article names, with its members when a sentence lists them
 * ("Cụm thi đua … gồm các tỉnh: A, B, C", "… (gồm 6 tỉnh: A, … và F)", "7 tỉnh X gồm: …",
 * "cụm thi đua số 01 (thành phố A, huyện B, …)", "Cụm thi đua số II, gồm 5 đơn vị là thành phố A và các huyện B, C").
 */
import { fold } from '../text/fold.ts';
import type { ArticleContext } from './article-context.ts';
import type { ClusterMention } from './cluster-mentions.ts';
import type { ClusterFact } from './fact.ts';
import { findLocalities, localityLabel } from './mentions.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<ClusterFact, 'id'>;

const ADMIN_PREFIX = /^(?:các\s+)?(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu;

/** Parses a list of member units; undefined unless it really is one (2+ short capitalized items). */
export function parseMemberList(raw: string): { members: string[]; consumed: number } | undefined {
  const stop = raw.search(/[.;)]|\s[-–]\s|\n/u);
  const body = stop >= 0 ? raw.slice(0, stop) : raw;
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
    const words = name.split(/\s+/);
    if (words.length > 5 || !/^[\p{Lu}]/u.test(name)) break;
    const loc = findLocalities(itemAdmin ? `${itemAdmin} ${name}` : name)[0];
    members.push(loc && loc.level !== 'province' ? localityLabel(loc) : name);
  }
  if (members.length < 2) return undefined;
  return { members, consumed: body.length };
}

function levelOf(members: string[], mention: ClusterMention | undefined): ClusterFact['level'] {
  const f = members.map(fold);
  if (f.some((m) => /^(xa|phuong|thi tran) /.test(m))) return 'district';
  if (f.some((m) => /^(huyen|quan|thi xa|thanh pho) /.test(m))) return 'province';
  return mention?.numbered ? 'province' : 'national';
}

export function extractClusters(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  const seen = new Map<string, Draft>();
  const add = (d: Draft) => {
    const k = `${d.key}|${d.parent ?? ''}`;
    const prev = seen.get(k);
    if (prev) {
      if (!prev.members.length && d.members.length)
        Object.assign(prev, { members: d.members, memberCount: d.memberCount, source: d.source });
      return;
    }
    seen.set(k, d);
    out.push(d);
  };
  ctx.article.sentences.forEach((s, idx) => {
    const clusters = ctx.mentions[idx]?.clusters ?? [];
    for (const c of clusters) {
      if (!c.key) continue;
      const parent = c.numbered ? ctx.homeProvince : undefined;
      // members right after the mention: "(…)", "gồm …", ", gồm N đơn vị là …"
      const after = s.text.slice(c.end);
      const gm = after.match(
        /^\s*(?:\(\s*(?:gồm\s+)?|,?\s*(?:bao\s+)?gồm\s+)((\d+)\s+(?:tỉnh|đơn vị|huyện|xã|thành phố)(?:[^:]{0,40}?)?(?:\s*:|\s+là)\s*|(?:các\s+(?:tỉnh|huyện|đơn vị)\s*:?\s*)|:\s*)?/u,
      );
      let members: string[] = [];
      let count: number | undefined;
      if (gm?.[0].length) {
        const list = parseMemberList(after.slice(gm[0].length));
        if (list) {
          members = list.members;
          count = gm[2] ? Number(gm[2]) : undefined;
        }
      }
      add({
        type: 'cluster',
        name: c.surface,
        key: c.key,
        level: levelOf(members, c),
        parent,
        members,
        memberCount: count ?? (members.length || undefined),
        source: provenance(ctx, idx, [c.start, c.end]),
        years: sentenceYears(ctx, idx),
        provinces: members.length ? [] : sentenceProvinces(ctx, idx),
      });
    }
    // "… 7 tỉnh Miền núi biên giới phía Bắc gồm: A, B, …" — a list whose subject names the article's cluster
    const gom = s.text.match(/(\d+)\s+(tỉnh|thành phố|huyện|đơn vị)\s+([^:;]{3,80}?)\s+gồm\s*:?\s*/u);
    if (gom && ctx.mainCluster) {
      const subject = fold(gom[3] ?? '');
      const key = ctx.mainCluster.key;
      if (key?.split(' ').every((w) => subject.split(/\s+/).includes(w))) {
        const start = (gom.index ?? 0) + gom[0].length;
        const list = parseMemberList(s.text.slice(start));
        if (list)
          add({
            type: 'cluster',
            name: ctx.mainCluster.surface,
            key,
            level: levelOf(list.members, ctx.mainCluster),
            parent: ctx.mainCluster.numbered ? ctx.homeProvince : undefined,
            members: list.members,
            memberCount: Number(gom[1]),
            source: provenance(ctx, idx, [gom.index ?? 0, start + list.consumed]),
            years: sentenceYears(ctx, idx),
            provinces: [],
          });
      }
    }
  });
  return out;
}
