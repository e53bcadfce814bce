/**
 * A sentence with several dates: each date answers for what its own clause says must be done by then.
 */
import { describe, expect, it } from 'vitest';
import { withArticles } from './engine.ts';

const PLAN = `Phú Thọ ban hành kế hoạch tổ chức Ngày hội Đại đoàn kết năm 2025
Ngày 10/9/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Thọ ban hành Kế hoạch số 31/KH-MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.
Đối với cấp xã, Ủy ban MTTQ các xã, phường xây dựng kế hoạch chi tiết trước ngày 1/10/2025; chỉ đạo Ban Công tác Mặt trận ở khu dân cư tổ chức Ngày hội; tổng hợp, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 28/11/2025.`;

const engine = withArticles({ 'phu-tho.txt': PLAN });

describe('dates of one sentence', () => {
  it('the report is due by the date of the clause that asks for it', () => {
    const a = engine().ask('cap xa o phu tho phai bao cao ket qua truoc ngay nao');
    expect(a.text).toMatch(/28\/11\/2025/);
  });

  it('the detailed plan is due by the date of its own clause', () => {
    const a = engine().ask('Cấp xã ở Phú Thọ phải xây dựng kế hoạch chi tiết trước ngày nào?');
    expect(a.text).toMatch(/1\/10\/2025/);
  });
});
