/**
 * What is an article, as a specification: screening before parsing (size, empty, binary, stray
 * control characters removed) and after (two sentences of words, no menus-only page, no
 * text that repeats a few words), and the bounds parsing keeps whatever a document holds.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/ingest-limits.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { screenArticle, screenRaw } from '../../src/ingest/screen-content.ts';

const ARTICLE =
  'Hội nghị Cụm thi đua các tỉnh Tây Nguyên năm 2025\n\nNgày 5/12/2025, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết. ' +
  'Hội nghị đã suy tôn tỉnh Đắk Lắk làm Cụm trưởng năm 2026.\n';

const refusalOf = (raw: string, format: 'txt' | 'md' | 'html' = 'txt') => {
  const screened = screenRaw(raw, format, DEFAULT_INGEST_LIMITS);
  if (!screened.ok) return screened.refusal.reason;
  return screenArticle(parseArticle({ id: 'x', format, raw: screened.text }), screened.text)?.reason;
};

describe('screening', () => {
  it('accepts a real article, with a few stray control characters removed', () => {
    const article = `${ARTICLE}\nCác đại biểu đã thảo luận, đánh giá kết quả thực hiện các phong trào thi đua trong năm qua.\n`;
    const raw = article.replace('Hội nghị đã', 'Hội\u0007 nghị\uFFFD đã\u202E');
    expect(refusalOf(raw)).toBeUndefined();
    const screened = screenRaw(raw, 'txt', DEFAULT_INGEST_LIMITS);
    expect(screened).toEqual({ ok: true, text: article.replace('Hội nghị đã', 'Hội  nghị đã') });
  });

  it.each([
    ['empty', '', 'empty'],
    ['white space', ' \n\t\u00A0 ', 'empty'],
    ['a NUL byte in an article', `${ARTICLE}\u0000`, 'binary'],
    ['control characters over 1 %', `${ARTICLE}${'\u0001'.repeat(10)}`, 'binary'],
    ['two words', 'Xin chào.', 'too-short'],
    ['markup in a text file', '<html><body><img src="a.jpg"></body></html>', 'too-short'],
    ['Chinese text', '会议在河内举行。代表们讨论了工作。会议取得圆满成功。', 'too-short'],
    ['the same words thousands of times', 'Ủy ban MTTQ tỉnh. '.repeat(1000), 'repetitive'],
  ])('%s is refused as %s', (_, raw, reason) => {
    expect(refusalOf(raw)).toBe(reason);
  });

  it('a file over the cap for its format is refused before parsing', () => {
    const limits = { ...DEFAULT_INGEST_LIMITS, maxTextBytes: 100 };
    expect(screenRaw(ARTICLE.repeat(2), 'txt', limits)).toMatchObject({
      ok: false,
      refusal: { reason: 'too-large', limit: 100 },
    });
  });

  it('what entities of a page decode to is removed too', () => {
    const page = `<html><head><title>Tin &#0;mới</title></head><body><h1>Hội nghị&#65533; Cụm thi đua</h1><p>${ARTICLE.split('\n\n')[1]}&#x0;&#x202E;</p></body></html>`;
    const a = parseArticle({ id: 'x', format: 'html', raw: page });
    for (const s of a.sentences) expect(s.text).not.toMatch(/[\u0000-\u001F\uFFFD\u202E]/);
    expect(a.title).not.toMatch(/[\u0000-\u001F\uFFFD]/);
  });
});

describe('bounds of a parsed article', () => {
  it('a sentence of 100,000 characters is stored in pieces of at most 2,000, cut between words', () => {
    const long = `${Array.from({ length: 12_000 }, (_, i) => `từ${i}`).join(' ')}.`;
    const a = parseArticle({
      id: 'x',
      format: 'txt',
      raw: `Tiêu đề bài viết dài\n\n${long}\n\nCâu cuối cùng của bài.`,
    });
    for (const s of a.sentences) expect(s.text.length).toBeLessThanOrEqual(2000);
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('từ11999.');
    // what every question reads of an article, its title and lead, stays small
    const lead = a.sentences.filter((s) => s.kind === 'lead');
    expect(lead.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(4000);
  });

  it('a page title of 10,000 characters is shortened to 300', () => {
    const a = parseArticle({
      id: 'x',
      format: 'html',
      raw: `<html><head><title>${'Tiêu đề '.repeat(1250)}</title></head><body><p>${ARTICLE}</p></body></html>`,
    });
    expect(Array.from(a.title).length).toBeLessThanOrEqual(300);
  });
});
