/**
 * Documents are named by their codes and asked for by "số mấy"; what a document, a meeting or the
 * opinions raised are about is read after "về" or "xoay quanh các vấn đề về". Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { withArticles } from './engine.ts';

const DIRECTIVE = `Sơ kết 2 năm thực hiện Chỉ thị 08-CT/TU về vận động hỗ trợ sinh kế cho hộ nghèo
Sáng 3/9, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh Hà Nam tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ thị số 08-CT/TU ngày 5/6/2023 của Ban Thường vụ Tỉnh ủy về "Tăng cường công tác vận động hỗ trợ sinh kế cho hộ nghèo".
Sau 2 năm, toàn tỉnh đã hỗ trợ sinh kế cho 1.240 hộ nghèo.`;

const OTHER = `Cụm thi đua các tỉnh đồng bằng sông Hồng ký kết giao ước thi đua
Cụm thi đua gồm các tỉnh: Hà Nam, Nam Định, Thái Bình, Ninh Bình và Hưng Yên.`;

const PLAN = `Lạng Sơn: Ban hành kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025
Ngày 10/9/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn ban hành Kế hoạch số 31/KH-MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025.`;

const MEETING = `Phường 3 tổ chức Hội nghị nhân dân tháng 5
Chiều 20/5/2023, Ủy ban MTTQ Việt Nam Phường 3 tổ chức Hội nghị nhân dân tháng 5 năm 2023.
Tại hội nghị có 5 ý kiến xoay quanh các vấn đề về thu gom rác thải, chiếu sáng hẻm và an ninh trật tự trên địa bàn phường.`;

const FESTIVAL = `Rộn ràng Ngày hội Đại đoàn kết ở thôn Nà Lẹng
Sáng 12/11, khu dân cư thôn Nà Lẹng, xã Quang Hán tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.
Dịp này, Ủy ban MTTQ tỉnh Cao Bằng trao tặng khu dân cư 1 bộ loa di động trị giá 12 triệu đồng; Ủy ban MTTQ huyện tặng 15 suất quà cho các hộ khó khăn.`;

const APPEAL = `Đầm Dơi vận động ủng hộ ngư dân Cà Mau và đồng bào miền Trung bị lũ lụt
Chiều ngày 20/10/2020, Ủy ban MTTQ Việt Nam huyện Đầm Dơi phát động ủng hộ ngư dân Cà Mau bị thiệt hại do triều cường và đồng bào miền Trung bị lũ lụt.
Tại lễ phát động, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tôn Nữ Thu Hà kêu gọi các cơ quan, doanh nghiệp hãy ủng hộ.`;

const engine = withArticles({
  'dam-doi.txt': APPEAL,
  'na-leng.txt': FESTIVAL,
  'chi-thi.txt': DIRECTIVE,
  'cum.txt': OTHER,
  'ke-hoach.txt': PLAN,
  'phuong-3.txt': MEETING,
});

describe('documents and topics', () => {
  it('"ủng hộ những ai" is answered by the receivers written after the verb, not the one who calls', () => {
    const a = engine().ask('Tháng 10/2020 Đầm Dơi phát động ủng hộ những ai?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/ngư dân Cà Mau/);
    expect(a.text).toMatch(/đồng bào miền Trung/);
    expect(a.text).not.toMatch(/Tôn Nữ Thu Hà/);
  });

  it('"tặng gì" / "what did … give" is answered by the object handed over, not its value or the title', () => {
    for (const q of [
      'Ủy ban MTTQ tỉnh Cao Bằng tặng khu dân cư thôn Nà Lẹng món quà gì?',
      'What did the Cao Bang provincial Front give the Na Leng residential area at its solidarity festival?',
    ]) {
      const a = engine().ask(q);
      expect(a.found, q).toBe(true);
      expect(a.text).toMatch(/^1 bộ loa di động/);
    }
  });

  it('"… về vấn đề gì" after a document code reads the topic written after "về", in the article that writes the code', () => {
    const a = engine().ask('Chỉ thị 08-CT/TU tỉnh Hà Nam về vấn đề gì?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/sinh kế cho hộ nghèo/);
    expect(a.text).not.toMatch(/Nam Định/);
  });

  it('"Kế hoạch … số mấy" asks for the code, not a count', () => {
    const a = engine().ask('Kế hoạch tổ chức Ngày hội Đại đoàn kết 2025 của Mặt trận Lạng Sơn số mấy?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/31\/KH-MTTQ-BTT/);
  });

  it('"xoay quanh các vấn đề về" opens the topics raised ("thu gom" is no "gồm")', () => {
    const a = engine().ask('Ý kiến hội nghị nhân dân Phường 3 tháng 5/2023 về vấn đề gì?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^thu gom rác thải, chiếu sáng hẻm/);
  });
});
