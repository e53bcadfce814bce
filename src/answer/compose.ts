/**
 * Turns candidates into the Answer every surface shows: the lines, and a citation per line with the
 * article's title, publisher, date, link and the quoted sentence.
 */
import type { Candidate } from './candidate.ts';
import type { Knowledge } from './knowledge.ts';
import { phrases } from './phrasing.ts';
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

export function compose(k: Knowledge, lang: Lang, all: Candidate[], kind: 'fact' | 'passage'): Answer {
  // the same line from two facts is said once
  const cands = all.filter((c, i) => all.findIndex((d) => d.text === c.text) === i);
  if (!cands.length) return notFound(lang);

  const items: AnswerItem[] = cands.map((c) => ({
    text: c.text,
    citation: citationOf(k, c.articleId, c.sentenceIndex),
  }));
  const seen = new Set<string>();
  const citations = items
    .map((i) => i.citation)
    .filter((c) => {
      const key = `${c.articleId}#${c.sentenceIndex}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const p = phrases(lang);
  const lines = items.map((i) => i.text);
  const text =
    kind === 'passage'
      ? `${p.passage} «${lines[0]}»`
      : lines.length > 1
        ? `${p.several}\n${lines.map((l) => `• ${l}`).join('\n')}`
        : (lines[0] as string);
  // a passage is shown with its source, but it is not an exact answer: found stays false
  return { found: kind === 'fact', kind, lang, text, items, citations };
}

/** Joins the answers to the parts of a compound question. */
export function composeParts(lang: Lang, parts: Answer[]): Answer {
  const found = parts.filter((a) => a.found);
  if (!found.length) return notFound(lang);
  const items = found.flatMap((a) => a.items);
  const citations = found.flatMap((a) => a.citations);
  return {
    found: true,
    kind: found.every((a) => a.kind === 'fact') ? 'fact' : 'passage',
    lang,
    text: found.map((a) => a.text).join('\n'),
    items,
    citations,
  };
}
