/**
 * Cluster roles by year: who leads (Cụm trưởng, Trưởng cụm, đơn vị chủ trì Khối) and who is deputy
 * (Cụm phó), including the handover "trao cờ luân lưu … cho Y" (Y leads the next year).
 */
import { describe, expect, it } from 'vitest';
import type { RoleFact } from '../../src/extract/fact.ts';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

const brief = (roles: RoleFact[]) => roles.map((r) => `${r.role} ${r.holder} ${r.year}`).sort();

describe('roles in the seeds', () => {
  it('000: Lào Cai leads in 2024, Cao Bằng is deputy in 2024, Điện Biên led in 2023', () => {
    const roles = factsOf(seed('000'), 'role');
    expect(brief(roles)).toEqual(['deputy Cao Bằng 2024', 'leader Lào Cai 2024', 'leader Điện Biên 2023']);
    for (const r of roles) expect(r.clusterKey).toBe('nui bien gioi phia bac');
    const laoCai = roles.find((r) => r.holder === 'Lào Cai');
    expect(laoCai?.source.quote).toBe(
      'Hội nghị đã thống nhất suy tôn Ủy ban MTTQ tỉnh Lào Cai là Cụm trưởng Cụm thi đua các tỉnh miền núi biên giới phía Bắc năm 2024.',
    );
  });

  it('001: Bắc Kạn leads in 2024 from "trao cờ luân lưu cụm trưởng … cho … Bắc Kạn"', () => {
    const roles = factsOf(seed('001'), 'role');
    const bacKan = roles.find((r) => r.holder === 'Bắc Kạn');
    expect(bacKan).toMatchObject({ role: 'leader', year: 2024, clusterKey: 'trung du nui phia bac' });
    expect(bacKan?.source.quote).toContain('trao cờ luân lưu');
  });

  it('001: Phú Thọ led in 2023, represented by Nguyễn Hải', () => {
    const phuTho = factsOf(seed('001'), 'role').find((r) => r.holder === 'Phú Thọ');
    expect(phuTho).toMatchObject({ role: 'leader', year: 2023, person: 'Nguyễn Hải' });
  });

  it('002: Cà Mau leads Nam Sông Hậu in 2023 ("tiếp nhận nhiệm vụ Cụm trưởng")', () => {
    const roles = factsOf(seed('002'), 'role');
    expect(brief(roles)).toEqual(['leader Cà Mau 2023']);
    expect(roles[0]?.clusterKey).toBe('nam song hau');
  });

  it('a role that is elected ("bầu cụm trưởng") is held by who is elected, never by a place written before it', () => {
    const roles = factsOf(
      mini(
        [
          'Cụm thi đua số III (Ủy ban MTTQ Việt Nam các huyện tỉnh Bình Phước) tổng kết công tác Mặt trận năm 2023, bầu cụm trưởng năm 2024',
          'Hội nghị thống nhất bầu chọn cụm trưởng cụm thi đua số III năm 2024 là Ủy ban MTTQ Việt Nam huyện Bù Đăng (Cụm trưởng).',
        ],
        2023,
      ),
      'role',
    );
    expect(brief(roles)).toEqual(['leader huyện Bù Đăng 2024']);
  });

  it('articles without a cluster role give none', () => {
    expect(factsOf(seed('003'), 'role')).toEqual([]);
    expect(factsOf(seed('004'), 'role')).toEqual([]);
  });
});

describe.skipIf(!HAS_DEV)('roles in the dev articles', () => {
  it('a01: "thành phố Pleiku (Trưởng cụm)" leads cluster số 1 in 2013', () => {
    const [r] = factsOf(dev('a01'), 'role');
    expect(r).toMatchObject({ role: 'leader', holder: 'thành phố Pleiku', year: 2013, clusterKey: 'so 1' });
  });

  it('a12: huyện Kon Rẫy hosts cluster số II in 2020', () => {
    const [r] = factsOf(dev('a12'), 'role');
    expect(r).toMatchObject({ role: 'leader', holder: 'huyện Kon Rẫy', year: 2020, clusterKey: 'so 2' });
  });

  it('a03: Bình Thuận leads (Bố Thị Xuân Linh), Bình Phước is deputy (Nguyễn Tấn Phú) in 2024', () => {
    const roles = factsOf(dev('a03'), 'role');
    expect(brief(roles)).toEqual(['deputy Bình Phước 2024', 'leader Bình Thuận 2024']);
    expect(roles.find((r) => r.role === 'leader')?.person).toBe('Bố Thị Xuân Linh');
    expect(roles.find((r) => r.role === 'deputy')?.person).toBe('Nguyễn Tấn Phú');
    for (const r of roles) expect(r.clusterKey).toBe('dong nam bo');
  });

  it('a17: "xã Vạn Khánh (đơn vị chủ trì Khối thi đua năm 2020)" leads the block', () => {
    expect(brief(factsOf(dev('a17'), 'role'))).toEqual(['leader xã Vạn Khánh 2020']);
  });

  it('a06: "bầu ra Cụm trưởng, Cụm phó mới" names no unit, so no role', () => {
    expect(factsOf(dev('a06'), 'role')).toEqual([]);
  });
});

describe('written in the same style', () => {
  const TITLE = 'Hội nghị tổng kết Cụm thi đua các tỉnh Tây Nguyên năm 2022';

  it('"suy tôn X là Cụm trưởng … năm Y" and "X làm đơn vị cụm phó năm Y"', () => {
    const roles = factsOf(
      mini(
        [
          TITLE,
          'Hội nghị đã thống nhất suy tôn Ủy ban MTTQ tỉnh Gia Lai là Cụm trưởng Cụm thi đua các tỉnh Tây Nguyên năm 2023.',
          'Tỉnh Kon Tum làm đơn vị cụm phó năm 2023.',
        ],
        2022,
      ),
      'role',
    );
    expect(brief(roles)).toEqual(['deputy Kon Tum 2023', 'leader Gia Lai 2023']);
    for (const r of roles) expect(r.clusterKey).toBe('tay nguyen');
  });

  it('the handover gives the giver the article year and the receiver the next year', () => {
    const roles = factsOf(
      mini(
        [
          'Tổng kết hoạt động Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc năm 2023',
          'Chủ tịch Ủy ban MTTQ tỉnh Phú Thọ trao cờ luân lưu cụm trưởng thi đua cho Chủ tịch Uỷ ban MTTQ tỉnh Bắc Kạn.',
        ],
        2023,
      ),
      'role',
    );
    expect(brief(roles)).toEqual(['leader Bắc Kạn 2024', 'leader Phú Thọ 2023']);
  });

  it('without a written year the role is for the article year', () => {
    const [r] = factsOf(
      mini([TITLE, 'Ủy ban MTTQ tỉnh Sơn La hoàn thành tốt vai trò cụm trưởng.'], 2022),
      'role',
    );
    expect(r).toMatchObject({ holder: 'Sơn La', year: 2022, role: 'leader' });
  });

  it('the evidence span lies inside the quoted sentence', () => {
    for (const r of factsOf(seed('000'), 'role')) {
      const [a, b] = r.source.span;
      expect(a).toBeLessThanOrEqual(b);
      expect(r.source.quote.slice(a, b)).toContain(r.holder);
    }
  });
});
