/**
 * Saved news pages: readability over linkedom, captions marked, metadata from the head.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, SentenceKind } from '../../src/ingest/article.ts';
import { CAPTION_MARK } from '../../src/ingest/clean-text.ts';
import { htmlToText, isoDateOf } from '../../src/ingest/html-to-text.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/html/', import.meta.url));
const load = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');
const of = (a: Article, kind: SentenceKind) => a.sentences.filter((s) => s.kind === kind).map((s) => s.text);
const allText = (a: Article) => a.sentences.map((s) => s.text).join('\n');

describe('mattran.org.vn page (figure/figcaption, "Tin liên quan" box, "Đọc thêm", footer)', () => {
  const html = load('mattran-cum-thi-dua-mien-nui-2023.html');
  const title =
    'Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi đua Mặt trận các tỉnh Miền núi biên giới phía Bắc năm 2023';

  it('reads the metadata from the head', () => {
    const page = htmlToText(html);
    expect(page.title).toBe(title);
    expect(page.publisher).toBe('Mặt trận Tổ quốc Việt Nam');
    expect(page.date).toBe('2023-12-11');
    expect(page.url).toMatch(/^https:\/\/mattran\.org\.vn\/hoat-dong-mat-tran\//);
    expect(page.fallback).toBe(false);
  });

  it('marks figcaptions and keeps paragraph breaks', () => {
    const page = htmlToText(html);
    expect(page.text).toContain(`${CAPTION_MARK}Chủ trì Hội nghị`);
    expect(page.text).toContain(`${CAPTION_MARK}Quang cảnh Hội nghị`);
    expect(page.text).toMatch(/Hà Giang\.\n\nBáo cáo kết quả công tác thi đua/);
    expect(page.text).not.toContain('HOI NGHI TONG KET');
  });

  it('parses into an article without page chrome nor other articles', () => {
    const a = parseArticle({ id: 'mattran', format: 'html', raw: html });
    expect(a.title).toBe(title);
    expect(a.publisher).toBe('Mặt trận Tổ quốc Việt Nam');
    expect(a.date).toBe('2023-12-11');
    expect(a.place).toBe('tỉnh Điện Biên');
    expect(a.format).toBe('html');
    expect(of(a, 'lead')[0]).toMatch(
      /^Chiều ngày 11\/12, tại tỉnh Điện Biên, Uỷ ban Trung ương MTTQ Việt Nam/,
    );
    expect(of(a, 'caption').slice(0, 2)).toEqual(['Chủ trì Hội nghị', 'Quang cảnh Hội nghị']);
    const text = allText(a);
    for (const noise of [
      'Trang chủ',
      'Tìm kiếm',
      'Tiếng Việt | English',
      'Chia sẻ',
      'Tin liên quan',
      'thăm hỏi nạn nhân của vụ cháy',
      'Tô Thị Bích Châu',
      'Đọc thêm',
      'Lào Cai nhận nhiệm vụ Cụm trưởng năm 2024',
      'Tag:',
      'Bản quyền',
      'Phương Anh',
    ]) {
      expect(text).not.toContain(noise);
    }
    expect(of(a, 'body').at(-1)).toMatch(/Phó Chủ tịch Hoàng Công Thủy nhấn mạnh\.$/);
  });
});

describe('baophapluat.vn page (image table caption, italic caption under an image, <time>)', () => {
  const html = load('plvn-quang-ninh-tong-ket-2019-2024.html');

  it('reads the metadata', () => {
    const page = htmlToText(html);
    expect(page.title).toBe(
      'Quảng Ninh: Tổng kết các cuộc vận động, phong trào thi đua do MTTQ chủ trì, phát động giai đoạn 2019-2024',
    );
    expect(page.publisher).toBe('Báo Pháp luật Việt Nam');
    expect(page.date).toBe('2024-05-23');
    expect(page.url).toMatch(/^https:\/\/baophapluat\.vn\//);
  });

  it('parses into an article', () => {
    const a = parseArticle({ id: 'plvn', format: 'html', raw: html });
    expect(a.place).toBe('TP Hạ Long');
    expect(of(a, 'lead')[0]).toMatch(/^Ngày 23\/5, tại TP Hạ Long/);
    expect(of(a, 'caption')).toEqual([
      'Ông Hoàng Đức Hạnh, Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam tỉnh Quảng Ninh, phát biểu tại hội nghị.',
      'Đại biểu phát biểu tham luận tại hội nghị.',
    ]);
    const text = allText(a);
    for (const noise of [
      'Đăng nhập',
      '0:00',
      'Từ khóa',
      'Đọc thêm',
      'Giá vàng',
      'Bộ Tư pháp',
      '(PLVN)',
      'Thời sự',
    ]) {
      expect(text).not.toContain(noise);
    }
    expect(of(a, 'body')).toContain(
      'Xây mới, sửa chữa 2.513 ngôi nhà Đại đoàn kết với tổng số tiền 106,9 tỷ đồng; toàn tỉnh đã thành lập được 1.473 tổ công nghệ số cộng đồng, bao phủ toàn bộ 177 xã, phường, thị trấn 1.452 thôn, bản, khu phố với sự tham gia của hơn 11.000 thành viên, nòng cốt là lực lượng thanh niên…',
    );
    expect(of(a, 'body').at(-1)).toMatch(
      /^Phấn đấu, hàng năm thực hiện đảm bảo các mục tiêu chung như: 100% khu dân cư/,
    );
  });
});

describe('htmlToText fallback and details', () => {
  it('falls back to the body without chrome when readability finds nothing', () => {
    const page = htmlToText(`<html><head><title>Tin ngắn - Báo X</title></head><body>
      <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/a">Thời sự</a></li></ul></nav>
      <h1>Tin ngắn</h1>
      <div>Ngày 4/11, Ủy ban MTTQ tỉnh bàn giao 100 nhà.</div>
      <footer>Bản quyền Báo X</footer></body></html>`);
    expect(page.fallback).toBe(true);
    expect(page.title).toBe('Tin ngắn - Báo X');
    expect(page.text).toContain('Ngày 4/11, Ủy ban MTTQ tỉnh bàn giao 100 nhà.');
    expect(page.text).not.toContain('Thời sự');
    expect(page.text).not.toContain('Bản quyền');
  });

  it('turns <br> into line breaks and list items into lines', () => {
    const page = htmlToText(
      `<html><body><article><p>${'Đoạn văn mở đầu dài của bài viết về Mặt trận. '.repeat(6)}</p><p>Dòng một<br>Dòng hai</p><ul><li>Nội dung thứ nhất;</li><li>Nội dung thứ hai.</li></ul></article></body></html>`,
    );
    expect(page.text).toContain('Dòng một\nDòng hai');
    expect(page.text).toContain('- Nội dung thứ nhất;');
  });

  it('reads ISO and Vietnamese dates', () => {
    expect(isoDateOf('2023-12-01T12:41:00+07:00')).toBe('2023-12-01');
    expect(isoDateOf('01/12/2023 12:41')).toBe('2023-12-01');
    expect(isoDateOf('hôm qua')).toBeUndefined();
  });
});
