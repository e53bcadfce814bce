/**
 * Quantities: every number a sentence reports, with what it counts ("6.690 nhà Đại đoàn kết",
 * "9.537 ngày công", "trên 280 tỷ đồng", "9,6%"), its label (the words of the clause before it:
 * "tổng kinh phí", "trị giá"), its qualifier (hơn, trên, gần, khoảng) and whether it is per unit ("mỗi").
 */
import { type QuantityKind, UNITS } from '../lexicon/units.ts';
import { fold } from '../text/fold.ts';
import { findNumbers } from '../text/numbers.ts';
import type { ArticleContext } from './article-context.ts';
import type { QuantityFact } from './fact.ts';
import { foldPhrase } from './mentions.ts';
import { provenance, sentenceProvinces, sentenceYears } from './scope.ts';

type Draft = Omit<QuantityFact, 'id'>;

const unitKeys = Object.keys(UNITS).sort(
  (a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length,
);

/**
 * Words right before a number that make it an identifier, an ordinal or a date, not a quantity.
 * Matched with diacritics: folded, "đăng ký" would read as "kỳ" and "Việt Nam" as "năm".
 */
const NOT_A_QUANTITY =
  /(?:^|\s)(số|thứ|lần thứ|lần|khóa|khoá|năm|ngày|tháng|quý|đợt|giai đoạn|nhiệm kỳ|chỉ thị|nghị quyết|kết luận|quyết định|kế hoạch|hướng dẫn|công văn|bão|điểm|mục|điều|khoản|phiên|tập|kỳ|kì|cụm|khối)\s*$/u;

/** Words that end a counted phrase (folded; the presentation completes cut phrases up to them too). */
export const PHRASE_STOP =
  /^(?:voi|cho|va|de|tai|tu|trong|nham|gom|bang|tren|den|hon|ho tro|tri gia|thuoc|cua|nhu|la|o|duoc|da)$/;

/** What a number counts: the unit that starts the words after it, else a generic count. */
export function unitAfter(foldedAfter: string): { key?: string; kind: QuantityKind; label?: string } {
  const words = foldedAfter.trim().split(/\s+/);
  for (const key of unitKeys) {
    const parts = key.split(' ');
    if (parts.every((p, i) => words[i] === p)) {
      const u = UNITS[key];
      if (u) return { key, kind: u.kind, label: u.label };
    }
  }
  return { kind: 'count' };
}

export function extractQuantities(ctx: ArticleContext): Draft[] {
  const out: Draft[] = [];
  ctx.article.sentences.forEach((s, idx) => {
    const text = s.text;
    const dates = ctx.sentences[idx]?.dates ?? [];
    const nums = findNumbers(text);
    // years and dates are not quantities; they stay in the label of the figure after them
    const notQuantity = (n: (typeof nums)[number]) =>
      dates.some((d) => n.numeralStart < d.end && n.end > d.start) ||
      (!n.scale && /^(19|20)\d\d$/.test(n.numeral));
    nums.forEach((n, k) => {
      if (notQuantity(n)) return;
      const previousFigure = nums.slice(0, k).findLast((m) => !notQuantity(m));
      const clauseStart = Math.max(
        text.lastIndexOf(',', n.start - 1),
        text.lastIndexOf(';', n.start - 1),
        text.lastIndexOf(':', n.start - 1),
        text.lastIndexOf('(', n.start - 1),
      );
      const clauseStartAbs = Math.max(
        text.lastIndexOf(',', n.start - 1),
        text.lastIndexOf(';', n.start - 1),
        text.lastIndexOf(':', n.start - 1),
        text.lastIndexOf('(', n.start - 1),
        k > 0 ? (nums[k - 1]?.end ?? -1) : -1,
      );
      const labelText = text.slice(clauseStartAbs + 1, n.start);
      if (NOT_A_QUANTITY.test(` ${labelText.toLowerCase().trimEnd()}`)) return;
      // the label: up to 12 words back, across commas but not past ";", ":", "(" or another figure
      const paren = text.lastIndexOf('(', n.start - 1);
      // "xã Ea Uy (9 căn)": a figure in parentheses is of what is written just before them
      const inParen = paren >= 0 && !text.slice(paren + 1, n.start).trim();
      const hardStart = inParen
        ? Math.max(
            text.lastIndexOf(',', paren - 1),
            text.lastIndexOf(';', paren - 1),
            text.lastIndexOf(':', paren - 1),
            text.lastIndexOf(')', paren - 1),
            previousFigure?.end ?? -1,
          )
        : Math.max(
            text.lastIndexOf(';', n.start - 1),
            text.lastIndexOf(':', n.start - 1),
            paren,
            previousFigure?.end ?? -1,
          );

      let label = foldPhrase(text.slice(hardStart + 1, n.start))
        .split(' ')
        .filter(Boolean)
        .slice(-12)
        .join(' ');
      // "lập danh sách 27 người …; 156 người …": a figure with no words of its own shares the previous one's
      const previous = out[out.length - 1];
      if (label.split(' ').filter(Boolean).length <= 1 && previous?.source.sentenceIndex === idx)
        label = `${previous.label} ${label}`.trim();

      // the words after: unit and counted phrase, up to punctuation, another number or a connector
      let afterRaw = text.slice(n.end);
      const stopAt = afterRaw.search(/[,;:.()“”"!?]|\s\d/u);
      if (stopAt >= 0) afterRaw = afterRaw.slice(0, stopAt);
      if (/^%/.test(afterRaw)) afterRaw = `%${afterRaw.slice(1)}`;
      const afterFolded = fold(afterRaw).replace(/^%/, '% ');
      const unit =
        n.scale && /^\s*dong\b/.test(afterFolded)
          ? { key: 'dong', kind: 'money' as QuantityKind, label: `${n.scale} đồng` }
          : unitAfter(afterFolded);
      const words = afterRaw.trim().split(/\s+/).filter(Boolean);
      const foldedWords = words.map(fold);
      // the counted phrase: at most 7 words, ending before a connector
      let take = 0;
      for (; take < Math.min(words.length, 7); take++) {
        if (take > 0 && PHRASE_STOP.test(foldedWords[take] ?? '')) break;
      }
      const unitWords = unit.key ? unit.key.split(' ').length : 0;
      take = Math.max(take, unitWords);
      const counted = foldPhrase(words.slice(0, take).join(' '));
      if (!counted && !n.scale && unit.kind === 'count') return; // a bare number counts nothing we can name
      const phraseEnd =
        take > 0
          ? n.end + afterRaw.indexOf(words[take - 1] as string) + (words[take - 1] as string).length
          : n.end;
      // the tail: the rest of the clause, up to the next number (whose own label it is)
      const clauseEndRel = text.slice(phraseEnd).search(/[,;.(]/);
      const nextNumber = nums[k + 1]?.start ?? text.length;
      const tailEnd = Math.min(
        clauseEndRel >= 0 ? phraseEnd + clauseEndRel : text.length,
        Math.max(phraseEnd, nextNumber),
      );
      const tail = foldPhrase(text.slice(phraseEnd, tailEnd));
      out.push({
        type: 'quantity',
        value: n.value,
        amount: n.surface,
        phrase: text.slice(n.start, phraseEnd).trim(),
        kind: unit.kind,
        unit: unit.label,
        qualifier: n.qualifier,
        counted,
        label,
        tail,
        perUnit: /(?<![\p{L}])mỗi(?![\p{L}])/iu.test(text.slice(clauseStart + 1, n.start)),
        source: provenance(ctx, idx, [n.start, phraseEnd]),
        years: sentenceYears(ctx, idx),
        provinces: sentenceProvinces(ctx, idx),
      });
    });
  });
  return out;
}
