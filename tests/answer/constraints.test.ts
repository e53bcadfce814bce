/**
 * Every constraint a question names must hold for its answer: a year is not a period, a province is
 * not the cluster it belongs to, a district is not "9 huyện", a term (khóa) is written with its
 * holder, and a name of another kind of thing does not answer "mô hình gì". Invented articles in the
 * style of the provincial Front sites.
 */
import { describe, expect, it } from 'vitest';
import { withArticles } from './engine.ts';

const PERIOD = `Tây Sơn Hạ: 4 năm vận động Quỹ "Vì người nghèo" được hơn 80 tỷ đồng
Sáng 15/10/2024, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức Lễ phát động "Tháng cao điểm vì người nghèo" năm 2024.
Theo báo cáo, giai đoạn 2021-2024, Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận tổng cộng 81,4 tỷ đồng.
Riêng năm 2022, Quỹ tiếp nhận 19,6 tỷ đồng.
Năm 2024, nhân dân trong tỉnh đã hiến 12.500 m2 đất để làm đường giao thông nông thôn.`;

const CLUSTER = `Tổng kết Cụm thi đua MTTQ các tỉnh Duyên hải Nam Trung Bộ năm 2024
Chiều 10/12, tại TP Quy Nhơn, Ủy ban MTTQ Việt Nam tỉnh Bình Định - đơn vị Cụm trưởng năm 2024 - tổ chức hội nghị tổng kết.
Cụm gồm 5 tỉnh: Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận và Bình Thuận.
Năm 2024, MTTQ các tỉnh trong Cụm đã hỗ trợ xây mới, sửa chữa 2.917 nhà Đại đoàn kết, trong đó riêng tỉnh Bình Định là 804 nhà.`;

const RELIEF = `Gia Lai phân bổ đợt 2 hơn 40 tỷ đồng khắc phục hậu quả mưa lũ
Chiều 21/9/2024, Ban Vận động cứu trợ tỉnh Gia Lai tổ chức hội nghị phân bổ đợt 2 nguồn kinh phí ủng hộ.
Hội nghị thống nhất phân bổ đợt 2 tổng số tiền 41,5 tỷ đồng cho 12 huyện, thị xã, thành phố.
Trong đó, huyện Chư Sê được phân bổ 6 tỷ đồng; các huyện Kông Chro và Ia Pa mỗi huyện 1,5 tỷ đồng.
Số tiền trên được ưu tiên hỗ trợ các hộ có nhà bị sập, trôi hoàn toàn.`;

const CONGRESS = `Đại hội đại biểu MTTQ Việt Nam huyện Ia Lốp lần thứ VIII, nhiệm kỳ 2024-2029
Ngày 5/7, Ủy ban MTTQ Việt Nam huyện Ia Lốp tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ VIII.
Đại hội đã hiệp thương cử 51 vị vào Ủy ban MTTQ Việt Nam huyện khóa VIII.
Tại hội nghị lần thứ nhất, ông Lê Văn Khởi được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện.`;

const COMMUNE = `Đại hội điểm MTTQ xã Phú Lâm
Ngày 12/6, Ủy ban MTTQ xã Phú Lâm, huyện Tân Định tổ chức Đại hội đại biểu MTTQ Việt Nam xã.
Về dự Đại hội có ông Đặng Văn Hòa, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Định.
Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Tân Định lần thứ XXI.`;

const MODEL = `Phường Cẩm Bình tưng bừng Ngày hội Đại đoàn kết năm 2023
Sáng 12/11/2023, Ban Công tác Mặt trận khu phố 3 phường Cẩm Bình tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Ngày hội là dịp tổng kết Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, khu phố ký giao ước thi đua năm 2024 và ra mắt mô hình "Khu phố không rác thải nhựa".`;

const HOUSES = `Ea Sup: Bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo
Ngày 9/5, Ủy ban MTTQ Việt Nam huyện Ea Sup tổ chức lễ bàn giao 12 căn nhà Đại đoàn kết tại xã Ia Lốp.
Trong đó, 6 căn do Quỹ "Vì người nghèo" tỉnh hỗ trợ; 4 căn do Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) chi nhánh huyện Ea Sup tài trợ; 2 căn còn lại do Công ty TNHH Cà phê Hòa Thuận tài trợ.`;

const CANDIDATES = `Đắk Nông: Hiệp thương lần thứ hai, lập danh sách sơ bộ người ứng cử
Sáng 14-1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Nông tổ chức hội nghị hiệp thương lần thứ hai.
Hội nghị đã biểu quyết thống nhất lập danh sách sơ bộ 25 người ứng cử đại biểu Quốc hội khóa XVI để bầu 8 đại biểu; 140 người ứng cử đại biểu HĐND tỉnh để bầu 85 đại biểu.`;

const SHARES = `Thái Bình phân bổ đợt 2 hơn 20 tỷ đồng hỗ trợ khắc phục hậu quả bão số 3
Ngày 25/9/2024, Ban Vận động cứu trợ tỉnh Thái Bình ban hành quyết định phân bổ đợt 2 số tiền 20,5 tỷ đồng để hỗ trợ các địa phương khắc phục hậu quả bão số 3.
Cụ thể, thành phố Thái Bình được phân bổ 8 tỷ đồng; huyện Vũ Thư 4,5 tỷ đồng; huyện Kiến Xương 4 tỷ đồng; huyện Tiền Hải 4 tỷ đồng.`;

const TET = `Phường Phước Hải chăm lo Tết cho người nghèo
Dịp này, Ủy ban MTTQ Việt Nam phường Phước Hải tiếp nhận ủng hộ của Công ty CP Phát triển Công viên cây xanh và đô thị Bà Rịa (UPC) 1.000kg gạo, ngân hàng Agribank Chi nhánh Bà Rịa 60 triệu đồng, để chăm lo Tết cho người dân.`;

const LAM_HA = `Lâm Hà: Trao nhà đại đoàn kết cho hộ bà Ka H’Liêng
Ngày 20/11, Ủy ban MTTQ Việt Nam huyện Lâm Hà phối hợp với Công ty Cổ phần Bảo Lộc – Tân Hà trao nhà đại đoàn kết cho bà Ka H’Liêng ở xã Đạ Đờn.
Căn nhà có tổng trị giá 120 triệu đồng, trong đó Công ty Cổ phần Bảo Lộc – Tân Hà hỗ trợ 60 triệu đồng, số tiền còn lại do Ủy ban MTTQ Việt Nam xã Đạ Đờn vận động.
Dịp này, Công ty Cà phê Phúc Sinh – Giám đốc Lê Văn Hùng trao tặng 30 suất quà cho hộ nghèo của xã.`;

const DISTRICT_CLUSTER = `Cụm thi đua số III (Ủy ban MTTQ Việt Nam các huyện tỉnh Bình Phước) tổng kết công tác Mặt trận năm 2023, bầu cụm trưởng năm 2024
Chiều 20/12/2023, Cụm thi đua số III tổ chức hội nghị tổng kết công tác Mặt trận năm 2023.
Hội nghị thống nhất bầu cụm trưởng cụm thi đua số III năm 2024 là Ủy ban MTTQ Việt Nam huyện Bù Đăng.`;

const engine = withArticles({
  'lam-ha.txt': LAM_HA,
  'cum-so-3.txt': DISTRICT_CLUSTER,
  'phuoc-hai.txt': TET,
  'thai-binh.txt': SHARES,
  'dak-nong.txt': CANDIDATES,
  'ea-sup.txt': HOUSES,
  'kon-tum.txt': PERIOD,
  'cum-duyen-hai.txt': CLUSTER,
  'gia-lai.txt': RELIEF,
  'ia-lop.txt': CONGRESS,
  'phu-lam.txt': COMMUNE,
  'cam-binh.txt': MODEL,
});

describe('constraints the answer must satisfy', () => {
  it("a name typed with ' is the name an article writes with ’ (the syllables of a minority name)", () => {
    const a = engine().ask("Công ty nào hỗ trợ 60 triệu làm nhà cho bà Ka H'Liêng?");
    expect(a.found).toBe(true);
    // (a company named after two places, joined by a dash, is named whole)
    expect(a.text).toMatch(/^Công ty Cổ phần Bảo Lộc – Tân Hà/);
  });

  it('"huyện nào làm cụm trưởng" is answered by a district, never by the province of a role read off the title', () => {
    const a = engine().ask('Cụm thi đua số III bầu huyện nào làm cụm trưởng năm 2024?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^huyện Bù Đăng/);
  });

  it("a total broken down by who gave it is the whole house's, though a body named after the commune gave a part", () => {
    const a = engine().ask("Nhà đại đoàn kết của bà Ka H'Liêng ở Đạ Đờn trị giá bao nhiêu?");
    expect(a.text).toMatch(/^120 triệu đồng/);
  });

  it('an event the article never tells of gets no answer from it ("hội nghị hiệp thương" of a house handover)', () => {
    expect(engine().ask('hội nghị hiệp thương lần hai ở Lâm Hà họp ở đâu').found).toBe(false);
    // (a supervision delegation is an event of its own)
    expect(engine().ask('Đoàn giám sát của huyện Lâm Hà giám sát trực tiếp tại những xã nào?').found).toBe(
      false,
    );
  });

  it('a dash that opens a title after a company is not part of its name', () => {
    const a = engine().ask('Công ty nào trao tặng 30 suất quà cho hộ nghèo ở Lâm Hà?');
    expect(a.text).toMatch(/^Công ty Cà phê Phúc Sinh/);
    expect(a.text).not.toMatch(/^Công ty Cà phê Phúc Sinh – Giám đốc/);
  });

  it('a year is not answered with the total of a period that contains it', () => {
    const a = engine().ask('Quỹ Vì người nghèo Kon Tum năm 2022 tiếp nhận bao nhiêu tiền?');
    expect(a.text).not.toMatch(/81,4 tỷ/);
    expect(a.text).toMatch(/^19,6 tỷ đồng/);
  });

  it("a province's figure is its own part of a cluster's total, not the total", () => {
    const a = engine().ask('bao nhiêu nhà đại đoàn kết ở Bình Định năm 2024');
    expect(a.text).toMatch(/^804 nhà/);
  });

  it("another province of the cluster gets no answer from the cluster's total", () => {
    const a = engine().ask('Phú Yên xây bao nhiêu nhà đại đoàn kết năm 2024?');
    expect(a.found).toBe(false);
  });

  it('a district is not answered with what several districts received together', () => {
    const a = engine().ask('huyen chu se duoc phan bo bao nhieu tien dot 2');
    expect(a.text).not.toMatch(/41,5 tỷ/);
    expect(a.text).toMatch(/^6 tỷ đồng/);
  });

  it('a bare title with a term in Roman numerals asks who holds it (congress "lần thứ VIII" is "khóa VIII")', () => {
    const a = engine().ask('chủ tịch MTTQ huyện Ia Lốp khóa VIII');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Lê Văn Khởi/);
  });

  it('"ct" before a body is "chủ tịch"; a holder whose term is nowhere written is not the one of the term asked', () => {
    expect(engine().ask('ai la ct mttq huyen tan dinh').text).toMatch(/^Đặng Văn Hòa/);
    expect(engine().ask('ai lam ct mttq huyen tan dinh khoa XXI').found).toBe(false);
  });

  it('"mô hình gì" is not answered with the name of a campaign; the year of a pledge is the one it is for', () => {
    const a = engine().ask('Phường Cẩm Bình ra mắt mô hình gì tại Ngày hội 2023?');
    expect(a.text).not.toMatch(/Toàn dân đoàn kết xây dựng nông thôn mới/);
    // "ký giao ước thi đua năm 2024 và ra mắt mô hình …" at the 2023 festival
    expect(a.text).toMatch(/Khu phố không rác thải nhựa/);
  });

  it('"doanh nghiệp nào" is answered by a company, its whole name, never by the Front body or a commune', () => {
    const a = engine().ask('doanh nghiệp nào tài trợ nhà đại đoàn kết ở Ea Sup');
    expect(a.found).toBe(true);
    for (const item of a.items) expect(item.text).toMatch(/^(Công ty|Ngân hàng)/);
  });

  it('a figure the question states picks the clause that writes it ("two of the houses": the clause of "2 căn", not of "4 căn")', () => {
    const a = engine().ask('Which company sponsored two of the solidarity houses handed over in Ea Sup?');
    expect(a.text).toMatch(/^Công ty TNHH Cà phê Hòa Thuận/);
  });

  it('a figure written for another body ("đại biểu Quốc hội") does not answer for "HĐND tỉnh"', () => {
    const a = engine().ask('dak nong lap danh sach so bo bao nhieu nguoi ung cu hdnd tinh');
    expect(a.text).not.toMatch(/^25 người/);
    expect(a.text).toMatch(/^140 người/);
  });

  it("a district's share in a list is its own, not the total of the title nor the city named like the province", () => {
    const a = engine().ask('Đợt 2 Thái Bình phân bổ cho Vũ Thư bao nhiêu tiền khắc phục bão số 3?');
    expect(a.text).toMatch(/^4,5 tỷ đồng/);
  });

  it('"mỗi hộ" is not answered by what each district got ("mỗi huyện 1,5 tỷ đồng")', () => {
    const a = engine().ask('Ở Gia Lai, mỗi hộ có nhà bị sập được hỗ trợ bao nhiêu tiền trong đợt 2?');
    expect(a.text).not.toMatch(/1,5 tỷ/);
  });

  it('a cluster named after a region no article writes gets no answer from other clusters', () => {
    expect(engine().ask('Cụm thi đua MTTQ các tỉnh Bắc Trung Bộ có những tỉnh nào?').found).toBe(false);
    const a = engine().ask('Cụm thi đua MTTQ các tỉnh Duyên hải Nam Trung Bộ có những tỉnh nào?');
    expect(a.text).toMatch(/Phú Yên/);
    // a list read from a sentence says whose members they are
    expect(a.text).toMatch(/Phú Yên[^\n]*Duyên hải Nam Trung Bộ/);
  });

  it('a place no article names — a village, a special zone, a region typed as initials — gets no answer from elsewhere', () => {
    for (const q of [
      'thôn Nà Khoang hiến bao nhiêu m2 đất',
      'ai la chu tich mttq dac khu bach long vi',
      'Cụm ĐBSCL năm 2024 gồm những tỉnh nào?',
    ])
      expect(engine().ask(q).found, q).toBe(false);
  });

  it('"ngân hàng nào" is answered by the bank, its name whole and without the amount after it', () => {
    const a = engine().ask('Ngân hàng nào ủng hộ phường Phước Hải 60 triệu đồng lo Tết?');
    expect(a.text).toMatch(/^ngân hàng Agribank Chi nhánh Bà Rịa$/m);
    expect(a.text).not.toMatch(/Công ty/);
    const b = engine().ask('Doanh nghiệp nào ủng hộ phường Phước Hải 1.000kg gạo?');
    expect(b.text).toMatch(/Công ty CP Phát triển Công viên cây xanh và đô thị Bà Rịa \(UPC\)/);
  });
});
