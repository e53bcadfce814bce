/**
 * A sentence with several dates: each date answers for what its own clause says must be done by then.
 */
import { describe, expect, it } from 'vitest';
import { withArticles } from './engine.ts';

const PLAN = `Phú Thọ ban hành kế hoạch tổ chức Ngày hội Đại đoàn kết năm 2025
Ngày 10/9/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Thọ ban hành Kế hoạch số 31/KH-MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.
Đối với cấp xã, Ủy ban MTTQ các xã, phường xây dựng kế hoạch chi tiết trước ngày 1/10/2025; chỉ đạo Ban Công tác Mặt trận ở khu dân cư tổ chức Ngày hội; tổng hợp, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 28/11/2025.`;

const FUND = `Sơn La: phát động Tháng cao điểm vì người nghèo năm 2024
Sáng 16/10, Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức Lễ phát động "Tháng cao điểm vì người nghèo" năm 2024.
Tính đến ngày 30/9/2024, Quỹ "Vì người nghèo" các cấp trong tỉnh đã tiếp nhận 22,4 tỷ đồng.
Các địa phương phải hoàn thành việc cấp phát trước ngày 15/11/2024.`;

const MEETING = `Phường 3 tổ chức Hội nghị nhân dân tháng 5/2023
Chiều 15h00 ngày 20/5/2023, tại Hội trường Ủy ban nhân dân Phường 3, Ủy ban MTTQ Việt Nam phường tổ chức Hội nghị nhân dân tháng 5 năm 2023.`;

const HANDOVER = `date 2025-12-08
Kon Tum: trao tiền hỗ trợ sửa nhà cho hộ dân vùng lũ
Ngày 8-12, tại xã Đăk Pék (tỉnh Kon Tum), Ủy ban MTTQ Việt Nam tỉnh Kon Tum trao hơn 450 triệu đồng hỗ trợ 15 hộ dân có nhà bị hư hỏng do mưa lũ.
Trong đó, 5 hộ có nhà sập hoàn toàn được hỗ trợ 50 triệu đồng/hộ; 10 hộ có nhà hư hỏng nặng được hỗ trợ 20 triệu đồng/hộ.
Bà Y Hiên được hỗ trợ khoảng 80 triệu đồng để xây nhà mới, gồm 50 triệu đồng từ Ủy ban MTTQ Việt Nam tỉnh, 10 triệu đồng từ Hội Chữ thập đỏ tỉnh và 20 triệu đồng từ các nhà hảo tâm.`;

const engine = withArticles({
  'phu-tho.txt': PLAN,
  'son-la.txt': FUND,
  'phuong-3.txt': MEETING,
  'kon-tum.txt': HANDOVER,
});

describe('a date asked', () => {
  it('is found however the article writes it ("8/12/2025" asked, "Ngày 8-12" written)', () => {
    const vi = engine().ask('Ngày 8/12/2025, Mặt trận Kon Tum trao bao nhiêu tiền ở Đăk Pék?');
    expect(vi.text).toMatch(/^hơn 450 triệu đồng/);
    const en = engine().ask('How much did the Kon Tum Front hand over in Dak Pek on 8 December 2025?');
    expect(en.text).toMatch(/^hơn 450 triệu đồng/);
  });
});

describe('a deadline asked ("trước ngày nào")', () => {
  it('is a date written after "trước", "chậm nhất", "hạn", never the day something was done', () => {
    expect(engine().ask('cap xa o phu tho phai xay dung ke hoach chi tiet truoc ngay nao').text).toMatch(
      /1\/10\/2025/,
    );
    expect(engine().ask('Mặt trận Kon Tum phải báo cáo kết quả trao tiền hỗ trợ trước ngày nào?').found).toBe(
      false,
    );
  });
});

describe('dates of one sentence', () => {
  it('the report is due by the date of the clause that asks for it', () => {
    const a = engine().ask('cap xa o phu tho phai bao cao ket qua truoc ngay nao');
    expect(a.text).toMatch(/28\/11\/2025/);
  });

  it('the detailed plan is due by the date of its own clause', () => {
    const a = engine().ask('Cấp xã ở Phú Thọ phải xây dựng kế hoạch chi tiết trước ngày nào?');
    expect(a.text).toMatch(/1\/10\/2025/);
  });

  it('"tính đến ngày nào" is answered by the date written after "tính đến", not the day of the meeting', () => {
    const a = engine().ask('Số liệu quỹ Vì người nghèo năm 2024 của Sơn La được tính đến ngày nào?');
    expect(a.text).toMatch(/30\/9/);
    expect(a.text).not.toMatch(/16\/10/);
  });

  it('"các địa phương" names no ward ("phường")', () => {
    const a = engine().ask('cac dia phuong o son la phai hoan thanh cap phat truoc ngay nao');
    expect(a.text).toMatch(/15\/11\/2024/);
  });

  it('"ngày mấy" asks for a day: the month the question itself names is no answer', () => {
    const a = engine().ask('phuong 3 hop hoi nghi nhan dan thang 5 2023 ngay may');
    expect(a.text).toMatch(/20\/5/);
  });
});
