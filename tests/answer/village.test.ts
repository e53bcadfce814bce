/**
 * A village named in a question ("xóm Nà Pò") scopes the answer to the article about it, and the
 * village's own officers ("Trưởng ban Công tác Mặt trận xóm") answer for it.
 */
import { describe, expect, it } from 'vitest';
import { withArticles } from './engine.ts';

const VILLAGE = `Trùng Khánh: Ngày hội Đại đoàn kết ở xóm Nà Pò
Ngày 14/11/2025, khu dân cư xóm Nà Pò, xã Đình Phong, tỉnh Cao Bằng tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Ông Hoàng Văn Lự, Trưởng ban Công tác Mặt trận xóm, cho biết cả xóm có 82 hộ.
Dịp này, Ủy ban MTTQ xã tặng 15 suất quà cho các hộ khó khăn, mỗi suất 400.000 đồng.`;

const ELSEWHERE = `Phong Điền trao quà Tết cho hộ nghèo
Ngày 10/1/2025, Ủy ban MTTQ tỉnh trao 200 suất quà Tết cho hộ nghèo xã Điền Hương, mỗi suất quà trị giá 600 nghìn đồng.`;

const engine = withArticles({ 'na-po.txt': VILLAGE, 'phong-dien.txt': ELSEWHERE });

describe('a village named in the question', () => {
  it('scopes a figure to the article about the village', () => {
    const a = engine().ask('Ở Ngày hội xóm Nà Pò, mỗi suất quà trị giá bao nhiêu?');
    expect(a.text).toMatch(/^400\.000 đồng/);
    expect(a.citations[0]?.articleId).toBe('na-po');
  });

  it('is answered by the officer whose title ends in a bare "xóm"', () => {
    const a = engine().ask('Ai là trưởng ban công tác mặt trận ở xóm Nà Pò?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Hoàng Văn Lự');
  });

  it('without diacritics too', () => {
    expect(engine().ask('truong ban cong tac mat tran xom na po la ai').text).toContain('Hoàng Văn Lự');
  });
});
