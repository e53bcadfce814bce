/**
 * "Bao nhiêu …?", "how many houses were built?": quantity facts of the asked kind, ranked by how well
 * what they count and the words around them match the question. With no scope named and several
 * articles reporting such a figure, every one is given with its source.
 */
import type { QuantityFact } from '../extract/fact.ts';
import { unitAfter } from '../extract/quantities.ts';
import { findProvinces } from '../lexicon/provinces.ts';
import type { QuantityKind } from '../lexicon/units.ts';

import type { ParsedQuestion } from '../qa/question.ts';
import { findYears } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { findNumbers } from '../text/numbers.ts';
import { type Answerer, type Candidate, dedupe } from './candidate.ts';
import type { Knowledge } from './knowledge.ts';
import { factProvinceFits, factYearFits, identifiersFit } from './scope-check.ts';
import { foldedText } from './sentence-cache.ts';
import { support } from './support.ts';

/** Share of the question's words each article of an aggregated answer must contain. */
const LIST_SUPPORT = 0.75;

/** Kinds a generic count question may be answered with. */

const COUNT_LIKE: ReadonlySet<QuantityKind> = new Set([
  'count',
  'units',
  'events',
  'people',
  'households',
  'documents',
]);

/** Words that ask for money without naming what it was for ("bao nhiêu tiền", "tổng kinh phí"). */
const MONEY_WORDS = new Set([
  'tien',
  'so',
  'kinh',
  'phi',
  'tri',
  'gia',
  'dong',
  'ty',
  'trieu',
  'nghin',
  'tong',
  'cong',
  'mat',
]);

/** Verbs that may follow what is counted in a question; not part of it. */
const NOT_COUNTED = new Set([
  'xay',
  'lam',
  'ho',
  'tro',
  'trao',
  'tang',
  'duoc',
  'to',
  'chuc',
  'cho',
  'dang',
  'ky',
]);

/**
 * A fund or campaign the question names ("Quỹ Vì người nghèo") must be what the figure is about: its
 * words must be in the figure's sentence.
 */
function namedTopicFits(q: ParsedQuestion, f: QuantityFact, k: Knowledge): boolean {
  const after =
    q.folded
      .match(/(?<![a-z])quy ((?:[a-z]+ ?){1,3})/)?.[1]
      ?.trim()
      .split(' ') ?? [];
  const stop = after.findIndex((w) => FUND_NAME_END.has(w));
  const named = stop >= 0 ? after.slice(0, stop) : after;
  if (!named.length) return true;
  const words = ['quy', ...named];
  if (words.every((w) => wordsOfSentence(f).has(w))) return true;
  // a breakdown ("Cụ thể: năm 2021 được 18,4 tỷ; …") goes on about the fund its previous sentence names
  if (!CONTINUATION.test(f.source.quote)) return false;
  const previous = k.sentence(f.source.articleId, f.source.sentenceIndex - 1);
  const before = new Set(previous ? foldedText(previous).split(/[^a-z0-9]+/) : []);

  return words.every((w) => before.has(w));
}

/** Openings of a sentence that details the one before it. */
const CONTINUATION = /^\s*(?:Cụ thể|Trong đó|Trong số (?:đó|này)|Riêng|Theo đó)(?!\p{L})/iu;

/**
 * In a list ("huyện A 12 tỷ; huyện B 5,5 tỷ", "năm 2021 được 18,4 tỷ; năm 2022 được 21,7 tỷ") a
 * figure belongs to the place or year written just before it: it does not answer a question about
 * another one.
 */
function ownScopeFits(q: ParsedQuestion, f: QuantityFact, k: Knowledge): boolean {
  const label = ` ${f.label} `;
  const years = findYears(f.label);
  if (q.years.length && years.length && !years.some((y) => q.years.includes(y))) return false;
  // the most precise place asked: a district or commune over its province; "thành phố Thái Nguyên" is
  // a city, not the province of that name
  const asked = q.localities.length ? q.localities.map((l) => l.name) : q.provinces.map(fold);
  if (!asked.length) return true;
  const named = (p: string) => new RegExp(`(?<!thanh pho |tp )(?<![a-z])${p}(?![a-z])`).test(f.label);
  if (asked.some(named)) return true;
  // another place of the article named with the figure; a province (the asked district's own, as in
  // "Quỹ tỉnh Đắk Lắk hỗ trợ 1,5 tỷ" for Krông Pắc's houses) only when a province is what is asked
  const known = k.scope(f.source.articleId)?.localityNames ?? [];
  return !known.some(
    (n) =>
      label.includes(` ${n} `) && !(q.localities.length && findProvinces(n, { caseSensitive: false }).length),
  );
}

/**
 * What a figure counts must be what the question counts: the same kind of unit ("m2"/"m²", "căn"/"ngôi
 * nhà"), or, for a noun the unit table does not know ("điểm", "tổ"), that very noun.
 */
const askedUnits = new Map<string, ReturnType<typeof unitAfter>>();

/** The unit a question's counted phrase names, parsed once per phrase. */
function askedUnit(counted: string): ReturnType<typeof unitAfter> {
  let u = askedUnits.get(counted);
  if (!u) {
    u = unitAfter(counted);
    if (askedUnits.size > 1000) askedUnits.clear();
    askedUnits.set(counted, u);
  }
  return u;
}

/** Nouns of time: "4 năm vận động" says how long, and answers only a question asking how long. */
const TIME_NOUNS = new Set(['nam', 'thang', 'tuan', 'ngay', 'gio', 'phut']);

function headFits(q: ParsedQuestion, f: QuantityFact): boolean {
  const head = (q.counted ?? '').split(' ')[0];
  if (!head) return !TIME_NOUNS.has(wordsOf(f).counted[0] ?? '');
  if (q.quantityKind === 'money') return true;
  const unit = askedUnit(q.counted ?? '');
  if (unit.key && unit.kind !== 'count') return unit.kind === f.kind;
  return wordsOf(f).countedSet.has(head);
}

/** Words that end a fund's name in a question. */
const FUND_NAME_END = new Set([
  'duoc',
  'van',
  'nam',
  'co',
  'la',
  'tu',
  'cua',
  'tinh',
  'thanh',
  'huyen',
  'xa',
  'tai',
  'o',
  'bao',
]);

const sentenceWords = new WeakMap<QuantityFact, Set<string>>();

function wordsOfSentence(f: QuantityFact): Set<string> {
  let w = sentenceWords.get(f);
  if (!w) {
    w = new Set(fold(f.source.quote).split(/[^a-z0-9]+/));
    sentenceWords.set(f, w);
  }
  return w;
}

function kindFits(q: ParsedQuestion, f: QuantityFact): boolean {
  if (!q.quantityKind) return f.kind !== 'percent' || /tang truong|ty le|phan tram/.test(q.folded);
  if (q.quantityKind === f.kind) return true;
  if (q.quantityKind === 'houses') return f.kind === 'houses';
  return COUNT_LIKE.has(q.quantityKind) && COUNT_LIKE.has(f.kind) && q.quantityKind === 'count';
}

interface FactWords {
  counted: string[];
  countedSet: Set<string>;
  local: Set<string>;
}

/** The words of a fact, split once. */
const factWords = new WeakMap<QuantityFact, FactWords>();

function wordsOf(f: QuantityFact): FactWords {
  let w = factWords.get(f);
  if (!w) {
    const counted = f.counted.split(' ');
    w = {
      counted,
      countedSet: new Set(counted),
      local: new Set([...counted, ...f.label.split(' '), ...f.tail.split(' ')]),
    };
    factWords.set(f, w);
  }
  return w;
}

function scoreFact(
  q: ParsedQuestion,
  f: QuantityFact,
  rel: number,
  nearLocality: boolean,
): { score: number; unitMatch: number } {
  const qc = (q.counted ?? '').split(' ').filter((w) => w && !NOT_COUNTED.has(w));
  const { counted, countedSet, local } = wordsOf(f);
  let unitMatch = 0;
  if (f.kind === 'money' && q.quantityKind === 'money' && qc.every((w) => MONEY_WORDS.has(w))) {
    // "bao nhiêu tiền": every amount of money counts what was asked; "tiền mặt" still prefers cash
    unitMatch = 0.8 + (qc.length && qc.every((w) => countedSet.has(w)) ? 0.2 : 0);
  } else if (qc.length) {
    // the head noun ("nhà", "người", "xã") must be what the fact counts; the rest may sit around it
    const head = qc[0] as string;
    const headMatch = countedSet.has(head) ? 1 : 0;
    // words right after the number count fully, words elsewhere in its clause half
    const rest = qc.reduce((n, w) => n + (countedSet.has(w) ? 1 : local.has(w) ? 0.5 : 0), 0) / qc.length;
    unitMatch = 0.5 * headMatch + 0.5 * rest;
    // words the fact counts that the question does not ask about at all ("… nâng cao")
    const asked = new Set(q.keywords);
    const extra = counted.filter(
      (w) => !asked.has(w) && !['can', 'ngoi', 'dong', 'cac', 'va'].includes(w),
    ).length;
    unitMatch -= Math.min(0.4, extra * 0.1);
  }
  const share = (words: string[]) =>
    words.length ? words.filter((w) => local.has(w)).length / words.length : 0;
  const kw = q.keywords.filter((w) => !qc.includes(w));
  // a part of a compound question weighs its own words over the shared context
  const ctxMatch = q.focus?.length
    ? 0.75 * share(q.focus.filter((w) => !qc.includes(w))) + 0.25 * share(kw)
    : share(kw);
  let score = 2.6 * unitMatch + 1.5 * ctxMatch + 1.2 * rel;
  score += q.perUnit === f.perUnit ? 0.3 : -0.8;
  if (/(?<![a-z])tong/.test(q.folded) && /(?<![a-z])tong/.test(f.label)) score += 0.3;
  if (nearLocality) score += 0.5;
  // the place the question names written in the figure's own clause ("trong đó Hà Tĩnh 1.025 nhà")
  // (a city named like its province, "thành phố Yên Bái", is not the province)
  const places = [...q.provinces.map(fold), ...q.localities.map((l) => l.name)];
  if (places.some((p) => new RegExp(`(?<!thanh pho |tp )(?<![a-z])${p}(?![a-z])`).test(f.label)))
    score += 0.8;
  // likewise the year asked written with the figure ("năm 2022 được 21,7 tỷ")
  if (q.years.some((y) => f.label.includes(String(y)))) score += 0.8;
  return { score, unitMatch };
}

/**
 * A rounded figure ("hơn 1.200 cuộc giám sát", in the lead) gives way to the exact one its article
 * reports for the same thing ("1.236 cuộc giám sát").
 */
function preferExact<T extends { f: QuantityFact; score: number; unitMatch: number }>(
  scored: T[],
): T | undefined {
  const top = scored[0];
  if (!top?.f.qualifier) return top;
  return (
    scored.find((x) => refines(x.f, top.f) && x.unitMatch >= top.unitMatch && x.score >= top.score * 0.75) ??
    top
  );
}

/** True when `exact` is the precise figure of the same thing `rounded` rounds ("934" for "hơn 900"). */
function refines(exact: QuantityFact, rounded: QuantityFact): boolean {
  const q = rounded.qualifier;
  const v = rounded.value;
  const x = exact.value;
  const near =
    q === 'over'
      ? x > v && x < v * 1.2
      : q === 'under' || q === 'nearly'
        ? x < v && x > v * 0.8
        : Math.abs(x - v) < v * 0.1;
  return (
    q !== undefined &&
    !exact.qualifier &&
    near &&
    exact.source.articleId === rounded.source.articleId &&
    exact.kind === rounded.kind &&
    exact.counted === rounded.counted
  );
}

/** Whose figure it is: the provinces its sentence names, else the article's title. */

function scopeLabel(f: QuantityFact, k: Knowledge): string {
  const named = f.provinces.filter((p) => f.source.quote.includes(p));
  if (named.length && named.length <= 2) return ` — ${named.join(', ')}`;
  const title = k.article(f.source.articleId)?.title ?? '';
  return title ? ` — ${title.length > 90 ? `${title.slice(0, 88)}…` : title}` : '';
}

/** The figures a question itself writes ("Trong 62 căn nhà …, bao nhiêu căn xây mới?"): value and the word after it. */
function statedFigures(q: ParsedQuestion): Array<{ value: number; word: string }> {
  return findNumbers(q.raw).map((n) => ({
    value: n.value,
    word:
      fold(q.raw.slice(n.end))
        .trim()
        .split(/[^a-z0-9]+/)[0] ?? '',
  }));
}

/** A figure the question already states is what it asks within, not the answer. */
function statedInQuestion(stated: Array<{ value: number; word: string }>, f: QuantityFact): boolean {
  return stated.some((s) => s.value === f.value && s.word !== '' && wordsOf(f).counted[0] === s.word);
}

export const answerQuantity: Answerer = (q, { k, rel, inScope }) => {
  if (q.intent !== 'how_many') return undefined;
  const stated = statedFigures(q);

  // sentences naming the question's localities: figures next to them are about them
  const near = new Set<string>();
  if (q.localities.length) {
    for (const id of inScope) {
      const a = k.article(id);
      a?.sentences.forEach((s, i) => {
        const f = foldedText(s);

        if (q.localities.some((l) => f.includes(l.name)))
          for (const j of [i - 1, i, i + 1]) near.add(`${id}#${j}`);
      });
    }
  }
  let scored = k
    .facts('quantity')

    .filter(
      (f) =>
        inScope.has(f.source.articleId) &&
        kindFits(q, f) &&
        factYearFits(q, f, k) &&
        factProvinceFits(q, f, k) &&
        identifiersFit(q, f.source.quote) &&
        !statedInQuestion(stated, f) &&
        namedTopicFits(q, f, k) &&
        ownScopeFits(q, f, k) &&
        headFits(q, f),
    )

    .map((f) => {
      const r = rel.of(f.source.articleId, f.source.sentenceIndex);
      const { score, unitMatch } = scoreFact(
        q,
        f,
        r,
        near.has(`${f.source.articleId}#${f.source.sentenceIndex}`),
      );
      return { f, score, unitMatch, r };
    });
  // in an article about several years, a figure written with the year asked ("năm 2022 được 21,7
  // tỷ") outranks the figures whose sentence names no year (a total over all of them, in the title)
  const dated = scored.filter(
    (x) =>
      q.years.some((y) => x.f.label.includes(String(y))) &&
      (k.scope(x.f.source.articleId)?.topicYears.length ?? 0) > 1,
  );
  const outdated = (x: (typeof scored)[number]) =>
    !x.f.years.length &&
    dated.some(
      (d) =>
        d.f.source.articleId === x.f.source.articleId && d.unitMatch >= x.unitMatch && !refines(x.f, d.f),
    );
  scored = scored
    .filter((x) => (x.r > 0 || x.unitMatch >= 0.75) && !outdated(x))
    .sort((a, b) => b.score - a.score);
  if (process.env.DEBUG_QA)
    console.error(
      scored
        .slice(0, 5)
        .map(
          (x) =>
            `${x.score.toFixed(2)} u=${x.unitMatch.toFixed(2)} r=${x.r.toFixed(2)} ${x.f.phrase} | ${x.f.label}`,
        )
        .join('\n'),
    );
  const top = preferExact(scored);
  if (!top || top.score < 1.2) return [];
  const toCandidate = (x: (typeof scored)[number]): Candidate => ({
    text: `${x.f.phrase}${scopeLabel(x.f, k)}`,
    articleId: x.f.source.articleId,
    sentenceIndex: x.f.source.sentenceIndex,
    score: x.score,
    key: `${x.f.source.articleId}|${x.f.value}|${x.f.kind}`,
  });
  const unscoped = !q.provinces.length && !q.localities.length && !q.clusterKey && !q.years.length;
  if (unscoped && top.unitMatch >= 0.75) {
    // the same figure asked of every article: one answer per article
    const perArticle = new Map<string, (typeof scored)[number]>();
    for (const x of scored) {
      if (x.unitMatch < 0.75 || x.score < top.score * 0.6) continue;
      // every article listed must speak to the whole question, not just to what is counted
      if (support(q, k, toCandidate(x)) < LIST_SUPPORT) continue;

      if (!perArticle.has(x.f.source.articleId)) perArticle.set(x.f.source.articleId, x);
    }
    if (perArticle.size > 1) return dedupe([...perArticle.values()].map(toCandidate)).slice(0, 8);
  }
  const best = toCandidate(top);
  const also = companions(q, top.f, k);
  return [
    also.length
      ? { ...best, text: [top.f.phrase, ...also.map((f) => f.phrase)].join(', ') + scopeLabel(top.f, k) }
      : best,
  ];
};

/**
 * "Bao nhiêu tập thể, cá nhân …?" asks for two counts the article writes side by side ("25 tập thể,
 * 38 cá nhân"): the figures of the same sentence that count the rest of what is asked, in order.
 */
function companions(q: ParsedQuestion, top: QuantityFact, k: Knowledge): QuantityFact[] {
  const asked = (q.counted ?? '').split(' ').filter((w) => w && !NOT_COUNTED.has(w));
  const covered = new Set(wordsOf(top).counted);
  let rest = asked.filter((w) => !covered.has(w));
  if (!rest.length || rest.length === asked.length) return [];
  const out: QuantityFact[] = [];
  for (const f of k.factsOf(top.source.articleId, 'quantity')) {
    if (f === top || f.source.sentenceIndex !== top.source.sentenceIndex || f.perUnit !== top.perUnit)
      continue;
    const head = wordsOf(f).counted.slice(0, 2);
    if (!head.length || !head.every((w) => rest.includes(w))) continue;
    out.push(f);
    rest = rest.filter((w) => !head.includes(w));
  }
  return rest.length ? [] : out;
}
