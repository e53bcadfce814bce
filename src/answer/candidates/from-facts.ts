/**
 * The typed facts extracted at ingest, as candidates: cluster roles (the unit that leads or deputises,
 * by year), cluster members, award recipients, campaigns and documents, meeting dates and places, and
 * deadlines. They are the most trusted candidates — the extractors read them with rules written for
 * those facts — but they are scored like every other candidate.
 */
import type {
  AwardFact,
  CampaignFact,
  ClusterFact,
  DeadlineFact,
  DocumentFact,
  FactOf,
  FactType,
  MeetingFact,
  RoleFact,
} from '../../extract/fact.ts';
import { findLocalities } from '../../extract/mentions.ts';
import type { AdminLevel } from '../../lexicon/titles.ts';
import { fold } from '../../text/fold.ts';
import type { Knowledge } from '../knowledge.ts';
import { type Phrases, phrases } from '../phrasing.ts';
import type { Lang } from '../types.ts';
import { type Candidate, unitKey } from './candidate.ts';
import { displayDate } from './dates.ts';

function at(f: { source: { articleId: string; sentenceIndex: number; span: [number, number] } }) {
  return { articleId: f.source.articleId, sentenceIndex: f.source.sentenceIndex, span: f.source.span };
}

export function roleLine(f: RoleFact, p: Phrases): string {
  const who = f.person ? ` (${f.person}${f.personTitle ? `, ${f.personTitle}` : ''})` : '';
  const role = f.role === 'leader' ? p.leader : p.deputy;
  const cluster = f.clusterName ? ` ${f.clusterName}` : '';
  const year = f.year ? ` ${p.year(f.year)}` : '';
  return `${f.holder}${who} — ${role}${cluster}${year}`;
}

/**
 * The level of a role's holder when its name is one place ("huyện Vĩnh Cửu", "Đồng Nai"): a role held
 * by a province does not answer "huyện nào làm cụm trưởng", as a province written in a sentence does not.
 */
function holderLevel(holder: string): AdminLevel | null {
  let level = holderLevels.get(holder);
  if (level === undefined) {
    const [place, other] = findLocalities(holder);
    level = place && !other && place.start === 0 && place.end === holder.length ? place.level : null;
    if (holderLevels.size > 10_000) holderLevels.clear();
    holderLevels.set(holder, level);
  }
  return level;
}

/** Levels of the holders met so far (a few hundred names: the units of the clusters). */
const holderLevels = new Map<string, AdminLevel | null>();

export function roleCandidates(k: Knowledge, facts: readonly RoleFact[], lang: Lang): Candidate[] {
  const p = phrases(lang);
  return facts.map((f) => ({
    type: 'unit',
    text: f.person ? `${f.holder} (${f.person})` : f.holder,
    line: roleLine(f, p),
    key: unitKey(fold(f.holder)),
    ...at(f),
    span: spanOf(
      quoteOf(k, f),
      f.holder.replace(/^(?:huyện|xã|thành phố|thị xã|phường|thị trấn)\s+/u, ''),
      f.source.span,
    ),
    origin: 'fact:role',
    prior: 1,
    level: holderLevel(f.holder) ?? undefined,
    role: f,
    subject: [f.clusterName, f.year].filter(Boolean).join(' · ') || undefined,
  }));
}

/** The people who represent a role's holder ("Nguyễn Hải - Chủ tịch Ủy ban MTTQ tỉnh Phú Thọ"). */
export function roleHolders(facts: readonly RoleFact[], lang: Lang): Candidate[] {
  const p = phrases(lang);
  return facts
    .filter((f) => f.person)
    .map((f) => ({
      type: 'person',
      text: f.person as string,
      line: `${f.person}${f.personTitle ? ` — ${f.personTitle}` : ''} (${roleLine(f, p)})`,
      key: fold(f.person as string),
      ...at(f),
      origin: 'fact:role-person',
      prior: 1,
      role: f,
      titles: f.personTitle
        ? [{ text: f.personTitle, folded: fold(f.personTitle), locality: f.holder, central: false }]
        : [],
    }));
}

export function memberCandidates(facts: readonly ClusterFact[]): Candidate[] {
  return facts
    .filter((c) => c.members.length)
    .map((c) => ({
      type: 'members',
      text: c.members.join(', '),
      line: `${c.name}: ${c.members.join(', ')}`,
      key: `${c.key}|${c.parent ?? ''}|${c.members.map(fold).join(',')}`,
      ...at(c),
      origin: 'fact:cluster',
      prior: 1,
      items: c.members,
      subject: c.name,
    }));
}

export function awardCandidates(facts: readonly AwardFact[], lang: Lang): Candidate[] {
  const p = phrases(lang);
  return facts.map((a) => ({
    type: 'unit',
    text: a.recipients.join(', '),
    line: `${a.recipients.join(', ')} — ${a.proposed ? p.proposed : p.awarded} ${a.award}`,
    key: a.recipients.map((r) => unitKey(fold(r))).join('|'),
    ...at(a),
    origin: 'fact:award',
    award: a.award,
    prior: 0.9,
    items: a.recipients.length > 1 ? a.recipients : undefined,
  }));
}

export function campaignCandidates(facts: readonly CampaignFact[]): Candidate[] {
  return facts.map((c) => ({
    type: 'name',
    text: `${c.kind} “${c.name}”`,
    line: `${c.kind} “${c.name}”${c.launchedBy ? ` (do ${c.launchedBy} phát động)` : ''}`,
    key: fold(c.name),
    ...at(c),
    origin: 'fact:campaign',
    prior: 0.9,
  }));
}

export function documentCandidates(facts: readonly DocumentFact[]): Candidate[] {
  return facts.map((d) => ({
    type: 'name',
    text: `${d.kind} số ${d.code}`,
    line: `${d.kind} số ${d.code}${d.date ? ` ${d.date.surface}` : ''}${d.about ? ` về ${d.about}` : ''}`,
    key: fold(d.code),
    ...at(d),
    origin: 'fact:document',
    prior: 0.9,
  }));
}

/** The sentence a fact was read from, as the store has it. */
function quoteOf(
  k: Knowledge,
  f: { source: { articleId: string; sentenceIndex: number; quote?: string } },
): string {
  return k.sentence(f.source.articleId, f.source.sentenceIndex)?.text ?? f.source.quote ?? '';
}

/** Where a fact's answer is written in its sentence: the text searched from the fact's span on. */
function spanOf(quote: string, text: string, from: [number, number]): [number, number] {
  const at = quote.indexOf(text, Math.max(0, from[0] - 200));
  return at >= 0 ? [at, at + text.length] : from;
}

export function meetingCandidates(
  k: Knowledge,
  facts: readonly MeetingFact[],
  type: 'date' | 'place',
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of facts) {
    if (type === 'date' && m.date)
      out.push({
        type: 'date',
        text: displayDate(m.date.surface, m.date.iso),
        line: `${displayDate(m.date.surface, m.date.iso)} — ${m.name}`,
        key: m.date.iso,
        ...at(m),
        span: spanOf(quoteOf(k, m), m.date.surface, m.source.span),
        origin: 'fact:meeting',
        prior: 0.85,
      });
    if (type === 'place' && m.place)
      out.push({
        type: 'place',
        text: m.place,
        line: `${m.place} — ${m.name}`,
        key: unitKey(fold(m.place)),
        ...at(m),
        span: spanOf(quoteOf(k, m), m.place, m.source.span),
        origin: 'fact:meeting',
        prior: 0.85,
        level: 'venue',
      });
  }
  return out;
}

export function deadlineCandidates(k: Knowledge, facts: readonly DeadlineFact[]): Candidate[] {
  return facts.map((d) => {
    const start = quoteOf(k, d).indexOf(d.when, d.source.span[0]);
    return {
      type: 'date',
      text: d.when,
      line: `${d.subject}: ${d.when}`,
      key: d.iso,
      ...at(d),
      span: start >= 0 ? ([start, start + d.when.length] as [number, number]) : d.source.span,
      origin: 'fact:deadline',
      prior: 0.85,
      own: d.subjectFolded.split(' '),
    };
  });
}

/** The facts of one type from the given articles. */
export function factsIn<T extends FactType>(k: Knowledge, articles: Iterable<string>, type: T): FactOf<T>[] {
  const out: FactOf<T>[] = [];
  for (const id of articles) out.push(...k.factsOf(id, type));
  return out;
}
