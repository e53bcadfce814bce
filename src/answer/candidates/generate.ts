/**
 * Which candidates a question gets, by the kind of answer it expects: typed facts of the retrieved
 * articles and spans read off the retrieved sentences by the recognisers of this folder.
 */
import { clusterKeyMatches } from '../../extract/cluster-mentions.ts';
import type { RoleFact } from '../../extract/fact.ts';
import { RECEIVER_ASKED } from '../../lexicon/question-patterns.ts';
import { ROLE_WORDS } from '../../lexicon/roles.ts';
import type { ParsedQuestion } from '../../qa/question.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Retrieval } from '../retrieve.ts';
import type { Candidate } from './candidate.ts';
import { dates, ordinals, years } from './dates.ts';
import { descriptions, enumerations, gifts, reasons, receivers, topics } from './descriptions.ts';
import { figures, withExactFigures } from './figures.ts';
import {
  awardCandidates,
  campaignCandidates,
  deadlineCandidates,
  documentCandidates,
  factsIn,
  meetingCandidates,
  memberCandidates,
  roleCandidates,
  roleHolders,
} from './from-facts.ts';
import { awardNames, documentNames, quotedNames } from './names.ts';
import { people, peopleList } from './people.ts';
import { adminLists, localities, localityLists, organisations, venues } from './places.ts';
import { superlatives } from './superlatives.ts';

/** Award words in a question: the recipients of that award are the units it asks for. */
const AWARD_ASKED = /(co thi dua|bang khen|giay khen|huan chuong|danh hieu)/;

/**
 * At most this many articles give a question their role or cluster facts: in a provincial archive a
 * cluster is named by hundreds of articles (every meeting of every year), and reading them all costs
 * a question far more than its answer is worth. The most relevant ones are read.
 */
const FACT_ARTICLES = 40;

/** The most relevant of some articles, at most FACT_ARTICLES of them. */
function mostRelevant(r: Retrieval, ids: string[]): string[] {
  if (ids.length <= FACT_ARTICLES) return ids;
  return ids.sort((a, b) => r.rel.ofArticle(b) - r.rel.ofArticle(a)).slice(0, FACT_ARTICLES);
}

/**
 * The articles the facts of a type are read from: those of the question's scope that have such facts
 * (found with the store's lookups), or, when it names no scope, the best retrieved articles; the
 * most relevant FACT_ARTICLES of them.
 */
function factArticles(k: Knowledge, r: Retrieval, type: 'role' | 'cluster'): string[] {
  if (!r.inScope) return r.articles;
  return mostRelevant(r, [...r.inScope.and(k.articlesWith(type))]);
}

/** The role facts of the role asked, in the question's years when it names some. */
function roleFacts(q: ParsedQuestion, k: Knowledge, r: Retrieval): RoleFact[] {
  // "ai là cụm trưởng năm 2024?" names no place: every article with a leader of 2024 may answer
  const [first, ...rest] = r.inScope ? [] : q.years.map((year) => k.articlesWith('role', { year }));
  const articles = first ? mostRelevant(r, [...first.or(...rest)]) : factArticles(k, r, 'role');
  return factsIn(k, articles, 'role').filter((f) => f.role === q.role);
}

/** The words of a role, as a pattern over folded text. */
const roleRes = new Map(
  (['leader', 'deputy'] as const).map((role) => [
    role,
    new RegExp(
      `(?<![a-z])(${ROLE_WORDS.filter(([, r]) => r === role)
        .map(([w]) => w)
        .join('|')})(?![a-z])`,
    ),
  ]),
);

export function generate(q: ParsedQuestion, k: Knowledge, r: Retrieval): Candidate[] {
  const out: Candidate[] = [];
  // a span holds a role only where the sentence writes the role (fit.ts): other sentences are not read
  const roleRe = q.role ? roleRes.get(q.role) : undefined;
  const views = roleRe ? r.views.filter((v) => roleRe.test(v.folded)) : r.views;
  const each = (read: (v: Retrieval['views'][number]) => Candidate[]) => {
    for (const v of views) out.push(...read(v));
  };
  // "… nhiều nhất?": the unit a breakdown ranks first, and nothing else
  if (q.superlative && (q.expected === 'unit' || q.expected === 'place')) {
    each((v) => superlatives(q, k, v));
    return out;
  }
  switch (q.expected) {
    case 'person': {
      if (q.role) out.push(...roleHolders(roleFacts(q, k, r), q.lang));
      each((v) => people(k, v));
      each(peopleList);
      // "ủng hộ những ai": the receivers written after the verb
      const verb = q.folded.match(RECEIVER_ASKED)?.[1];
      if (verb) each((v) => receivers(v, verb));
      break;
    }
    case 'unit':
      if (q.role) {
        const roles = roleFacts(q, k, r).filter(
          (f) => !q.clusterKey || (f.clusterKey && clusterKeyMatches(q.clusterKey, f.clusterKey)),
        );
        const units = roleCandidates(k, roles, q.lang);
        out.push(...units);
        // the person who represents a unit holding the role is a reading of that role: its answer is the unit
        const represented = (c: Candidate) =>
          units.find((u) => u.articleId === c.articleId && u.role?.person === c.text);
        for (const c of [...roleHolders(roles, q.lang), ...views.flatMap((v) => people(k, v))]) {
          const unit = represented(c);
          out.push(unit ? { ...c, type: 'unit', key: unit.key, line: unit.line, role: unit.role } : c);
        }
      }
      if (AWARD_ASKED.test(q.folded)) out.push(...awardCandidates(factsIn(k, r.articles, 'award'), q.lang));
      each((v) => localities(v, 'unit'));
      // (an organisation answers "which bank/company/body", not "which province/district")
      if (!q.level || q.level === 'org' || q.level === 'unit') each(organisations);
      each((v) => localityLists(v, 'unit'));
      each((v) => adminLists(v, 'unit'));
      break;
    case 'place':
      out.push(...meetingCandidates(k, factsIn(k, r.articles, 'meeting'), 'place'));
      each(venues);
      each((v) => localities(v, 'place'));
      each((v) => localityLists(v, 'place'));
      each((v) => adminLists(v, 'place'));
      break;
    case 'quantity':
      each((v) => figures(k, v));
      return withExactFigures(k, out);
    case 'date':
      out.push(...meetingCandidates(k, factsIn(k, r.articles, 'meeting'), 'date'));
      out.push(...deadlineCandidates(k, factsIn(k, r.articles, 'deadline')));
      each((v) => dates(v, k.scope(v.articleId)?.refYear));
      break;
    case 'year':
      each(years);
      break;
    case 'ordinal':
      each(ordinals);
      break;
    case 'name':
      out.push(...campaignCandidates(factsIn(k, r.articles, 'campaign')));
      out.push(...documentCandidates(factsIn(k, r.articles, 'document')));
      each(quotedNames);
      each(documentNames);
      each(awardNames);
      break;
    case 'members': {
      const clusters = factsIn(k, factArticles(k, r, 'cluster'), 'cluster').filter(
        (c) => !q.clusterKey || clusterKeyMatches(q.clusterKey, c.key),
      );
      out.push(...memberCandidates(clusters));
      each(enumerations);
      each((v) => localityLists(v, 'unit'));
      each((v) => adminLists(v, 'unit'));
      break;
    }
    case 'description':
      each(descriptions);
      each(topics);
      each(gifts);
      each(enumerations);
      break;
    case 'reason':
      each(reasons);
      break;
  }
  return out;
}
