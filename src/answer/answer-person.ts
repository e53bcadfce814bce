/**
 * "X là ai?", "Ai chủ trì …?", "Phó Chủ tịch … nào dự …?": people whose title matches the asked title,
 * or who chaired/attended the meeting the question describes.
 */
import type { PersonFact } from '../extract/fact.ts';
import { ASKS_FOR_SEVERAL } from '../lexicon/question-patterns.ts';
import type { ParsedQuestion } from '../qa/question.ts';
import { type Answerer, type Candidate, closeToBest } from './candidate.ts';
import { factYearFits } from './scope-check.ts';
import { titleMatches } from './title-match.ts';

const ACTION_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![a-z])chu tri(?![a-z])/, 'chu tri'],
  [/(?<![a-z])phat bieu(?![a-z])/, 'phat bieu'],
  [/(?<![a-z])(hiep thuong cu|duoc bau|bau|cu lam)(?![a-z])/, 'duoc bau'],
  [/(?<![a-z])(?<!phong )trao(?![a-z])/, 'trao'],
  // "dự" (attend), not the "du" of "trung du" (midlands)
  [/(?<![a-z])(?<!trung )(tham du|du)(?![a-z])/, 'du'],
];

function askedAction(q: ParsedQuestion): string | undefined {
  return ACTION_WORDS.find(([re]) => re.test(q.folded))?.[1];
}

function personLine(p: PersonFact): string {
  const title = p.titles.find((t) => t.status !== 'former') ?? p.titles[0];
  return title ? `${p.name} — ${title.text}` : p.name;
}

export const answerPerson: Answerer = (q, { k, rel, inScope }) => {
  if (q.intent !== 'who' || (q.askedLevel && q.askedLevel !== 'person' && !q.title)) return undefined;
  const action = askedAction(q);
  const cands: Candidate[] = [];
  if (q.title) {
    const slot = q.title;
    for (const p of k.facts('person')) {
      if (!inScope.has(p.source.articleId) || !factYearFits(q, p, k)) continue;
      const t = p.titles.find((t) => titleMatches(slot, q, t));
      if (!t) continue;
      let score = 1 + rel.of(p.source.articleId, p.source.sentenceIndex) + rel.ofArticle(p.source.articleId);
      if (action && p.actions.includes(action)) score += 0.6;
      cands.push({
        text: `${p.name} — ${t.text}${t.locality && !t.text.includes(t.locality) ? ` (${t.locality})` : ''}`,
        articleId: p.source.articleId,
        sentenceIndex: p.source.sentenceIndex,
        score,
        key: p.name,
      });
    }
    // "… gồm những ai?", "những ai …", "who were …": every holder of the title in the best article
    if (ASKS_FOR_SEVERAL.test(q.folded)) {
      const best = closeToBest(cands, 0.85, 3);
      const home = best[0]?.articleId;
      const more = cands.filter((c) => c.articleId === home && c.score >= (best[0]?.score ?? 0) * 0.5);
      return closeToBest([...best, ...more], 0, 6);
    }
    return closeToBest(cands, 0.85, 3);
  }
  if (action === 'chu tri' || (action && !q.title)) {
    // a meeting's chairs and attendees answer "who chaired / who attended"; other actions are the people's own
    for (const m of action === 'chu tri' || action === 'du' ? k.facts('meeting') : []) {
      if (!inScope.has(m.source.articleId)) continue;
      const people = action === 'chu tri' ? m.chairs : m.attendees;

      if (!people.length) continue;
      const score =
        1 + rel.ofArticle(m.source.articleId) + rel.of(m.source.articleId, m.source.sentenceIndex);
      const persons = k.factsOf(m.source.articleId, 'person');
      const lines = people.map((n) => {
        const p = persons.find((x) => x.name === n && x.titles.length);
        return p ? personLine(p) : n;
      });
      cands.push({
        text: lines.join('; '),
        articleId: m.source.articleId,
        sentenceIndex:
          persons.find((p) => p.name === people[0])?.source.sentenceIndex ?? m.source.sentenceIndex,
        score,
        key: `${m.source.articleId}|${people.join(',')}`,
      });
    }
    for (const p of k.facts('person')) {
      if (!inScope.has(p.source.articleId) || !p.actions.includes(action)) continue;
      cands.push({
        text: personLine(p),
        articleId: p.source.articleId,
        sentenceIndex: p.source.sentenceIndex,
        score: 0.8 + rel.of(p.source.articleId, p.source.sentenceIndex) + rel.ofArticle(p.source.articleId),
        key: p.name,
      });
    }
    return closeToBest(cands, 0.9, 2);
  }
  return undefined;
};
