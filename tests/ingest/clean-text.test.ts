import { describe, expect, it } from 'vitest';
import { CAPTION_MARK, cleanText, parseTimestampLine, splitDateline } from '../../src/ingest/clean-text.ts';

const reasons = (raw: string, title?: string) =>
  Object.fromEntries(cleanText(raw, { title }).dropped.map((d) => [d.text, d.reason]));

describe('cleanText', () => {
  it('drops everything from a noise marker glued to the next article', () => {
    const c = cleanText(`Hội nghị giao ban Khối thi đua năm 2023

ĐBP - Sáng 5/12, tại thành phố Điện Biên Phủ, Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban khối thi đua năm 2023.

Hội nghị đã đánh giá kết quả hoạt động của khối thi đua trong năm 2023 và đề ra phương hướng nhiệm vụ năm 2024.

Đọc thêmĐBP - Chiều 6/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết năm 2023.
Hội nghị đã biểu dương 20 tập thể.`);
    expect(c.title).toBe('Hội nghị giao ban Khối thi đua năm 2023');
    expect(c.dateline).toBe('ĐBP');
    expect(c.paragraphs).toEqual([
      'Sáng 5/12, tại thành phố Điện Biên Phủ, Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban khối thi đua năm 2023.',
      'Hội nghị đã đánh giá kết quả hoạt động của khối thi đua trong năm 2023 và đề ra phương hướng nhiệm vụ năm 2024.',
    ]);
    const f =
      cleanText(`Ngày 15/12, Ủy ban MTTQ tỉnh Cà Mau tổ chức hội nghị tổng kết công tác năm 2023 với nhiều nội dung.

File đính kèmNgày 15/12 Ủy ban nhân dân tỉnh họp bàn kế hoạch phát triển kinh tế năm 2024.`);
    expect(f.paragraphs).toHaveLength(1);
    expect(f.dropped.map((d) => d.reason)).toEqual(['trailer']);
  });

  it('drops a run of other articles’ headlines between the lead and the body', () => {
    const c = cleanText(`Lễ bàn giao nhà Đại đoàn kết tại huyện Ninh Phước

Ngày 30/12, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức Lễ bàn giao 104 căn nhà Đại đoàn kết cho hộ nghèo.

Chủ tịch nước dự Ngày hội Đại đoàn kết toàn dân tộc tại Hà Nội

Thủ tướng chủ trì hội nghị trực tuyến về phòng chống thiên tai

Mỗi căn nhà được hỗ trợ 50 triệu đồng từ nguồn Quỹ Vì người nghèo huyện, với tổng kinh phí 5,2 tỷ đồng.`);
    expect(c.paragraphs).toHaveLength(2);
    expect(c.captions).toEqual([]);
    expect(c.dropped.filter((d) => d.reason === 'headline-list')).toHaveLength(2);
  });

  it('drops a lone headline that shares nothing with the article, but keeps a caption on topic', () => {
    const off = cleanText(`Bàn giao nhà Đại đoàn kết cho hộ nghèo

Ngày 30/12, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức Lễ bàn giao 104 căn nhà Đại đoàn kết cho hộ nghèo trên địa bàn huyện.

Bộ Y tế hướng dẫn phòng chống dịch sốt xuất huyết trong mùa mưa bão năm nay

Mỗi căn nhà được hỗ trợ 50 triệu đồng từ nguồn Quỹ Vì người nghèo huyện, với tổng kinh phí 5,2 tỷ đồng.`);
    expect(off.dropped.map((d) => d.reason)).toEqual(['headline-list']);
    const on = cleanText(`Bàn giao nhà Đại đoàn kết cho hộ nghèo

Ngày 30/12, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức Lễ bàn giao 104 căn nhà Đại đoàn kết cho hộ nghèo trên địa bàn huyện.

Lãnh đạo Ủy ban MTTQ Việt Nam huyện Ninh Phước bàn giao nhà Đại đoàn kết cho hộ nghèo

Mỗi căn nhà được hỗ trợ 50 triệu đồng từ nguồn Quỹ Vì người nghèo huyện, với tổng kinh phí 5,2 tỷ đồng.`);
    expect(on.captions).toEqual([
      'Lãnh đạo Ủy ban MTTQ Việt Nam huyện Ninh Phước bàn giao nhà Đại đoàn kết cho hộ nghèo',
    ]);
  });

  it('drops UI strings, share bars and navigation runs', () => {
    const r = reasons(
      `Thời sự
Pháp luật
Xã hội
Tiêu đề bài viết về hội nghị tổng kết
A A
Chia sẻ Facebook Zalo In bài
Ngày 15/12, tại Cà Mau, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác năm 2023 với nhiều nội dung quan trọng.
Theo TTXVN`,
      'Tiêu đề bài viết về hội nghị tổng kết',
    );
    expect(r).toEqual({
      'Thời sự': 'ui',
      'Pháp luật': 'ui',
      'Xã hội': 'ui',
      'A A': 'ui',
      'Chia sẻ Facebook Zalo In bài': 'ui',
      'Theo TTXVN': 'byline',
    });
  });

  it('recognises bylines', () => {
    const c =
      cleanText(`Ngày 4/11, Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi bàn giao 100 ngôi nhà đại đoàn kết cho hộ nghèo.
Phương Thanh
LÂM NGUYÊN
V.M.
Bài: Đinh Tuyên, ảnh Ngọc Dũng
Tin, ảnh: Minh Nguyên
CTV Lâm Hiền – Thành Trung`);
    expect(c.paragraphs).toHaveLength(1);
    expect(c.dropped.every((d) => d.reason === 'byline')).toBe(true);
    expect(c.dropped).toHaveLength(6);
  });

  it('keeps captions apart and strips photo credits', () => {
    const c =
      cleanText(`Sáng 12-2, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị hiệp thương lần thứ 3 với nhiều nội dung quan trọng.

Quang cảnh hội nghị. Ảnh: N.H

Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tặng quà cựu chiến binh. (Ảnh: PV/Vietnam+)

${CAPTION_MARK}Đại biểu dự hội nghị

HOI NGHI HIEP THUONG LAN THU BA

Các đại biểu đã thảo luận và biểu quyết thống nhất giới thiệu 138 người đủ tiêu chuẩn ứng cử.`);
    expect(c.captions).toEqual([
      'Quang cảnh hội nghị.',
      'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tặng quà cựu chiến binh.',
      'Đại biểu dự hội nghị',
      'HOI NGHI HIEP THUONG LAN THU BA',
    ]);
    expect(c.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'caption',
      'caption',
      'caption',
      'caption',
      'paragraph',
    ]);
  });

  it('joins a caption broken over two lines', () => {
    const c =
      cleanText(`Ngày 4/11, Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi bàn giao 100 ngôi nhà đại đoàn kết cho hộ nghèo.

Quang Ngai: Ban giao nha dai doan ket - Anh 1

Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi
bàn giao nhà đại đoàn kết cho hộ nghèo.

Mỗi ngôi nhà trị giá 50 triệu đồng, tổng kinh phí 5 tỷ đồng.`);
    expect(c.captions).toEqual([
      'Quang Ngai: Ban giao nha dai doan ket',
      'Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi bàn giao nhà đại đoàn kết cho hộ nghèo.',
    ]);
  });

  it('joins text hard-wrapped at a fixed width, whatever letter a wrapped line starts with', () => {
    const c = cleanText(`Khối thi đua 5 tổng kết năm 2023

Tại hội nghị, các đơn vị trong khối đã thảo luận, bình xét suy tôn các đơn vị đạt
thành tích xuất sắc và thống nhất bầu khối trưởng và khối phó khối thi đua số 5 năm
2024 là Ủy ban MTTQ Việt Nam huyện Hòa Vang (Khối trưởng) và Ủy ban MTTQ Việt
Nam huyện Hòa Bắc (Khối phó).
Kết thúc hội nghị, các đơn vị đã ký kết giao ước thi đua năm 2024.`);
    expect(c.paragraphs).toEqual([
      'Tại hội nghị, các đơn vị trong khối đã thảo luận, bình xét suy tôn các đơn vị đạt thành tích xuất sắc và thống nhất bầu khối trưởng và khối phó khối thi đua số 5 năm 2024 là Ủy ban MTTQ Việt Nam huyện Hòa Vang (Khối trưởng) và Ủy ban MTTQ Việt Nam huyện Hòa Bắc (Khối phó).',
      'Kết thúc hội nghị, các đơn vị đã ký kết giao ước thi đua năm 2024.',
    ]);
  });

  it('keeps a headline apart from the paragraph that follows it without a blank line', () => {
    const c =
      cleanText(`Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà Tết cho hộ nghèo tại xã Hòa Phú (huyện Hòa Vang)
Đoàn đã đến thăm và tặng 40 suất quà cho các hộ nghèo; mỗi suất trị giá 500 nghìn đồng.
Ông Nguyễn Văn An, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh gửi lời chúc mừng năm mới đến cán bộ và nhân dân trong xã.`);
    expect(c.title).toBe(
      'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà Tết cho hộ nghèo tại xã Hòa Phú (huyện Hòa Vang)',
    );
    expect(c.paragraphs[0]).toMatch(/^Đoàn đã đến thăm/);
  });

  it('finds the headline after page noise when the title is known', () => {
    const c = cleanText(
      `Tiếng Việt | English

10/12/2021 - 17:18

Mặt trận tỉnh Long An được đề nghị tặng cờ thi đua

Ngày 10/12, Hội nghị tổng kết công tác mặt trận được tổ chức theo hình thức trực tuyến.`,
      { title: 'Mặt trận tỉnh Long An được đề nghị tặng cờ thi đua' },
    );
    expect(c.title).toBe('Mặt trận tỉnh Long An được đề nghị tặng cờ thi đua');
    expect(c.timestamps).toEqual([{ text: '10/12/2021 - 17:18', iso: '2021-12-10' }]);
    expect(c.paragraphs).toEqual([
      'Ngày 10/12, Hội nghị tổng kết công tác mặt trận được tổ chức theo hình thức trực tuyến.',
    ]);
  });
});

describe('parseTimestampLine', () => {
  it('reads the timestamp formats of news pages', () => {
    expect(parseTimestampLine('12:41 01/12/2023')).toBe('2023-12-01');
    expect(parseTimestampLine('02/11/2022 - 02:55 PM')).toBe('2022-11-02');
    expect(parseTimestampLine('07:00:54 09/10/2019 | Các cuộc vận động')).toBe('2019-10-09');
    expect(parseTimestampLine('Thứ Sáu, 01/12/2023 12:41 (GMT+7)')).toBe('2023-12-01');
    expect(parseTimestampLine('Cập nhật: 10/12/2021 - 17:18')).toBe('2021-12-10');
    expect(parseTimestampLine('25/5/2023')).toBe('2023-05-25');
  });

  it('rejects sentences that merely contain a date', () => {
    expect(parseTimestampLine('Ngày 25/5/2023, Ban Bí thư ban hành Chỉ thị 22-CT/TW.')).toBeUndefined();
    expect(parseTimestampLine('0:00 / 0:00')).toBeUndefined();
  });
});

describe('splitDateline', () => {
  it('splits the marks news agencies open a lead with', () => {
    expect(splitDateline('(Mặt trận) - Chiều ngày 11/12, tại tỉnh Điện Biên')).toEqual([
      'Mặt trận',
      'Chiều ngày 11/12, tại tỉnh Điện Biên',
    ]);
    expect(splitDateline('(TTXVN) Ngày 15/12, tại thành phố Bạc Liêu')).toEqual([
      'TTXVN',
      'Ngày 15/12, tại thành phố Bạc Liêu',
    ]);
    expect(splitDateline('(GLO)- Sáng 12-2, tại Trung tâm Hội nghị')).toEqual([
      'GLO',
      'Sáng 12-2, tại Trung tâm Hội nghị',
    ]);
    expect(splitDateline('(kontumtv.vn) – Sáng 11/12, Phó Chủ tịch')).toEqual([
      'kontumtv.vn',
      'Sáng 11/12, Phó Chủ tịch',
    ]);
    expect(splitDateline('ĐBP - Chiều nay (29/12), dưới sự chủ trì')).toEqual([
      'ĐBP',
      'Chiều nay (29/12), dưới sự chủ trì',
    ]);
  });

  it('leaves other openings alone', () => {
    expect(splitDateline('(Ảnh minh họa, nguồn: internet) Ngày 15/12')).toBeUndefined();
    expect(splitDateline('Ngày 15/12 - tại thành phố Bạc Liêu')).toBeUndefined();
    expect(splitDateline('MTTQ Việt Nam ban hành Kế hoạch số 96/KH-MTTW-BTT')).toBeUndefined();
  });
});
