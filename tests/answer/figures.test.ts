/**
 * Which figure answers a "bao nhiêu" question when an article gives several for the same thing: the
 * one written with the year asked, and the exact count over the rounded one of the lead.
 */
import { describe, expect, it } from 'vitest';
import { withArticles } from './engine.ts';

const ARTICLE = `Quảng Nam: 3 năm vận động Quỹ "Vì người nghèo" được hơn 70 tỷ đồng
Ngày 12/10/2024, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác vận động Quỹ "Vì người nghèo" giai đoạn 2022-2024.
Trong 3 năm, Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận hơn 70 tỷ đồng.
Cụ thể: năm 2022 được 20,5 tỷ đồng; năm 2023 được 23,1 tỷ đồng; năm 2024 được 27,3 tỷ đồng.
Năm 2024, Mặt trận các cấp chủ trì hơn 900 cuộc giám sát.
Theo báo cáo, Mặt trận các cấp trong tỉnh đã chủ trì 934 cuộc giám sát, trong đó cấp tỉnh 12 cuộc.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 17 tập thể, 29 cá nhân có thành tích xuất sắc.`;

const HOUSES = `Núi Thành bàn giao 75 căn nhà Đại đoàn kết cho hộ nghèo
Ngày 20/4/2025, Ủy ban MTTQ Việt Nam huyện Núi Thành, tỉnh Quảng Nam phối hợp tổ chức lễ bàn giao 75 căn nhà Đại đoàn kết cho hộ nghèo.
Trong số 75 căn nhà được bàn giao có 51 căn xây mới và 24 căn sửa chữa.
Các căn nhà được xây dựng tại 9 xã và thị trấn Núi Thành, tập trung nhiều nhất ở xã Tam Nghĩa (14 căn), xã Tam Quang (11 căn) và xã Tam Sơn (9 căn).
Tổng kinh phí hỗ trợ là 2,8 tỷ đồng. Trong đó, Quỹ "Vì người nghèo" tỉnh Quảng Nam hỗ trợ 1,5 tỷ đồng, Ngân hàng Agribank chi nhánh Quảng Nam tài trợ 900 triệu đồng, Quỹ "Vì người nghèo" huyện đối ứng 400 triệu đồng.`;

const REVIEW = `Phú Yên tổng kết công tác Mặt trận năm 2024
Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh Phú Yên tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp năm 2025.
Quỹ "Vì người nghèo" các cấp vận động được 64,2 tỷ đồng.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 14 tập thể có thành tích xuất sắc năm 2024.`;

const GIFTS = `Kiên Giang: Trao hơn 40.000 suất quà Tết cho người nghèo
Dịp Tết Nguyên đán Ất Tỵ 2025, Mặt trận các cấp trong tỉnh Kiên Giang đã trao tặng 40.120 suất quà cho hộ nghèo.
Trong đó, thành phố Rạch Giá trao nhiều nhất với 6.215 suất quà.
Huyện An Minh vận động được 1,2 tỷ đồng, thấp nhất tỉnh nhưng là địa phương có số hộ nghèo được tặng quà nhiều nhất với 3.100 hộ.`;

const engine = withArticles({
  'quang-nam.txt': ARTICLE,
  'nui-thanh.txt': HOUSES,
  'phu-yen.txt': REVIEW,
  'kien-giang.txt': GIFTS,
});

describe('figures of one article', () => {
  it('a breakdown by year ("Cụ thể: năm 2023 được …") answers for that year, not the total', () => {
    const a = engine().ask('Quỹ Vì người nghèo Quảng Nam năm 2023 được bao nhiêu tiền?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^23,1 tỷ đồng/);
  });

  it('a year the breakdown does not give is not answered with the total of all years', () => {
    const a = engine().ask('quy vi nguoi ngheo quang nam nam 2021 duoc bao nhieu tien');
    expect(a.text).not.toMatch(/^hơn 70 tỷ/);
  });

  it('the exact count ("934 cuộc giám sát") over the rounded one of the lead ("hơn 900")', () => {
    const a = engine().ask('Năm 2024 Mặt trận các cấp tỉnh Quảng Nam chủ trì bao nhiêu cuộc giám sát?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^934 cuộc giám sát/);
  });

  it('"3 năm vận động" says how long, and is no answer to how much', () => {
    const a = engine().ask('quy vi nguoi ngheo quang nam duoc bao nhieu');
    expect(a.text).not.toMatch(/^3 năm/);
  });

  it('"bao nhiêu tập thể, cá nhân" gets both counts the sentence writes side by side', () => {
    const a = engine().ask('Bao nhiêu tập thể, cá nhân được Ủy ban MTTQ tỉnh Quảng Nam tặng Bằng khen?');
    expect(a.text).toMatch(/^17 tập thể, 29 cá nhân/);
    expect(engine().ask('Bao nhiêu tập thể được tặng Bằng khen ở Quảng Nam?').text).toMatch(/^17 tập thể —/);
  });

  it('a figure the question states ("trong 75 căn nhà …") is not its answer', () => {
    const a = engine().ask(
      'Trong 75 căn nhà Đại đoàn kết bàn giao ở huyện Núi Thành, có bao nhiêu căn xây mới và bao nhiêu căn sửa chữa?',
    );
    expect(a.text).toMatch(/^51 căn xây mới/);
    expect(a.text).toContain('24 căn sửa chữa');
    expect(a.text).not.toContain('75 căn nhà Đại đoàn kết —');
  });

  it('a district\'s figure may name its province ("Agribank chi nhánh Quảng Nam tài trợ …")', () => {
    const a = engine().ask('agribank chi nhanh quang nam tai tro bao nhieu tien lam nha o nui thanh');
    expect(a.text).toMatch(/^900 triệu đồng/);
  });

  it('the unit with the most, from figures written in parentheses after each unit', () => {
    const a = engine().ask('Xã nào của huyện Núi Thành có nhiều căn nhà Đại đoàn kết được bàn giao nhất?');
    expect(a.text).toMatch(/^xã Tam Nghĩa — 14 căn/);
  });

  it('a period asked as a whole ("cả giai đoạn 2022-2024") is not answered by one of its years', () => {
    const a = engine().ask('tong quy vi nguoi ngheo quang nam ca giai doan 2022-2024 la bao nhieu');
    expect(a.text).not.toMatch(/^(20,5|23,1|27,3) tỷ/);
  });

  it("a figure of another kind written with the year does not push the year's figures aside", () => {
    const a = engine().ask('quy vi nguoi ngheo phu yen nam 2024 duoc bao nhieu');
    expect(a.text).toMatch(/^64,2 tỷ đồng/);
  });

  it('the unit a sentence itself says has the most ("thành phố Rạch Giá trao nhiều nhất với …")', () => {
    const a = engine().ask('dia phuong nao o kien giang trao nhieu qua tet nhat');
    expect(a.text).toMatch(/^thành phố Rạch Giá/);
  });

  it('a superlative of something else in the same sentence ("thấp nhất … nhưng … nhiều nhất") ranks nothing', () => {
    const a = engine().ask('Huyện nào ở Kiên Giang vận động được nhiều tiền nhất?');
    // (the passage shown when nothing is sure may quote the sentence; no answer names the unit)
    if (a.found) expect(a.text).not.toMatch(/An Minh|Rạch Giá/);
  });
});
