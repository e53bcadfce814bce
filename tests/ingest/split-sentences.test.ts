import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/split-sentences.ts';

describe('splitSentences', () => {
  it('splits on end marks followed by a capital', () => {
    expect(
      splitSentences(
        'Chiều ngày 11/12, tại tỉnh Điện Biên, Uỷ ban Trung ương MTTQ Việt Nam tổ chức Hội nghị. Ông Hoàng Công Thủy dự và phát biểu tại Hội nghị.',
      ),
    ).toEqual([
      'Chiều ngày 11/12, tại tỉnh Điện Biên, Uỷ ban Trung ương MTTQ Việt Nam tổ chức Hội nghị.',
      'Ông Hoàng Công Thủy dự và phát biểu tại Hội nghị.',
    ]);
  });

  it('does not split after Vietnamese abbreviations and titles', () => {
    expect(splitSentences('Hội nghị diễn ra tại TP. Hạ Long. Ông A phát biểu.')).toEqual([
      'Hội nghị diễn ra tại TP. Hạ Long.',
      'Ông A phát biểu.',
    ]);
    expect(
      splitSentences(
        'Dự có TS. Nguyễn Văn A, ThS. Trần Thị B, PGS. Lê C, GS. Phạm D và Th.S. Hồ Văn Em. Hội nghị bế mạc.',
      ),
    ).toEqual([
      'Dự có TS. Nguyễn Văn A, ThS. Trần Thị B, PGS. Lê C, GS. Phạm D và Th.S. Hồ Văn Em.',
      'Hội nghị bế mạc.',
    ]);
    expect(splitSentences('Đoàn đến St. Petersburg. Tại TP.HCM, hội nghị tiếp tục.')).toEqual([
      'Đoàn đến St. Petersburg.',
      'Tại TP.HCM, hội nghị tiếp tục.',
    ]);
  });

  it('keeps numbers, dates and codes whole', () => {
    expect(
      splitSentences(
        'Theo Chỉ thị 22-CT/TW ngày 25/5/2023, các tỉnh xây mới được 6.690 nhà, tăng trưởng đạt 9,6%. Tổng số tiền là 1.209,24 tỷ đồng. Kế hoạch số 96/KH-MTTW-BTT được ban hành.',
      ),
    ).toEqual([
      'Theo Chỉ thị 22-CT/TW ngày 25/5/2023, các tỉnh xây mới được 6.690 nhà, tăng trưởng đạt 9,6%.',
      'Tổng số tiền là 1.209,24 tỷ đồng.',
      'Kế hoạch số 96/KH-MTTW-BTT được ban hành.',
    ]);
  });

  it('lets a sentence end with an ellipsis, but not an ellipsis inside a sentence', () => {
    expect(
      splitSentences('Việc triển khai còn chưa thực sự hiệu quả... Bà Ánh đề nghị các tỉnh cố gắng hơn.'),
    ).toEqual(['Việc triển khai còn chưa thực sự hiệu quả...', 'Bà Ánh đề nghị các tỉnh cố gắng hơn.']);
    expect(splitSentences('Nòng cốt là lực lượng thanh niên… Qua đó, đã góp phần quan trọng.')).toEqual([
      'Nòng cốt là lực lượng thanh niên…',
      'Qua đó, đã góp phần quan trọng.',
    ]);
    expect(splitSentences('xây dựng Quỹ “Vì người nghèo”,... góp phần đảm bảo an sinh xã hội.')).toHaveLength(
      1,
    );
  });

  it('treats "./." as an end mark', () => {
    expect(
      splitSentences('Tỉnh Cà Mau tiếp nhận nhiệm vụ Cụm trưởng năm 2023./. Tin cùng chuyên mục'),
    ).toEqual(['Tỉnh Cà Mau tiếp nhận nhiệm vụ Cụm trưởng năm 2023./.', 'Tin cùng chuyên mục']);
  });

  it('does not split inside a quotation unless the quotation ends the sentence', () => {
    expect(
      splitSentences(
        '"MTTQ các tỉnh cần tập trung rà soát. Quyết tâm không để ai thiếu ăn", Phó Chủ tịch Hoàng Công Thủy nhấn mạnh. Hội nghị bế mạc.',
      ),
    ).toEqual([
      '"MTTQ các tỉnh cần tập trung rà soát. Quyết tâm không để ai thiếu ăn", Phó Chủ tịch Hoàng Công Thủy nhấn mạnh.',
      'Hội nghị bế mạc.',
    ]);
    expect(
      splitSentences('Ông kết luận: “Cán bộ Mặt trận phải là tai, là mắt của nhân dân.” Hội nghị bế mạc.'),
    ).toEqual(['Ông kết luận: “Cán bộ Mặt trận phải là tai, là mắt của nhân dân.”', 'Hội nghị bế mạc.']);
    // a straight opening quote closed by a curly one, as seed 000 writes it
    expect(
      splitSentences(
        'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” đã được triển khai hiệu quả. Trong đó, MTTQ tỉnh Điện Biên đã huy động nhân dân.',
      ),
    ).toHaveLength(2);
  });

  it('keeps a long enumeration separated by semicolons as one sentence', () => {
    const s =
      'MTTQ các cấp đã chủ trì giám sát được 2.171 cuộc như giám sát việc thực hiện Chương trình mục tiêu Quốc gia giai đoạn 2021 - 2030; việc huy động, quản lý và sử dụng các nguồn lực phục vụ công tác phòng, chống dịch Covid-19; việc thực hiện chính sách, pháp luật về y tế cơ sở, y tế dự phòng,...';
    expect(splitSentences(s)).toEqual([s]);
  });

  it('splits on line breaks', () => {
    expect(
      splitSentences('Quang cảnh Hội nghị\nCùng dự có đại diện lãnh đạo 7 tỉnh. Hội nghị bắt đầu.'),
    ).toEqual(['Quang cảnh Hội nghị', 'Cùng dự có đại diện lãnh đạo 7 tỉnh.', 'Hội nghị bắt đầu.']);
  });

  it('does not split after initials', () => {
    expect(splitSentences('Ông V.M. Hùng dự hội nghị. Kết thúc.')).toEqual([
      'Ông V.M. Hùng dự hội nghị.',
      'Kết thúc.',
    ]);
  });

  it('splits a Roman numeral ending a sentence', () => {
    expect(
      splitSentences('Đại hội đại biểu toàn quốc lần thứ X. Sáng suốt lựa chọn người có trí tuệ.'),
    ).toEqual(['Đại hội đại biểu toàn quốc lần thứ X.', 'Sáng suốt lựa chọn người có trí tuệ.']);
  });

  it('does not split inside parentheses', () => {
    expect(
      splitSentences('Tặng quà cựu chiến binh (Ảnh: PV/Vietnam+. Nguồn khác). Hội nghị tiếp tục.'),
    ).toEqual(['Tặng quà cựu chiến binh (Ảnh: PV/Vietnam+. Nguồn khác).', 'Hội nghị tiếp tục.']);
  });
});
