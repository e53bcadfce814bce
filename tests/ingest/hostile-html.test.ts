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
  it.each([
    ['2,000 nested <div>', page(nested('div', 2000, BODY))],
    ['10,000 nested <div>', page(nested('div', 10_000, BODY))],
    ['10,000 unclosed <div><b><i>', page(`${'<div><b><i>'.repeat(10_000)}${BODY}`)],
    ['100,000 nested <span>', `${'<span>'.repeat(100_000)}${BODY}${'</span>'.repeat(100_000)}`],
  ])('%s: the article text comes out', (_, html) => {
    const { text } = htmlToText(html);
    expect(text).toContain('Hội nghị đã bầu tỉnh Lào Cai làm Cụm trưởng năm 2024.');
  });

  it('a fragment without <body>, and plain text saved as .html, are read', () => {
    expect(htmlToText(BODY).text).toContain('Ngày 12/3/2024');
    expect(htmlToText('Chỉ là văn bản thường. Không có thẻ nào.').text).toBe(
      'Chỉ là văn bản thường. Không có thẻ nào.',
    );
  });
});
