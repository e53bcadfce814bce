/**
 * Every fact carries its provenance: the article, the sentence, the quote exactly as the article
 * writes it, and a span of evidence inside that quote.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { seed } from './articles.ts';

describe('provenance of the facts of every seed', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`${prefix}: quote = the sentence, ids unique and typed`, () => {
      const article = seed(prefix);
      const { facts, scope } = extractFacts(article);
      expect(facts.length).toBeGreaterThan(0);
      expect(scope.articleId).toBe(article.id);
      const ids = new Set<string>();
      for (const f of facts) {
        expect(f.id).toMatch(new RegExp(`^${article.id}:${f.type}:\\d+$`));
        ids.add(f.id);
        expect(f.source.articleId).toBe(article.id);
        expect(f.source.quote).toBe(article.sentences[f.source.sentenceIndex]?.text);
      }
      expect(ids.size).toBe(facts.length);
    });
  }

  const badSpans = (prefix: string) =>
    extractFacts(seed(prefix))
      .facts.filter((f) => {
        const [a, b] = f.source.span;
        return !(0 <= a && a <= b && b <= f.source.quote.length);
      })
      .map((f) => `${f.id} ${JSON.stringify(f.source.span)}`);

  for (const prefix of ['000', '002', '003', '004'])
    it(`${prefix}: every span lies inside its quote`, () => {
      expect(badSpans(prefix)).toEqual([]);
    });

  it('001: the role taken from Nguyễn Hải\'s title ("Cụm trưởng cụm thi đua") has a valid span', () => {
    // the holder comes from the title's locality, which has no offsets: the span is [0, NaN]
    expect(badSpans('001')).toEqual([]);
  });
});

describe('article scope', () => {
  it('000: the reference year, the cluster and the provinces it names', () => {
    const { scope } = extractFacts(seed('000'));
    expect(scope.refYear).toBe(2023);
    expect(scope.topicYears).toEqual([2023]);
    expect(scope.homeProvince).toBe('Điện Biên');
    expect(scope.mainClusterKey).toBe('nui bien gioi phia bac');
    expect(scope.provinces).toEqual(
      expect.arrayContaining([
        'Điện Biên',
        'Lai Châu',
        'Sơn La',
        'Lào Cai',
        'Cao Bằng',
        'Lạng Sơn',
        'Hà Giang',
      ]),
    );
    expect(scope.localityNames).toContain('bac ha');
  });

  it('003: a span of years in the title makes every year of it a topic year', () => {
    const { scope } = extractFacts(seed('003'));
    expect(scope.topicYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(scope.homeProvince).toBe('Quảng Ninh');
  });
});
