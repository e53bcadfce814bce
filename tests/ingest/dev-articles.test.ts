/**
 * Dev articles from other Front news sites (../shared/eval/dev/articles), each with its sidecar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, SentenceKind } from '../../src/ingest/article.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { parseSidecar } from '../../src/ingest/sidecar.ts';
import { DEV, HAS_DEV } from '../shared-eval.ts';

function dev(id: string): Article {
  const raw = readFileSync(`${DEV}${id}.txt`, 'utf8');
  const meta = parseSidecar(readFileSync(`${DEV}${id}.meta.json`, 'utf8'));
  return parseArticle({ id, format: 'txt', raw, meta });
}

const of = (a: Article, kind: SentenceKind) => a.sentences.filter((s) => s.kind === kind).map((s) => s.text);
const allText = (a: Article) => a.sentences.map((s) => s.text).join('\n');

describe.skipIf(!HAS_DEV)('dev articles', () => {
  it('a06: timestamp line, "Các tin tức khác", a stray trailer', () => {
    const a = dev('a06');
    expect(a.title).toBe(
      'Ủy ban MTTQ Việt Nam huyện Đông Anh tổ chức giao ban cụm thi đua của huyện năm 2022',
    );
    expect(a.date).toBe('2022-11-02');
    expect(a.year).toBe(2022);
    const text = allText(a);
    for (const noise of ['02:55 PM', 'Các tin tức khác', 'danh mục']) expect(text).not.toContain(noise);
    expect(a.sentences.filter((s) => s.text === 'huyện Đông Anh')).toHaveLength(0);
    expect(of(a, 'lead')[0]).toBe(
      'Sáng 3 ngày 27/10 và ngày 01,2/11/2022, Ủy ban MTTQ Việt Nam huyện Đông Anh tổ chức đánh giá thi đua tại 3 cụm thi đua số 1,2 và 3 của mặt trận huyện.',
    );
    expect(of(a, 'caption')).toEqual(['Hội nghị tổng kết công tác thi đua khen thưởng tại cụm thi đua số 3']);
    expect(of(a, 'body').at(-1)).toBe(
      'Kết thúc hội nghị, các đơn vị trong mỗi cụm tiến hành bỏ phiếu bình xét đánh giá thi đua năm 2022 và bầu ra Cụm trưởng, Cụm phó mới cho năm 2023.',
    );
  });

  it('a09: "Tiếng Việt | English", a timestamp before the headline, captions without a period', () => {
    const a = dev('a09');
    expect(a.title).toBe(
      'Mặt trận Tổ quốc Việt Nam tỉnh Long An được đề nghị tặng cờ thi đua xuất sắc toàn diện năm 2021',
    );
    expect(a.date).toBe('2021-12-10');
    expect(a.publisher).toBe('Báo Long An (baolongan.vn)');
    expect(a.publisherProvince).toBe('Long An');
    const text = allText(a);
    expect(text).not.toContain('Tiếng Việt | English');
    expect(text).not.toContain('17:18');
    expect(a.sentences.filter((s) => s.text === a.title)).toHaveLength(1);
    expect(of(a, 'lead')[0]).toBe(
      'Ngày 10/12, Hội nghị tổng kết công tác mặt trận (MT) của Cụm thi đua các tỉnh Bắc sông Hậu năm 2021 được tổ chức theo hình thức trực tuyến.',
    );
    expect(of(a, 'caption')).toEqual([
      'Chủ tịch UBMTTQ Việt Nam tỉnh Long An, Trưởng Cụm thi đua các tỉnh Bắc sông Hậu - Trương Văn Nọ phát biểu khai mạc hội nghị',
      'Hội nghị diễn ra theo hình thức trực tuyến',
    ]);
    expect(of(a, 'body').at(-1)).toBe(
      'Cụm thi đua các tỉnh Bắc sông Hậu gồm 6 tỉnh: Tiền Giang, Trà Vinh, Bến Tre, Vĩnh Long, Đồng Tháp và Long An.',
    );
  });

  it('a12: kontumtv.vn dateline, alt text in capitals, byline and comment form', () => {
    const a = dev('a12');
    expect(a.publisher).toBe('Đài Phát thanh - Truyền hình Kon Tum (kontumtv.vn)');
    expect(a.publisherProvince).toBe('Kon Tum');
    expect(a.year).toBe(2020);
    const text = allText(a);
    for (const noise of [
      '(kontumtv.vn)',
      'CTV Lâm Hiền',
      'Trả lời',
      'Email của bạn',
      'Các trường bắt buộc',
    ]) {
      expect(text).not.toContain(noise);
    }
    expect(of(a, 'caption')).toEqual(['TONG KET KY KET GIAO UOC THI DUA']);
    expect(of(a, 'lead')[0]).toMatch(/^UBMTTQVN huyện Kon Rẫy \(Kon Tum\) tổ chức Hội nghị tổng kết/);
    expect(of(a, 'body').at(-1)).toMatch(
      /tích cực tuyên truyền, vận động nhân dân thi đua thực hiện các tiêu chí\.$/,
    );
  });

  it('b21: timestamp with a category, initials byline, "Tin cùng chuyên mục"', () => {
    const a = dev('b21');
    expect(a.title).toBe('Nghệ An: Người dân hiến hơn 8 triệu m2 đất xây dựng nông thôn mới');
    expect(a.date).toBe('2019-10-09');
    const text = allText(a);
    for (const noise of ['07:00:54', 'Các cuộc vận động', 'V.M.', 'Tin cùng chuyên mục', 'Tin mới']) {
      expect(text).not.toContain(noise);
    }
    expect(of(a, 'lead')).toHaveLength(1);
    expect(of(a, 'body')).toEqual([
      'Theo thống kê của Ủy ban MTTQ tỉnh Nghệ An, đến nay, nhân dân đã đóng góp hơn 5.658 tỷ đồng, hiến hơn 8 triệu m2 đất cùng khoảng 6,3 triệu ngày công để thực hiện Chương trình nông thôn mới.',
    ]);
  });

  it('b13: (GLO) dateline, photo credits, the place a venue', () => {
    const a = dev('b13');
    expect(a.publisher).toBe('Báo Gia Lai');
    expect(a.publisherProvince).toBe('Gia Lai');
    expect(a.place).toBe('Trung tâm Hội nghị tỉnh Gia Lai');
    expect(of(a, 'caption')).toEqual(['Quang cảnh hội nghị.', 'Đại biểu phát biểu thảo luận tại hội nghị.']);
    expect(allText(a)).not.toContain('Ảnh: N.H');
    expect(allText(a)).not.toContain('(GLO)');
  });

  it('a01: the event date, not the date of the guidance it follows; byline dropped', () => {
    const a = dev('a01');
    expect(a.date).toBe('2013-02-25');
    expect(a.place).toBe('Ủy ban MTTQ Việt Nam thành phố Pleiku');
    expect(of(a, 'caption')).toEqual(['Ảnh ký kết giao ước thi đua của cụm thi đua số 1']);
    expect(allText(a)).not.toContain('Đinh Tuyên');
  });

  it('b06: a numbered alt text repeating the headline, a caption broken over two lines', () => {
    const a = dev('b06');
    expect(allText(a)).not.toContain('Anh 1');
    expect(of(a, 'caption')).toEqual([
      'Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi bàn giao nhà đại đoàn kết cho hộ nghèo.',
    ]);
    expect(allText(a)).not.toContain('Chí Đại');
  });

  it('b18: no sidecar title: the headline line is the title', () => {
    const a = dev('b18');
    expect(a.title).toMatch(
      /^Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Nguyễn Hữu Lạc trao quà tết/,
    );
    expect(a.year).toBe(2020);
    expect(allText(a)).not.toContain('Minh Nguyên');
  });

  it('a18: the sidecar title wins; an administrative chain as the place', () => {
    const a = dev('a18');
    expect(a.title).toBe('Đại đoàn kết dân tộc - động lực phát triển kinh tế - xã hội');
    expect(a.place).toBe('thôn Nà Hai, xã Quảng Khê, huyện Ba Bể');
    expect(of(a, 'caption')).toContain(
      'Quang cảnh Hội nghị tổng kết Cụm Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc năm 2024 tại huyện Ba Bể, tỉnh Bắc Kạn',
    );
  });
});
