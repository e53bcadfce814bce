import { describe, expect, it } from 'vitest';
import { articleHash, parseArticle } from '../../src/ingest/parse-article.ts';

describe('parseArticle', () => {
  it('gives sentence 0 to the title, then lead, body and captions in page order', () => {
    const a = parseArticle({
      id: 'x',
      format: 'txt',
      raw: `Bàn giao nhà Đại đoàn kết cho hộ nghèo

Ngày 30-12, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức Lễ bàn giao 104 căn nhà. Đây là việc làm thiết thực.

Quang cảnh buổi lễ

Mỗi căn nhà được hỗ trợ 50 triệu đồng, tổng kinh phí 5,2 tỷ đồng.`,
      meta: { date: '2023-12-30' },
    });
    expect(a.sentences.map((s) => [s.index, s.kind, s.paragraph])).toEqual([
      [0, 'title', 0],
      [1, 'lead', 1],
      [2, 'lead', 1],
      [3, 'caption', 2],
      [4, 'body', 3],
    ]);
    expect(a).toMatchObject({
      id: 'x',
      title: 'Bàn giao nhà Đại đoàn kết cho hộ nghèo',
      date: '2023-12-30',
      year: 2023,
    });
  });

  it('normalises to NFC', () => {
    const nfd =
      'Hội nghị tổng kết Cụm thi đua năm 2023\n\nChiều ngày 11/12, tại tỉnh Điện Biên, hội nghị diễn ra.'.normalize(
        'NFD',
      );
    const a = parseArticle({ id: 'nfd', format: 'txt', raw: nfd });
    for (const s of a.sentences) expect(s.text).toBe(s.text.normalize('NFC'));
    expect(a.title).toBe('Hội nghị tổng kết Cụm thi đua năm 2023');
    expect(a.place).toBe('tỉnh Điện Biên');
  });

  it('hashes the raw input with the sidecar', () => {
    const raw = 'Tiêu đề\n\nNội dung bài viết.';
    expect(parseArticle({ id: 'h', format: 'txt', raw }).hash).toBe(articleHash(raw));
    expect(articleHash(raw)).toBe(articleHash(raw));
    expect(articleHash(raw, { title: 'Khác' })).not.toBe(articleHash(raw));
    expect(articleHash(`${raw} `)).not.toBe(articleHash(raw));
  });

  it('reads Markdown with front matter, headings and image captions', () => {
    const a = parseArticle({
      id: 'md',
      format: 'md',
      raw: `---
title: "Ninh Phước bàn giao nhà Đại đoàn kết"
date: 2023-12-30
publisher: Báo Ninh Thuận
---
# Ninh Phước bàn giao nhà Đại đoàn kết

Ngày 30-12, **Ủy ban MTTQ Việt Nam** huyện Ninh Phước tổ chức [Lễ bàn giao](https://example.vn) 104 căn nhà.

![Lãnh đạo huyện trao nhà cho hộ nghèo](anh.jpg)

Mỗi căn nhà được hỗ trợ 50 triệu đồng.`,
    });
    expect(a).toMatchObject({
      title: 'Ninh Phước bàn giao nhà Đại đoàn kết',
      date: '2023-12-30',
      publisher: 'Báo Ninh Thuận',
    });
    expect(a.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['title', 'Ninh Phước bàn giao nhà Đại đoàn kết'],
      ['lead', 'Ngày 30-12, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức Lễ bàn giao 104 căn nhà.'],
      ['caption', 'Lãnh đạo huyện trao nhà cho hộ nghèo'],
      ['body', 'Mỗi căn nhà được hỗ trợ 50 triệu đồng.'],
    ]);
  });
});
