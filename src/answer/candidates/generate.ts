/**
 * Which candidates a question gets, by the kind of answer it expects: typed facts of the retrieved
 * articles and spans read off the retrieved sentences by the recognisers of this folder.
 */
import { clusterKeyMatches } from '../../extract/cluster-mentions.ts';
import type { ParsedQuestion } from '../../qa/question.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Retrieval } from '../retrieve.ts';
import type { Candidate } from './candidate.ts';
import { dates, ordinals, years } from './dates.ts';
import { descriptions, enumerations, reasons } from './descriptions.ts';
import { figures } from './figures.ts';
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

/** Award words in a question: the recipients of that award are the units it asks for. */
const AWARD_ASKED = /(co thi dua|bang khen|giay khen|huan chuong|danh hieu)/;

export function generate(q: ParsedQuestion, k: Knowledge, r: Retrieval): Candidate[] {
  const out: Candidate[] = [];
  const each = (read: (v: Retrieval['views'][number]) => Candidate[]) => {
    for (const v of r.views) out.push(...read(v));
  };
  switch (q.expected) {
    case 'person':
      if (q.role)
        out.push(
          ...roleHolders(
            factsIn(k, r.inScope, 'role').filter((f) => f.role === q.role),
            q.lang,
          ),
        );
      each((v) => people(k, v));
      each(peopleList);
      break;
    case 'unit':
      if (q.role) {
        const roles = factsIn(k, r.inScope, 'role').filter(
          (f) =>
            f.role === q.role &&
            (!q.clusterKey || (f.clusterKey && clusterKeyMatches(q.clusterKey, f.clusterKey))),
        );
        out.push(...roleCandidates(roles, q.lang));
        out.push(...roleHolders(roles, q.lang));
        each((v) => people(k, v));
      }
      if (AWARD_ASKED.test(q.folded)) out.push(...awardCandidates(factsIn(k, r.articles, 'award'), q.lang));
      each((v) => localities(v, 'unit'));
      each(organisations);
      each((v) => localityLists(v, 'unit'));
      each((v) => adminLists(v, 'unit'));
      break;
    case 'place':
      out.push(...meetingCandidates(factsIn(k, r.articles, 'meeting'), 'place'));
      each(venues);
      each((v) => localities(v, 'place'));
      each((v) => localityLists(v, 'place'));
      each((v) => adminLists(v, 'place'));
      break;
    case 'quantity':
      each((v) => figures(k, v));
      break;
    case 'date':
      out.push(...meetingCandidates(factsIn(k, r.articles, 'meeting'), 'date'));
      out.push(...deadlineCandidates(factsIn(k, r.articles, 'deadline')));
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
      const clusters = factsIn(k, r.inScope, 'cluster').filter(
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
      each(enumerations);
      break;
    case 'reason':
      each(reasons);
      break;
  }
  return out;
}
