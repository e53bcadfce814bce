import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean-text.ts';
import {
  headlineFromLead,
  inferEventDate,
  inferMetadata,
  inferPlace,
  inferYear,
  MAX_MADE_TITLE,
  publisherOfMark,
  publisherOfUrl,
} from '../../src/ingest/infer-metadata.ts';

describe('publisher marks', () => {
  it('maps dateline marks to outlets and their provinces', () => {
    expect(publisherOfMark('TTXVN')?.publisher).toBe('TTXVN');
    expect(publisherOfMark('PLVN')?.publisher).toBe('Báo Pháp luật Việt Nam');
    expect(publisherOfMark('Mặt trận')?.publisher).toMatch(/Mặt trận/);
    expect(publisherOfMark('ĐBP')).toMatchObject({ publisher: 'Báo Điện Biên Phủ', province: 'Điện Biên' });
    expect(publisherOfMark('GLO')).toMatchObject({ publisher: 'Báo Gia Lai', province: 'Gia Lai' });
    expect(publisherOfMark('kontumtv.vn')?.province).toBe('Kon Tum');
    expect(publisherOfMark('XYZ')).toBeUndefined();
  });

  it('maps URLs to outlets', () => {
    expect(publisherOfUrl('https://baogialai.com.vn/chot-danh-sach-post579954.html')?.publisher).toBe(
      'Báo Gia Lai',
    );
    expect(publisherOfUrl('http://m.daidoanket.vn/cac-cuoc-van-dong/tintuc449350')?.publisher).toBe(
      'Báo Đại Đoàn Kết',
    );
    expect(publisherOfUrl('not a url')).toBeUndefined();
  });
});

describe('inferPlace', () => {
  it('reads the place of the event from the lead, without "tại"', () => {
    expect(
      inferPlace(['Chiều ngày 11/12, tại tỉnh Điện Biên, Uỷ ban Trung ương MTTQ Việt Nam tổ chức Hội nghị.']),
    ).toBe('tỉnh Điện Biên');
    expect(
      inferPlace(['Ngày 23/5, tại TP Hạ Long, Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh tổ chức hội nghị.']),
    ).toBe('TP Hạ Long');
    expect(inferPlace(['Ngày 15/12, tại thành phố Bạc Liêu, Ủy ban Trung ương MTTQ tổ chức hội nghị.'])).toBe(
      'thành phố Bạc Liêu',
    );
    expect(
      inferPlace([
        'Sáng 12-2, tại Trung tâm Hội nghị tỉnh Gia Lai, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị.',
      ]),
    ).toBe('Trung tâm Hội nghị tỉnh Gia Lai');
    expect(inferPlace(['Ngày 5/3, tại TP. Hồ Chí Minh, Ủy ban MTTQ thành phố tổ chức hội nghị.'])).toBe(
      'TP. Hồ Chí Minh',
    );
  });

  it('reads a sentence saying where the meeting was held', () => {
    expect(
      inferPlace([
        'Ngày 1/12, Cụm thi đua tổ chức hội nghị tổng kết hoạt động năm 2023.',
        'Hội nghị được tổ chức tại Phú Thọ là diễn đàn để cán bộ Mặt trận các cấp giao lưu.',
      ]),
    ).toBe('Phú Thọ');
  });

  it('follows an administrative chain and ignores what is no place', () => {
    expect(inferPlace(['Cụm thi đua đã tặng quà tại thôn Nà Hai, xã Quảng Khê, huyện Ba Bể.'])).toBe(
      'thôn Nà Hai, xã Quảng Khê, huyện Ba Bể',
    );
    expect(inferPlace(['Ông Hoàng Công Thủy dự và phát biểu tại Hội nghị.'])).toBeUndefined();
    expect(
      inferPlace(['Ủy ban MTTQ huyện tổ chức đánh giá thi đua tại 3 cụm thi đua số 1,2 và 3.']),
    ).toBeUndefined();
    expect(inferPlace(['Hiện tại, các tỉnh đang triển khai nhiều mô hình tại địa phương.'])).toBeUndefined();
  });
});

describe('year and date', () => {
  it('takes the year of the title', () => {
    expect(inferYear('Hội nghị tổng kết Cụm thi đua năm 2023', [])).toBe(2023);
    expect(inferYear('Tổng kết các phong trào thi đua giai đoạn 2019-2024', [])).toBe(2024);
    expect(inferYear('Hiệp thương giới thiệu người ứng cử nhiệm kỳ 2026-2031', [])).toBe(2026);
  });

  it('else the most frequent year, a December meeting tipping a tie to the earlier year', () => {
    expect(
      inferYear(undefined, ['Hội nghị giao ban.', 'Năm 2022, kinh tế tăng 9,6%.', 'Năm 2022 và năm 2023.']),
    ).toBe(2022);
    expect(inferYear(undefined, ['Đánh giá kết quả năm 2023; triển khai nhiệm vụ năm 2024.'], 12)).toBe(2023);
    expect(inferYear(undefined, ['Không có năm nào.'])).toBeUndefined();
  });

  it('finds the event date, skipping the dates of documents', () => {
    const d = inferEventDate(
      [
        'Thực hiện Hướng dẫn số 62/HD-MT ngày 23/2/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam.',
        'Sáng ngày 25/02/2013, tại Ủy ban MTTQ Việt Nam thành phố Pleiku, Cụm thi đua số 01 tổ chức hội nghị.',
      ],
      2013,
    );
    expect(d).toMatchObject({ iso: '2013-02-25', paragraph: 1 });
    expect(inferEventDate(['Chiều ngày 11/12, tại tỉnh Điện Biên, Hội nghị diễn ra.'], 2023)?.iso).toBe(
      '2023-12-11',
    );
    expect(inferEventDate(['Chiều nay (29/12), Hội nghị giao ban diễn ra.'], 2023)?.iso).toBe('2023-12-29');
  });

  it('an anniversary span is no event date, whatever joins its two dates', () => {
    for (const span of [
      '(18/11/1930 - 18/11/2020)',
      '(18-11-1930*18-11-2019)',
      '(18/11/1930 – 18/11/2020)',
    ]) {
      const d = inferEventDate([
        `Nhân kỷ niệm 90 năm ngày truyền thống MTTQ Việt Nam ${span}, phường tổ chức Ngày hội.`,
      ]);
      expect(d?.written).not.toBe(1930);
    }
  });

  it('prefers the sidecar date, then a timestamp line, then the event date', () => {
    const raw =
      'Tiêu đề bài viết năm 2023\n\n12:41 01/12/2023\nNgày 30/11, hội nghị tổng kết diễn ra tại tỉnh Phú Thọ với nhiều nội dung.';
    const cleaned = cleanText(raw);
    expect(inferMetadata({ cleaned }).date).toBe('2023-12-01');
    expect(inferMetadata({ cleaned, meta: { date: '2023-12-02' } }).date).toBe('2023-12-02');
    const noStamp = cleanText(
      'Tiêu đề bài viết năm 2023\n\nNgày 30/11, hội nghị tổng kết diễn ra với nhiều nội dung quan trọng.',
    );
    expect(inferMetadata({ cleaned: noStamp })).toMatchObject({ date: '2023-11-30', year: 2023 });
  });
});

describe('title and publisher precedence', () => {
  const cleaned = cleanText(
    '(TTXVN) Ngày 15/12, tại thành phố Bạc Liêu, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị giao ban.',
  );

  it('the sidecar wins, then the page, then the text', () => {
    expect(inferMetadata({ cleaned }).publisher).toBe('TTXVN');
    expect(inferMetadata({ cleaned, page: { publisher: 'Báo Tin tức' } }).publisher).toBe('Báo Tin tức');
    expect(
      inferMetadata({ cleaned, meta: { publisher: 'Báo Bạc Liêu' }, page: { publisher: 'Báo Tin tức' } }),
    ).toMatchObject({
      publisher: 'Báo Bạc Liêu',
      publisherProvince: 'Bạc Liêu',
    });
    expect(
      inferMetadata({ cleaned, meta: { title: 'Tiêu đề từ sidecar' }, page: { title: 'Tiêu đề trang' } })
        .title,
    ).toBe('Tiêu đề từ sidecar');
    expect(inferMetadata({ cleaned, page: { title: 'Tiêu đề trang' } }).title).toBe('Tiêu đề trang');
    expect(inferMetadata({ cleaned }).title).toBe(
      'Ngày 15/12, tại thành phố Bạc Liêu, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị giao ban.',
    );
  });

  it('cuts a long headline made from the lead at its first clause', () => {
    const lead = `Chiều nay (29/12), Thường trực Tỉnh ủy tổ chức Hội nghị giao ban Khối cơ quan MTTQ và các đoàn thể chính trị - xã hội tỉnh, đánh giá kết quả hoạt động năm 2023 của các cơ quan, đơn vị; triển khai nhiệm vụ trọng tâm năm 2024.`;
    expect(headlineFromLead(lead)).toBe(lead.slice(0, lead.indexOf(';')));
  });

  it('with no title line, the title is the first sentence cut at a word boundary to at most 120 characters', () => {
    const lead =
      'Ngày 5/12/2025, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 ' +
      'tại thành phố Buôn Ma Thuột với sự tham dự của đại biểu các tỉnh. Hội nghị đã suy tôn tỉnh Đắk Lắk.';
    const info = inferMetadata({ cleaned: cleanText(lead) });
    expect(info.title).toBe(
      'Ngày 5/12/2025, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 tại thành phố Buôn…',
    );
    expect(Array.from(info.title).length).toBeLessThanOrEqual(MAX_MADE_TITLE);
    // the headline (sentence 0, what citations quote) keeps the whole sentence
    expect(info.headline).toBe(lead.slice(0, lead.indexOf(' Hội nghị')));
    const short = 'Ngày 5/12, Cụm thi đua tổ chức hội nghị. Hội nghị đã suy tôn tỉnh Đắk Lắk.';
    expect(inferMetadata({ cleaned: cleanText(short) }).title).toBe(
      'Ngày 5/12, Cụm thi đua tổ chức hội nghị.',
    );
  });
});
