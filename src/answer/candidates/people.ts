/**
 * People in a retrieved sentence, with the titles written with them ("Chị Lê Thị Bích Liên – Tỉnh ủy
 * viên, Bí thư Tỉnh đoàn, Khối trưởng Khối thi đua 7"), and the lists of people a sentence gives
 * ("gồm bà Lê Xuân Hà … và bà Dương Thị Ngọc Mai …").
 */
import { fold } from '../../text/fold.ts';
import type { SentenceView } from '../evidence.ts';
import type { Knowledge } from '../knowledge.ts';
import { personsIn } from '../sentence-cache.ts';
import type { Candidate } from './candidate.ts';

/** One line for a person: the name and the first current title. */
export function personLine(name: string, titles: Candidate['titles']): string {
  const t = titles?.find((x) => x.status !== 'former') ?? titles?.[0];
  if (!t) return name;
  const place = t.locality && !fold(t.text).includes(fold(t.locality)) ? ` (${t.locality})` : '';
  return `${name} — ${t.text}${place}`;
}

/**
 * The people of a sentence; their titles as the extractor resolved them with the article's context
 * ("Chủ tịch HĐND tỉnh" of the article's province), when it did.
 */
export function people(k: Knowledge, v: SentenceView): Candidate[] {
  const facts = k.factsOf(v.articleId, 'person').filter((f) => f.source.sentenceIndex === v.index);
  return personsIn(v.sentence).map((p) => {
    const titles = facts.find((f) => f.name === p.name)?.titles ?? p.titles;
    return {
      type: 'person',
      text: p.name,
      line: personLine(p.name, titles),
      key: fold(p.name),
      articleId: v.articleId,
      sentenceIndex: v.index,
      span: [p.start, p.end],
      origin: 'span:person',
      prior: titles.length ? 0.8 : 0.65,
      titles,
    };
  });
}

/**
 * The people a sentence lists, as one answer: two or more names joined only by commas, semicolons,
 * "và", and what is written about each (a title, an address in brackets).
 */
export function peopleList(v: SentenceView): Candidate[] {
  const persons = personsIn(v.sentence);
  if (persons.length < 2) return [];
  const out: Candidate[] = [];
  let run = [persons[0] as (typeof persons)[number]];
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0] as (typeof persons)[number];
      const last = run[run.length - 1] as (typeof persons)[number];
      out.push({
        type: 'person',
        text: run.map((p) => p.name).join(', '),
        line: run.map((p) => personLine(p.name, p.titles)).join('; '),
        key: run.map((p) => fold(p.name)).join('|'),
        articleId: v.articleId,
        sentenceIndex: v.index,
        span: [first.start, last.end],
        origin: 'span:people',
        prior: 0.75,
        items: run.map((p) => p.name),
      });
    }
  };
  for (let i = 1; i < persons.length; i++) {
    const prev = persons[i - 1] as (typeof persons)[number];
    const p = persons[i] as (typeof persons)[number];
    // what lies between two listed people: a separator, titles, an honorific, an address
    // (what is said in brackets about a person, "(đại diện duy nhất … được nhận …)", is no break)
    const between = v.sentence.text.slice(prev.end, p.start).replace(/\([^()]*\)/gu, '');
    const listed =
      /[,;]|(?<![\p{L}])và(?![\p{L}])/u.test(between) &&
      !/[.:]\s|(?<![\p{L}])(?:đã|được|cho|tại|trao|tặng)(?![\p{L}])/u.test(between);
    if (listed && between.length < 160) run.push(p);
    else {
      flush();
      run = [p];
    }
  }
  flush();
  return out;
}
