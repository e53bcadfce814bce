/**
 * Campaigns, movements, programmes and funds named in quotes, with who launched them.
 */
import { describe, expect, it } from 'vitest';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

describe('campaigns in the seeds', () => {
  it('000: the quoted names with their kinds', () => {
    const list = factsOf(seed('000'), 'campaign').map((c) => `${c.kind}: ${c.name}`);
    expect(list).toContain('Cuộc vận động: Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh');
    expect(list).toContain(
      'phong trào thi đua: Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau',
    );
    expect(list).toContain('Quỹ: Vì người nghèo');
    expect(list).toContain('phong trào thi đua: Đoàn kết, sáng tạo');
    expect(list).toContain(
      'Chương trình phối hợp: Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong tình hình mới',
    );
  });

  it('the same campaign named twice is one fact', () => {
    const names = factsOf(seed('000'), 'campaign').map((c) => `${c.kind}|${c.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('000: a quote continuing a list takes the kind of that list, not of another sentence', () => {
    // sentence 24: Cuộc vận động “Toàn dân đoàn kết …”, “Người Việt Nam ưu tiên dùng hàng Việt Nam”, …
    const c = factsOf(seed('000'), 'campaign').find(
      (x) => x.name === 'Người Việt Nam ưu tiên dùng hàng Việt Nam',
    );
    expect(c?.kind).toBe('Cuộc vận động');
  });

  it('a quotation that follows no campaign word is no campaign', () => {
    const names = factsOf(seed('003'), 'campaign').map((c) => c.name);
    expect(names).not.toContain('mọi người dân đều có Tết');
  });
});

describe.skipIf(!HAS_DEV)('campaigns in the dev articles', () => {
  it('a18: "do Thủ tướng phát động" gives who launched it', () => {
    const [c] = factsOf(dev('a18'), 'campaign');
    expect(c).toMatchObject({
      kind: 'phong trào thi đua',
      name: 'Cả nước chung tay xóa nhà tạm, nhà dột nát',
      launchedBy: 'Thủ tướng',
    });
  });
});

describe('written in the same style', () => {
  it('a list of two quoted campaigns keeps each kind', () => {
    const list = factsOf(
      mini(
        [
          'Tin',
          'Hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” và phong trào thi đua “Đoàn kết, sáng tạo”.',
        ],
        2022,
      ),
      'campaign',
    ).map((c) => [c.kind, c.name, c.launchedBy]);
    expect(list).toEqual([
      ['Cuộc vận động', 'Người Việt Nam ưu tiên dùng hàng Việt Nam', undefined],
      ['phong trào thi đua', 'Đoàn kết, sáng tạo', undefined],
    ]);
  });

  it('"do Ủy ban Trung ương MTTQ Việt Nam phát động"', () => {
    const [c] = factsOf(
      mini(
        ['Tin', 'Triển khai Chương trình “Tết Vì người nghèo” do Ủy ban Trung ương MTTQ Việt Nam phát động.'],
        2024,
      ),
      'campaign',
    );
    expect(c?.launchedBy).toBe('Ủy ban Trung ương MTTQ Việt Nam');
  });
});
