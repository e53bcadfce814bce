/**
 * The five seed articles, parsed end to end: metadata, noise gone, the right first and last sentences.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, SentenceKind } from '../../src/ingest/article.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

function seed(id: string): Article {
  return parseArticle({ id, format: 'txt', raw: readFileSync(`${SEEDS}${id}.txt`, 'utf8') });
}

const of = (a: Article, kind: SentenceKind) => a.sentences.filter((s) => s.kind === kind).map((s) => s.text);
const allText = (a: Article) => a.sentences.map((s) => s.text).join('\n');

describe('seed 000 (mattran.org.vn, headline list after the lead)', () => {
  const a = seed('000_fcae3923cce9c9bf');

  it('has its metadata', () => {
    expect(a.title).toBe(
      'Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi đua Mặt trận các tỉnh Miền núi biên giới phía Bắc năm 2023',
    );
    expect(a.publisher).toMatch(/Mặt trận/);
    expect(a.date).toBe('2023-12-11');
    expect(a.year).toBe(2023);
    expect(a.place).toBe('tỉnh Điện Biên');
    expect(a.format).toBe('txt');
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('starts with the title, then the lead without its dateline', () => {
    expect(a.sentences[0]).toMatchObject({ index: 0, kind: 'title', paragraph: 0, text: a.title });
    expect(of(a, 'lead')).toEqual([
      'Chiều ngày 11/12, tại tỉnh Điện Biên, Uỷ ban Trung ương MTTQ Việt Nam tổ chức Hội nghị tổng kết hoạt động Cụm thi đua MTTQ các tỉnh Miền núi biên giới phía Bắc năm 2023.',
      'Ông Hoàng Công Thủy, Phó Chủ tịch Uỷ ban Trung ương MTTQ Việt Nam dự và phát biểu tại Hội nghị.',
    ]);
  });

  it('never attributes the other articles’ headlines to this one', () => {
    const text = allText(a);
    expect(text).not.toContain('thăm hỏi nạn nhân của vụ cháy');
    expect(text).not.toContain('Phối hợp để lựa chọn những kiều bào');
    expect(text).not.toContain('Tô Thị Bích Châu');
  });

  it('keeps captions apart, where they occurred', () => {
    expect(of(a, 'caption')).toEqual([
      'Chủ trì Hội nghị',
      'Quang cảnh Hội nghị',
      'Đại biểu tham dự Hội nghị',
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hoàng Công Thủy chứng kiến bàn giao Cụm trưởng Cụm thi đua năm 2024',
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hoàng Công Thủy phát biểu tại Hội nghị',
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hoàng Công Thủy chứng kiến Ủy ban MTTQ Việt Nam các tỉnh trong Cụm ký kết giao ước thi đua',
    ]);
    const quang = a.sentences.find((s) => s.text === 'Quang cảnh Hội nghị');
    const before = a.sentences[(quang?.index ?? 0) - 1];
    expect(before?.text).toMatch(
      /^Trong đó, MTTQ tỉnh Điện Biên đã huy động nhân dân đóng góp 9\.537 ngày công/,
    );
  });

  it('has the right first and last body sentences', () => {
    const body = of(a, 'body');
    expect(body[0]).toBe(
      'Cùng dự có đại diện lãnh đạo Ủy ban MTTQ Việt Nam 7 tỉnh Miền núi biên giới phía Bắc gồm: Điện Biên, Lai Châu, Sơn La, Lào Cai, Cao Bằng, Lạng Sơn, Hà Giang.',
    );
    expect(body.at(-1)).toMatch(
      /^"MTTQ các tỉnh trong Cụm cần tập trung rà soát .*Phó Chủ tịch Hoàng Công Thủy nhấn mạnh\.$/,
    );
    expect(body).toContain(
      'Hội nghị đã thống nhất suy tôn Ủy ban MTTQ tỉnh Lào Cai là Cụm trưởng Cụm thi đua các tỉnh miền núi biên giới phía Bắc năm 2024.',
    );
  });

  it('numbers sentences and paragraphs in order', () => {
    for (const [i, s] of a.sentences.entries()) expect(s.index).toBe(i);
    for (let i = 1; i < a.sentences.length; i++) {
      expect((a.sentences[i] as { paragraph: number }).paragraph).toBeGreaterThanOrEqual(
        (a.sentences[i - 1] as { paragraph: number }).paragraph,
      );
    }
  });
});

describe('seed 001 (Sign In, timestamp, headline repeated before photos, Tag/File đính kèm)', () => {
  const a = seed('001_24723234f26b1047');
  const title = 'Tổng kết hoạt động Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc năm 2023';

  it('has its metadata', () => {
    expect(a.title).toBe(title);
    expect(a.date).toBe('2023-12-01');
    expect(a.year).toBe(2023);
    expect(a.place).toBe('Phú Thọ');
  });

  it('drops the page noise and the repeated headline', () => {
    const text = allText(a);
    for (const noise of ['Sign In', '12:41', 'Phương Thanh', 'Tag:', 'File đính kèm'])
      expect(text).not.toContain(noise);
    expect(a.sentences.filter((s) => s.text === title)).toHaveLength(1);
  });

  it('keeps the photo captions apart', () => {
    expect(of(a, 'caption')).toEqual([
      'Quang cảnh buổi tổng kết',
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Trương Thị Ngọc Ánh phát biểu tại hội nghị.',
      'Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Thanh Huyền phát biểu chào mừng.',
      'Chủ tịch Ủy ban MTTQ tỉnh Phú Thọ trao cờ luân lưu cụm trưởng thi đua cho Chủ tịch Uỷ ban MTTQ tỉnh Bắc Kạn.',
      'Lãnh đạo Ủy ban MTTQ các tỉnh trong cụm kí giao ước thi đua năm 2024.',
    ]);
  });

  it('has the right lead and last body sentence', () => {
    expect(of(a, 'lead')).toEqual([
      'Ngày 1/12, Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc tổ chức hội nghị tổng kết hoạt động năm 2023; phát động, kí giao ước thi đua năm 2024.',
    ]);
    expect(of(a, 'body').at(-1)).toBe(
      'Thống nhất suy tôn Ủy ban MTTQ tỉnh Bắc Kạn làm Trưởng cụm thi đua năm 2024, Ủy ban MTTQ tỉnh Phú Thọ đã trao cờ luân lưu của cụm trưởng cụm thi đua năm 2023 cho cụm trưởng cụm thi đua năm 2024; lãnh đạo Ủy ban MTTQ các tỉnh trong cụm đã kí kết giao ước thi đua năm 2024.',
    );
  });
});

describe('seed 002 (TTXVN, summary repeated with a dateline, keywords)', () => {
  const a = seed('002_29df154df923ad54');
  const lead =
    'Ngày 15/12, tại thành phố Bạc Liêu, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức Hội nghị giao ban Cụm thi đua Nam Sông Hậu (gồm 6 tỉnh: Bạc Liêu, Cà Mau, An Giang, Hậu Giang, Kiên Giang và Sóc Trăng).';

  it('has its metadata', () => {
    expect(a.publisher).toBe('TTXVN');
    expect(a.date).toBe('2022-12-15');
    expect(a.year).toBe(2022);
    expect(a.place).toBe('thành phố Bạc Liêu');
    // no title line: the title is the lead's first sentence cut at a word boundary, ≤ 120 characters
    expect(a.title).toBe(
      'Ngày 15/12, tại thành phố Bạc Liêu, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức Hội nghị giao ban Cụm thi đua…',
    );
    expect(a.sentences[0]).toMatchObject({ kind: 'title', text: lead });
  });

  it('keeps the summary once', () => {
    expect(of(a, 'lead')).toEqual([lead]);
    expect(
      a.sentences.filter((s) => s.text.includes('Ngày 15/12, tại thành phố Bạc Liêu') && s.kind !== 'title'),
    ).toHaveLength(1);
    expect(allText(a)).not.toContain('(TTXVN)');
  });

  it('drops the keyword list', () => {
    const text = allText(a);
    expect(text).not.toContain('Từ khóa');
    expect(text).not.toContain('Phản biện xã hội\n');
    expect(of(a, 'body').at(-1)).toBe(
      'Tại hội nghị, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau đã tiếp nhận nhiệm vụ Cụm trưởng Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu năm 2023./.',
    );
  });

  it('has the right first body sentence', () => {
    expect(of(a, 'body')[0]).toBe(
      'Bà Trương Thị Ngọc Ánh, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam dự chỉ đạo hội nghị.',
    );
    expect(of(a, 'body')).toContain(
      'Đặc biệt, năm 2022, kinh tế đã được phục hồi và tăng trưởng, đạt 9,6%; đời sống vật chất, tinh thần của người dân được nâng lên rõ rệt.',
    );
  });
});

describe('seed 003 (PLVN, audio player, captions written twice, Đọc thêm)', () => {
  const a = seed('003_ccbc969175d33026');

  it('has its metadata', () => {
    expect(a.title).toBe(
      'Quảng Ninh: Tổng kết các cuộc vận động, phong trào thi đua do MTTQ chủ trì, phát động giai đoạn 2019-2024',
    );
    expect(a.publisher).toBe('Báo Pháp luật Việt Nam');
    expect(a.date).toBe('2024-05-23');
    expect(a.place).toBe('TP Hạ Long');
  });

  it('drops the player and the trailing marker', () => {
    const text = allText(a);
    expect(text).not.toContain('0:00');
    expect(text).not.toContain('Đọc thêm');
    expect(text).not.toContain('(PLVN)');
  });

  it('keeps each doubled caption once, as a caption', () => {
    expect(of(a, 'caption')).toEqual([
      'Ông Hoàng Đức Hạnh, Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam tỉnh Quảng Ninh, phát biểu tại hội nghị.',
      'Đại biểu phát biểu tham luận tại hội nghị.',
      'Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh, trao bằng khen cho các tập thể, cá nhân có thành tích xuất sắc.',
    ]);
  });

  it('has the right lead and body', () => {
    expect(of(a, 'lead')[0]).toMatch(
      /^Ngày 23\/5, tại TP Hạ Long, Ủy ban Mặt trận Tổ quốc \(MTTQ\) Việt Nam tỉnh Quảng Ninh/,
    );
    expect(of(a, 'body')[0]).toMatch(/^Qua 5 năm \(2019 - 2024\) thực hiện các cuộc vận động/);
    expect(of(a, 'body')).toContain(
      'Xây mới, sửa chữa 2.513 ngôi nhà Đại đoàn kết với tổng số tiền 106,9 tỷ đồng; toàn tỉnh đã thành lập được 1.473 tổ công nghệ số cộng đồng, bao phủ toàn bộ 177 xã, phường, thị trấn 1.452 thôn, bản, khu phố với sự tham gia của hơn 11.000 thành viên, nòng cốt là lực lượng thanh niên…',
    );
    expect(of(a, 'body').at(-1)).toMatch(
      /góp phần tích cực vào sự nghiệp phát triển, đổi mới của tỉnh Quảng Ninh\.$/,
    );
  });
});

describe('seed 004 (Báo Điện Biên Phủ, no headline)', () => {
  const a = seed('004_3efc173e9c33baf7');

  it('has its metadata', () => {
    expect(a.publisher).toBe('Báo Điện Biên Phủ');
    expect(a.publisherProvince).toBe('Điện Biên');
    expect(a.date).toBe('2023-12-29');
    expect(a.year).toBe(2023);
    expect(a.place).toBeUndefined();
  });

  it('makes a title from the lead, at most 120 characters, and keeps the whole clause as its headline', () => {
    expect(a.title).toBe(
      'Chiều nay (29/12), dưới sự chủ trì của đồng chí Mùa A Sơn, Phó Bí thư Thường trực, Thường trực Tỉnh ủy tổ chức Hội nghị…',
    );
    expect(a.sentences[0]?.text).toBe(
      'Chiều nay (29/12), dưới sự chủ trì của đồng chí Mùa A Sơn, Phó Bí thư Thường trực, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban Khối cơ quan MTTQ và các đoàn thể chính trị - xã hội tỉnh, đánh giá kết quả hoạt động năm 2023',
    );
  });

  it('has the right lead and body', () => {
    expect(of(a, 'lead')).toEqual([
      'Chiều nay (29/12), dưới sự chủ trì của đồng chí Mùa A Sơn, Phó Bí thư Thường trực, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban Khối cơ quan MTTQ và các đoàn thể chính trị - xã hội tỉnh, đánh giá kết quả hoạt động năm 2023; triển khai nhiệm vụ trọng tâm năm 2024.',
    ]);
    expect(of(a, 'body')[0]).toBe(
      'Dự hội nghị có các đồng chí: Lò Văn Phương, Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh; Lò Văn Tiến, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo một số ban, ngành tỉnh.',
    );
    expect(of(a, 'body').at(-1)).toMatch(
      /^Hội Nông dân tỉnh tập trung xây dựng các đề án .*Quỹ Hỗ trợ nông dân…$/,
    );
    expect(allText(a)).not.toMatch(/^ĐBP/m);
  });
});
