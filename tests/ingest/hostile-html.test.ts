/**
 * Pages built to hurt the parser: nesting thousands deep (closed or not), fragments without a
 * body. Each is read in a bounded time, with its text, and real pages are untouched by the
 * depth bound. (On the old path the 2,000-deep page took 90 s and the 10,000-deep one overflowed
 * the stack.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { boundDepth, MAX_DOM_DEPTH } from '../../src/ingest/bound-depth.ts';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/ingest-limits.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';

const FIXTURES = new URL('../fixtures/html/', import.meta.url);
const BODY =
  '<p>Ngày 12/3/2024, Ủy ban MTTQ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác Mặt trận năm 2023. ' +
  'Hội nghị đã bầu tỉnh Lào Cai làm Cụm trưởng năm 2024.</p>';
const page = (inner: string) => `<html><head><title>Trang</title></head><body>${inner}</body></html>`;
const nested = (tag: string, n: number, inner: string) =>
  `<${tag}>`.repeat(n) + inner + `</${tag}>`.repeat(n);

/** The deepest element nesting as htmlparser2 (linkedom's tokenizer) builds it. */
function depthOf(html: string): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      max = Math.max(max, depth);
    },
    onclosetag() {
      depth--;
    },
  });
  parser.end(html);
  return max;
}

describe('boundDepth', () => {
  it('returns real pages unchanged, byte for byte', () => {
    for (const name of readdirSync(FIXTURES)) {
      const html = readFileSync(new URL(name, FIXTURES), 'utf8');
      expect(boundDepth(html)).toBe(html);
    }
  });

  it('cuts nesting beyond the bound and keeps the text, closed or unclosed', () => {
    for (const html of [
      page(nested('div', 10_000, BODY)),
      page(`${'<div><b><i>'.repeat(10_000)}${BODY}`),
      `${'<span>'.repeat(100_000)}${BODY}`,
    ]) {
      const bounded = boundDepth(html);
      expect(depthOf(bounded)).toBeLessThanOrEqual(MAX_DOM_DEPTH + 1);
      expect(bounded).toContain('Hội nghị đã bầu tỉnh Lào Cai làm Cụm trưởng năm 2024.');
    }
  });

  it('keeps block boundaries as line breaks and leaves script text alone', () => {
    const html =
      '<div><div><p>một<br>hai</p><span>ba</span><p>bốn<p>năm</div></div><script>if (a<b) x="</div>"</script>';
    expect(boundDepth(html, 2)).toBe(
      '<div><div><br>một<br>hai<br>ba<br>bốn<br>năm</div></div><script>if (a<b) x="</div>"</script>',
    );
  });
});

describe('htmlToText on hostile pages', () => {
  // each in a small fraction of the parse budget (on the old path 1,000 deep took 12 s, 2,000 deep
  // 90 s, 100,000 spans over 5 minutes, and 10,000 deep overflowed the stack)
  it.each([
    ['1,000 nested <div>', page(nested('div', 1000, BODY))],
    ['2,000 nested <div>', page(nested('div', 2000, BODY))],
    ['10,000 nested <div>', page(nested('div', 10_000, BODY))],
    ['10,000 unclosed <div><b><i>', page(`${'<div><b><i>'.repeat(10_000)}${BODY}`)],
    ['100,000 nested <span>', `${'<span>'.repeat(100_000)}${BODY}${'</span>'.repeat(100_000)}`],
  ])('%s: the article text comes out within the parse budget', (_, html) => {
    const started = Date.now();
    const { text } = htmlToText(html);
    expect(Date.now() - started).toBeLessThan(DEFAULT_INGEST_LIMITS.parseBudgetMs);
    expect(text).toContain('Hội nghị đã bầu tỉnh Lào Cai làm Cụm trưởng năm 2024.');
  });

  it('a fragment without <body>, and plain text saved as .html, are read', () => {
    expect(htmlToText(BODY).text).toContain('Ngày 12/3/2024');
    expect(htmlToText('Chỉ là văn bản thường. Không có thẻ nào.').text).toBe(
      'Chỉ là văn bản thường. Không có thẻ nào.',
    );
  });
});

describe('the address a page or a front matter gives', () => {
  const html = (head: string) => `<html><head><title>Trang</title>${head}</head><body>${BODY}</body></html>`;
  it.each([
    ['a javascript: canonical link', html('<link rel="canonical" href="javascript:alert(1)">')],
    ['a data: og:url', html('<meta property="og:url" content="data:text/html,hi">')],
    ['a relative canonical link', html('<link rel="canonical" href="/tin/bai-1.html">')],
    ['a link with a line break in it', html('<link rel="canonical" href="https://tin.example/a\nb">')],
    [
      'a javascript: url in front matter',
      `---\nurl: javascript:alert(1)\n---\n# Trang\n\n${BODY.replace(/<\/?p>/g, '')}\n`,
    ],
  ])('%s is not stored', (what, raw) => {
    const a = parseArticle({ id: 'x', format: what.includes('front matter') ? 'md' : 'html', raw });
    expect(a.url).toBeUndefined();
    expect(a.sentences.map((s) => s.text)).toContain('Hội nghị đã bầu tỉnh Lào Cai làm Cụm trưởng năm 2024.');
  });

  it('an http(s) link is kept; a bad canonical link does not hide a good og:url', () => {
    expect(
      parseArticle({
        id: 'x',
        format: 'html',
        raw: html('<link rel="canonical" href="https://tin.example/a">'),
      }).url,
    ).toBe('https://tin.example/a');
    const both = html(
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://tin.example/b">',
    );
    expect(parseArticle({ id: 'x', format: 'html', raw: both }).url).toBe('https://tin.example/b');
  });

  it('a publication date that is no real day is not stored', () => {
    for (const day of ['9999-99-99', '2023-02-30']) {
      const a = parseArticle({
        id: 'x',
        format: 'html',
        raw: html(`<meta property="article:published_time" content="${day}">`),
      });
      expect(a.date).toBe('2024-03-12');
    }
  });
});
