/**
 * A commune's standing committee listed in one sentence: "gồm những ai" gets every vice-chair, the
 * one whose title is "Phó Chủ tịch kiêm nhiệm" included, and the bare "xã" is the article's commune.
 */
import { describe, expect, it } from 'vitest';
import { withArticles } from './engine.ts';

const CONGRESS = `Đại hội đại biểu MTTQ Việt Nam xã Tân Lập lần thứ XII
Ngày 12/6/2024, Ủy ban MTTQ Việt Nam xã Tân Lập, huyện Đan Phượng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2024-2029.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã Tân Lập khóa XII.
Tại hội nghị lần thứ nhất, Ủy ban MTTQ xã đã hiệp thương cử Ban Thường trực gồm 3 vị: bà Lê Thị Mai được cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Phạm Văn Bình, Phó Chủ tịch; bà Ngô Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, Phó Chủ tịch kiêm nhiệm.
Ông Phạm Văn Bình, Phó Chủ tịch Ủy ban MTTQ xã Tân Lập khóa XII phát biểu tại Đại hội.`;

const VISIT = `Đoàn công tác Ủy ban Trung ương MTTQ Việt Nam làm việc tại Sóc Trăng
Sáng 14/10/2025, đoàn công tác Ủy ban Trung ương MTTQ Việt Nam do ông Hà Văn Toàn, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dẫn đầu đã làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng.
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thành lập đoàn giám sát do ông Y Sơn Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn.
Tiếp và làm việc với đoàn có ông Lê Văn Tâm, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng; bà Trần Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.`;

const REPLACED = `Phú Giáo: Hiệp thương cử bổ sung chức danh Chủ tịch Ủy ban MTTQ Việt Nam huyện
Ngày 6/1, Ủy ban MTTQ Việt Nam huyện Phú Giáo tổ chức hội nghị hiệp thương cử bổ sung chức danh Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa XI, nhiệm kỳ 2019 - 2024.
Tại hội nghị, Ban Thường trực thông qua Tờ trình về việc cho thôi giữ chức vụ Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Giáo, nhiệm kỳ 2019 - 2024 đối với ông Trần Văn Lực do nhận nhiệm vụ khác.
Hội nghị hiệp thương cử bà Đỗ Thị Hạnh, Phó Bí thư Đảng ủy xã An Linh, giữ chức vụ Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Giáo khóa XI, nhiệm kỳ 2019 - 2024.`;

const engine = withArticles({ 'tan-lap.txt': CONGRESS, 'soc-trang.txt': VISIT, 'phu-giao.txt': REPLACED });

describe('officers listed in one sentence', () => {
  it('"gồm những ai" gets every vice-chair of the commune', () => {
    const a = engine().ask('pct mttq xa tan lap khoa XII gom nhung ai');
    expect(a.text).toContain('Phạm Văn Bình');
    expect(a.text).toContain('Ngô Thị Lan');
    expect(a.text).not.toContain('Lê Thị Mai');
  });

  it('the chair, from the bare "Ủy ban MTTQ Việt Nam xã" of the list', () => {
    const a = engine().ask('Ai là Chủ tịch Ủy ban MTTQ xã Tân Lập khóa XII?');
    expect(a.text).toContain('Lê Thị Mai');
  });

  it('"dẫn đầu đoàn" asks who led a delegation, not who ranked first', () => {
    const a = engine().ask('Ai dẫn đầu đoàn công tác Ủy ban Trung ương MTTQ làm việc tại Sóc Trăng?');
    expect(a.text).toContain('Hà Văn Toàn');
    const b = engine().ask(
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nào dẫn đầu đoàn công tác làm việc tại Sóc Trăng?',
    );
    expect(b.text).toContain('Hà Văn Toàn');
  });

  it('the head of a delegation, whatever place the question names', () => {
    const a = engine().ask('Ai làm Trưởng đoàn giám sát của Ủy ban MTTQ tỉnh Sóc Trăng?');
    expect(a.text).toContain('Y Sơn Niê');
  });

  it('"ai thôi giữ chức" is the one the sentence says leaves the office, and "ai là Chủ tịch" never them', () => {
    const left = engine().ask('Ai thôi giữ chức Chủ tịch Ủy ban MTTQ huyện Phú Giáo nhiệm kỳ 2019-2024?');
    expect(left.text).toMatch(/^Trần Văn Lực/);
    const now = engine().ask('Ai là Chủ tịch Ủy ban MTTQ huyện Phú Giáo khóa XI?');
    expect(now.text).not.toMatch(/Trần Văn Lực/);
  });

  it('"những ai tiếp đoàn" asks for the hosts: the delegation\'s leader is no answer', () => {
    const a = engine().ask(
      'Những ai tiếp và làm việc với đoàn công tác Ủy ban Trung ương MTTQ Việt Nam tại Sóc Trăng?',
    );
    expect(a.text).not.toMatch(/Hà Văn Toàn/);
  });
});
