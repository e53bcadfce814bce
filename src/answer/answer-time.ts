/**
 * "… diễn ra ngày nào?", "… hoàn thành khi nào?": meeting dates, deadlines, and dates written in the
 * sentences that best match the question.
 */
import type { MeetingFact } from '../extract/fact.ts';
import type { DateMention } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { type Answerer, type Candidate, closeToBest } from './candidate.ts';
import { keywordPositions, proximity } from './proximity.ts';
import { datesIn } from './sentence-cache.ts';

function display(surface: string, iso: string): string {
  const m = iso.match(/^(\d{4})-(\d\d)-(\d\d)$/);
  if (!m) return surface;
  const full = `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  return surface.includes(m[1] as string) ? surface : `${surface} (${full})`;
}

/** A date and the ones listed right after it: "ngày 27/10 và ngày 01,2/11/2022". */
function withListed(
  text: string,
  dates: DateMention[],
  i: number,
): { surface: string; iso: string; start: number; end: number } {
  const d = dates[i] as DateMention;
  let end = d.end;
  let j = i + 1;
  while (j < dates.length && /^\s*(?:và|,)\s*$/u.test(text.slice(end, (dates[j] as DateMention).start))) {
    end = (dates[j] as DateMention).end;
    j++;
  }
  return {
    surface: text.slice(d.start, end),
    iso: j - 1 > i ? (dates[j - 1] as DateMention).iso : d.iso,
    start: d.start,
    end,
  };
}

function overlap(kw: ReadonlySet<string>, words: string[]): number {
  if (!words.length) return 0;
  return words.filter((w) => kw.has(w)).length / words.length;
}

const names = new WeakMap<MeetingFact, string[]>();

/** A meeting's name as folded words, computed once. */
function foldedName(m: MeetingFact): string[] {
  let n = names.get(m);
  if (!n) {
    n = fold(m.name).split(/\s+/);
    names.set(m, n);
  }
  return n;
}

/** True for a date inside a span of dates in brackets: "(18/11/1930 - 18/11/2024)". */
function inDateSpan(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at);
  if (open < 0 || close < 0 || text.lastIndexOf(')', at) > open) return false;
  return /^\(\s*[\d/.-]+\s*[-–]\s*[\d/.-]+\s*\)$/.test(text.slice(open, close + 1));
}

export const answerTime: Answerer = (q, { k, rel, inScope }) => {
  if (q.intent !== 'when') return undefined;
  const kw = new Set(q.keywords);
  // every word of the question, "đến" and "trước" included, but not the words asking for a date
  const asked = new Set(
    q.folded.split(' ').filter((w) => !['ngay', 'nao', 'khi', 'bao', 'gio', 'hom', 'luc'].includes(w)),
  );
  const qWords = q.folded.split(' ');
  const askedPairs = [
    ...new Set(
      qWords
        .slice(1)
        .map((w, j) => `${qWords[j]} ${w}`)
        .filter((p) => !/^(bao gio|ngay nao|khi nao)$/.test(p)),
    ),
  ];

  // a meeting's date answers a question about that meeting, not about what it decided
  const aboutMeeting =
    /hoi nghi|(?<![a-z])le(?![a-z])|(?<![a-z])hop(?![a-z])|dien ra|to chuc|khai mac|giao ban|tong ket|so ket|giao uoc|dai hoi|hiep thuong|ban giao/.test(
      q.folded,
    );
  const cands: Candidate[] = [];
  for (const d of k.facts('deadline')) {
    if (!inScope.has(d.source.articleId)) continue;
    const subj = overlap(kw, d.subjectFolded.split(' '));
    if (subj < 0.6 || !/hoan thanh|xong|han/.test(q.folded)) continue;
    cands.push({
      text: `${d.subject}: ${d.when}`,
      articleId: d.source.articleId,
      sentenceIndex: d.source.sentenceIndex,
      score: 2 + 2 * subj + rel.of(d.source.articleId, d.source.sentenceIndex),
      key: `${d.source.articleId}|${d.subject}`,
    });
  }
  for (const m of aboutMeeting ? k.facts('meeting') : []) {
    if (!inScope.has(m.source.articleId) || !m.date) continue;
    if (
      q.years.length &&
      !q.years.some((y) => m.years.includes(y) || (k.scope(m.source.articleId)?.topicYears ?? []).includes(y))
    )
      continue;
    // how much of the question the meeting's name and place answer ("review conference … Điện Biên")
    const named = new Set([...foldedName(m), ...(m.place ? fold(m.place).split(/\s+/) : [])]);
    const nameMatch = kw.size ? [...kw].filter((w) => named.has(w)).length / kw.size : 0;

    cands.push({
      text: `${display(m.date.surface, m.date.iso)} — ${m.name}`,
      articleId: m.source.articleId,
      sentenceIndex: m.source.sentenceIndex,
      score:
        1 +
        rel.ofArticle(m.source.articleId) +
        rel.of(m.source.articleId, m.source.sentenceIndex) +
        nameMatch,
      key: `${m.source.articleId}|${m.date.iso}`,
    });
  }
  for (const h of rel.hits.slice(0, 20)) {
    const s = k.sentence(h.articleId, h.index);
    if (!s) continue;
    const refYear = k.scope(h.articleId)?.refYear;
    const dates = datesIn(s, refYear).filter(
      (d) =>
        (d.day !== undefined || /hoan thanh|thang/.test(q.folded)) &&
        // an anniversary's date ("18/11/1930", "(18/11/1930 - 18/11/2024)") is not when anything in the
        // article happens, unless asked
        !(d.year && refYear && d.year < refYear - 3 && !q.years.includes(d.year)) &&
        !inDateSpan(s.text, d.start),
    );

    if (!dates.length) continue;
    const pos = keywordPositions(s.text, q.keywords);
    dates.forEach((_, i) => {
      const d = withListed(s.text, dates, i);
      // the words written right before a date say what it is ("tính đến ngày 30/9", "báo cáo … trước
      // ngày 25/11"): its own clause, back to the ";" or the date before it
      const from = Math.max(
        0,
        d.start - 160,
        s.text.lastIndexOf(';', d.start) + 1,
        ...dates.filter((x) => x.end <= d.start).map((x) => x.end),
      );
      const lead = fold(s.text.slice(from, d.start))
        .split(/[^a-z0-9]+/)
        .slice(-24);
      // asked words, and asked phrases ("báo cáo kết quả") counted once more
      const leadPairs = new Set(lead.slice(1).map((w, j) => `${lead[j]} ${w}`));
      const said =
        new Set(lead.filter((w) => w.length > 1 && asked.has(w))).size +
        askedPairs.filter((p) => leadPairs.has(p)).length;

      cands.push({
        text: display(d.surface, d.iso),
        articleId: h.articleId,
        sentenceIndex: h.index,
        score: h.score * (0.6 + proximity(pos, d.start, d.end)) + (s.kind === 'lead' ? 0.3 : 0) + 0.25 * said,

        key: `${h.articleId}|${d.iso}`,
      });
    });
  }
  if (process.env.DEBUG_QA) console.error(cands.map((c) => `${c.score.toFixed(2)} ${c.text}`).join('\n'));
  return closeToBest(cands, 0.97, 1);
};
