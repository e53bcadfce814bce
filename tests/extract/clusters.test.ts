/**
 * Cluster facts: the clusters an article names, with their member units when a sentence lists them.
 */
import { describe, expect, it } from 'vitest';
import { parseMemberList } from '../../src/extract/clusters.ts';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

describe('cluster members in the seeds', () => {
  it('Miền núi biên giới phía Bắc: 7 provinces from "7 tỉnh … gồm: …"', () => {
    const clusters = factsOf(seed('000'), 'cluster');
    const c = clusters.find((x) => x.key === 'nui bien gioi phia bac');
    expect(c?.members).toEqual([
      'Điện Biên',
      'Lai Châu',
      'Sơn La',
      'Lào Cai',
      'Cao Bằng',
      'Lạng Sơn',
      'Hà Giang',
    ]);
    expect(c?.memberCount).toBe(7);
    expect(c?.level).toBe('national');
    expect(c?.source.quote).toContain('7 tỉnh Miền núi biên giới phía Bắc gồm');
  });

  it('Nam Sông Hậu: 6 provinces from "(gồm 6 tỉnh: … và Sóc Trăng)"', () => {
    const c = factsOf(seed('002'), 'cluster').find((x) => x.key === 'nam song hau');
    expect(c?.members).toEqual(['Bạc Liêu', 'Cà Mau', 'An Giang', 'Hậu Giang', 'Kiên Giang', 'Sóc Trăng']);
    expect(c?.memberCount).toBe(6);
  });

  it('trung du và miền núi phía Bắc: 7 provinces from "gồm các tỉnh: …"', () => {
    const c = factsOf(seed('001'), 'cluster').find((x) => x.key === 'trung du nui phia bac');
    expect(c?.members).toEqual([
      'Phú Thọ',
      'Bắc Kạn',
      'Bắc Giang',
      'Hòa Bình',
      'Tuyên Quang',
      'Yên Bái',
      'Thái Nguyên',
    ]);
  });

  it('a cluster named in many sentences is one fact, carrying the sentence with its members', () => {
    const c = factsOf(seed('000'), 'cluster');
    expect(c).toHaveLength(1);
    expect(c[0]?.members).toHaveLength(7);
  });

  it('the member list stops where the list of names stops, before what the sentence goes on to say', () => {
    const c = factsOf(
      mini([
        'Giao ban Cụm thi đua Duyên hải miền Trung',
        'Cụm thi đua Duyên hải miền Trung gồm các tỉnh Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi tổ chức hội nghị giao ban năm 2025.',
      ]),
      'cluster',
    );
    expect(c[0]?.members).toEqual(['Quảng Trị', 'Huế', 'Đà Nẵng', 'Quảng Ngãi']);
    expect(
      parseMemberList('Hội Nông dân, Hội Cựu chiến binh và Liên đoàn Lao động đã ký kết')?.members,
    ).toEqual(['Hội Nông dân', 'Hội Cựu chiến binh', 'Liên đoàn Lao động']);
  });

  it('a cluster named but never listed has no members', () => {
    const c = factsOf(
      mini(['Hội nghị tổng kết Cụm thi đua Mặt trận các tỉnh Tây Nguyên năm 2018'], 2018),
      'cluster',
    );
    expect(c).toHaveLength(1);
    expect(c[0]?.members).toEqual([]);
  });
});

describe.skipIf(!HAS_DEV)('cluster members in the dev articles', () => {
  it('a12: numbered cluster "số II, gồm 5 đơn vị là thành phố A và các huyện B, C" inside Kon Tum', () => {
    const c = factsOf(dev('a12'), 'cluster').find((x) => x.key === 'so 2');
    expect(c?.members).toEqual([
      'thành phố Kon Tum',
      'huyện Sa Thầy',
      'huyện Kon Plông',
      'huyện Ia H’Drai',
      'huyện Kon Rẫy',
    ]);
    expect(c?.memberCount).toBe(5);
    expect(c?.level).toBe('province');
    expect(c?.parent).toBe('Kon Tum');
  });

  it('a01: "cụm thi đua số 01 (thành phố …, huyện …)" keeps the admin words', () => {
    const c = factsOf(dev('a01'), 'cluster').find((x) => x.members.length);
    expect(c?.key).toBe('so 1');
    expect(c?.members).toContain('huyện Đức Cơ');
    expect(c?.members).toHaveLength(5);
    expect(c?.parent).toBe('Gia Lai');
  });

  it('a09: "gồm 6 tỉnh: … và Long An"', () => {
    const c = factsOf(dev('a09'), 'cluster').find((x) => x.key === 'bac song hau');
    expect(c?.members).toEqual(['Tiền Giang', 'Trà Vinh', 'Bến Tre', 'Vĩnh Long', 'Đồng Tháp', 'Long An']);
  });
});

describe('written in the same style', () => {
  it('"Cụm thi đua các tỉnh Tây Nguyên gồm 5 tỉnh: …"', () => {
    const [c] = factsOf(
      mini(
        ['Cụm thi đua các tỉnh Tây Nguyên gồm 5 tỉnh: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng.'],
        2023,
      ),
      'cluster',
    );
    expect(c).toMatchObject({
      key: 'tay nguyen',
      members: ['Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng'],
      memberCount: 5,
    });
  });

  it('parseMemberList stops at the end of the list', () => {
    expect(parseMemberList('Phú Thọ, Bắc Kạn và Yên Bái. Năm 2023, Ủy ban MTTQ các tỉnh')?.members).toEqual([
      'Phú Thọ',
      'Bắc Kạn',
      'Yên Bái',
    ]);
  });

  it('parseMemberList refuses what is not a list of units', () => {
    expect(parseMemberList('Ban Thường trực')).toBeUndefined();
    expect(parseMemberList('các đơn vị thành viên trong cụm')).toBeUndefined();
  });
});
