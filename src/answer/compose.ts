/**
 * Turns the reader's decision into the Answer every surface shows: one line per answer, what each is
 * about (its subject), a citation per line with the article's title, publisher, date, link and the
 * quoted sentence — or the best passage, or "not found". A compound question's parts are joined, a
 * part with no answer saying so.
 */
import type { ParsedQuestion } from '../qa/question.ts';
import type { Candidate } from './candidates/candidate.ts';
import { companions } from './companions.ts';
import type { Decision } from './decide.ts';
import type { Knowledge } from './knowledge.ts';
import { bestPassage } from './passage.ts';
import { phrases } from './phrasing.ts';
import type { Relevance } from './relevance.ts';
import { subjectNotNamed, subjectOf } from './subject.ts';
import type { Answer, AnswerItem, Citation, Lang } from './types.ts';

export function citationOf(k: Knowledge, articleId: string, sentenceIndex: number): Citation {
  const a = k.article(articleId);
  return {
    articleId,
    title: a?.title ?? articleId,
    publisher: a?.publisher,
    date: a?.date,
    url: a?.url,
    quote: a?.sentences[sentenceIndex]?.text ?? '',
    sentenceIndex,
  };
}

export function notFound(lang: Lang): Answer {
  return { found: false, kind: 'none', lang, text: phrases(lang).notFound, items: [], citations: [] };
}

/**
 * The line shown for a candidate: its own line, and for a figure the figures the question asks with it
 * ("17 tập thể, 29 cá nhân").
 */
export function lineOf(k: Knowledge, c: Candidate, q?: ParsedQuestion): string {
  if (c.line) return c.line;
  if (c.type !== 'quantity' || !c.quantity) return c.text;
  const also = q ? companions(q, c.quantity, k) : [];
  return [c.text, ...also.map((x) => x.phrase)].join(', ');
}

/** The line with the parts of its subject it does not name already. */
function withSubject(item: AnswerItem): string {
  const subject = subjectNotNamed(item.text, item.subject);
  return subject ? `${item.text} — ${subject}` : item.text;
}

/** Each citation once, in the order of the items. */
function distinct(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.articleId}#${c.sentenceIndex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function compose(q: ParsedQuestion, k: Knowledge, rel: Relevance, d: Decision): Answer {
  const p = phrases(q.lang);
  if (!d.chosen.length) {
    const passage = bestPassage(q, k, rel);
    if (!passage) return notFound(q.lang);
    const citation = citationOf(k, passage.articleId, passage.sentence.index);
    return {
      found: false,
      kind: 'passage',
      lang: q.lang,
      text: `${p.passage} «${passage.sentence.text}»`,
      items: [{ text: passage.sentence.text, citation }],
      citations: [citation],
    };
  }
  const items: AnswerItem[] = d.chosen.map(({ candidate: c }) => ({
    text: lineOf(k, c, q),
    citation: citationOf(k, c.articleId, c.sentenceIndex),
    subject: subjectOf(k, c, q),
  }));
  const lines = items.map(withSubject);
  const text =
    lines.length > 1 ? `${p.several}\n${lines.map((l) => `• ${l}`).join('\n')}` : (lines[0] as string);
  return {
    found: true,
    kind: 'fact',
    lang: q.lang,
    text,
    items,
    citations: distinct(items.map((i) => i.citation)),
  };
}

/** Joins the answers to the parts of a compound question; a part with no answer says so. */
export function composeParts(q: ParsedQuestion, parts: Answer[]): Answer {
  const p = phrases(q.lang);
  const found = parts.filter((a) => a.found);
  if (!found.length) return notFound(q.lang);
  // (a part answered by the same line as the one before it says nothing more)
  const lines = parts
    .map((a) => (a.found ? a.text : p.partNotFound))
    .filter((line, i, all) => i === 0 || line !== all[i - 1]);
  return {
    found: found.length === parts.length,
    kind: found.length === parts.length ? 'fact' : 'passage',
    lang: q.lang,
    text: lines.join('\n'),
    items: found.flatMap((a) => a.items),
    citations: distinct(found.flatMap((a) => a.citations)),
  };
}
