import { describe, expect, it } from 'vitest';
import {
  currentProvinceOf,
  findProvinces,
  PROVINCES,
  type Province,
  provinceByName,
} from '../../src/lexicon/provinces.ts';

const names = (text: string, opts?: { caseSensitive?: boolean }): string[] =>
  findProvinces(text, opts).map((m) => m.province.name);

const REGIONS = [
  'Tây Bắc',
  'Đông Bắc',
  'Đồng bằng sông Hồng',
  'Bắc Trung Bộ',
  'Nam Trung Bộ',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long',
];

const MERGERS: Record<string, string[]> = {
  'Tuyên Quang': ['Hà Giang', 'Tuyên Quang'],
  'Lào Cai': ['Lào Cai', 'Yên Bái'],
  'Thái Nguyên': ['Thái Nguyên', 'Bắc Kạn'],
  'Phú Thọ': ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
  'Bắc Ninh': ['Bắc Ninh', 'Bắc Giang'],
  'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
  'Hải Phòng': ['Hải Phòng', 'Hải Dương'],
  'Ninh Bình': ['Ninh Bình', 'Hà Nam', 'Nam Định'],
  'Quảng Trị': ['Quảng Trị', 'Quảng Bình'],
  'Đà Nẵng': ['Đà Nẵng', 'Quảng Nam'],
  'Quảng Ngãi': ['Quảng Ngãi', 'Kon Tum'],
  'Gia Lai': ['Gia Lai', 'Bình Định'],
  'Khánh Hòa': ['Khánh Hòa', 'Ninh Thuận'],
  'Lâm Đồng': ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'],
  'Đắk Lắk': ['Đắk Lắk', 'Phú Yên'],
  'Hồ Chí Minh': ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa–Vũng Tàu'],
  'Đồng Nai': ['Đồng Nai', 'Bình Phước'],
  'Tây Ninh': ['Tây Ninh', 'Long An'],
  'Cần Thơ': ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'],
  'Vĩnh Long': ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
  'Đồng Tháp': ['Đồng Tháp', 'Tiền Giang'],
  'Cà Mau': ['Cà Mau', 'Bạc Liêu'],
  'An Giang': ['An Giang', 'Kiên Giang'],
};
const UNCHANGED = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
];

describe('PROVINCES data', () => {
  it('has 63 units before 1 July 2025 and 34 after', () => {
    expect(PROVINCES.filter((p) => p.existsBefore2025)).toHaveLength(63);
    expect(PROVINCES.filter((p) => p.existsAfter2025)).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(PROVINCES.length);
  });

  it('post-2025 units are exactly the 11 unchanged plus the 23 merged names', () => {
    const after = PROVINCES.filter((p) => p.existsAfter2025)
      .map((p) => p.name)
      .sort();
    expect(after).toEqual([...UNCHANGED, ...Object.keys(MERGERS)].sort());
  });

  it('every absorbed unit points at the right post-2025 unit', () => {
    for (const [target, parts] of Object.entries(MERGERS)) {
      for (const part of parts) {
        const p = provinceByName(part);
        expect(p, part).toBeDefined();
        if (part === target) {
          expect(p!.existsAfter2025).toBe(true);
          expect(p!.mergedInto === undefined || p!.mergedInto === target).toBe(true);
        } else {
          expect(p!.existsAfter2025, part).toBe(false);
          expect(p!.mergedInto, part).toBe(target);
        }
      }
    }
    const absorbed = PROVINCES.filter((p) => !p.existsAfter2025);
    expect(absorbed).toHaveLength(29);
    for (const p of absorbed) expect(provinceByName(p.mergedInto!)?.existsAfter2025, p.name).toBe(true);
  });

  it('uses NFC names, valid regions and kinds', () => {
    const perRegion = new Map<string, number>();
    for (const p of PROVINCES) {
      expect(p.name.normalize('NFC')).toBe(p.name);
      for (const a of p.aliases) expect(a.normalize('NFC')).toBe(a);
      expect(REGIONS).toContain(p.region);
      perRegion.set(p.region, (perRegion.get(p.region) ?? 0) + 1);
    }
    expect(Object.fromEntries(perRegion)).toEqual({
      'Tây Bắc': 6,
      'Đông Bắc': 9,
      'Đồng bằng sông Hồng': 10,
      'Bắc Trung Bộ': 6,
      'Nam Trung Bộ': 8,
      'Tây Nguyên': 5,
      'Đông Nam Bộ': 6,
      'Đồng bằng sông Cửu Long': 13,
    });
    const cities = PROVINCES.filter((p) => p.kind === 'thành phố')
      .map((p) => p.name)
      .sort();
    expect(cities).toEqual(['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế'].sort());
  });

  it('uses modern tone placement in names, old placement as aliases', () => {
    expect(provinceByName('Hòa Bình')!.name).toBe('Hòa Bình');
    expect(provinceByName('Hòa Bình')!.aliases).toContain('Hoà Bình');
    expect(provinceByName('Thanh Hóa')!.aliases).toContain('Thanh Hoá');
    expect(provinceByName('Khánh Hòa')!.aliases).toContain('Khánh Hoà');
    expect(provinceByName('Huế')!.region).toBe('Bắc Trung Bộ');
    expect(provinceByName('Hồ Chí Minh')!.requiresPrefix).toBe(true);
    expect(provinceByName('Hòa Bình')!.requiresPrefix).toBeUndefined();
  });
});

describe('provinceByName', () => {
  it.each([
    ['Hanoi', 'Hà Nội'],
    ['ha noi', 'Hà Nội'],
    ['HÀ NỘI', 'Hà Nội'],
    ['hoa binh', 'Hòa Bình'],
    ['Hoà Bình', 'Hòa Bình'],
    ['Thừa Thiên - Huế', 'Huế'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Hue', 'Huế'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['tphcm', 'Hồ Chí Minh'],
    ['Sài Gòn', 'Hồ Chí Minh'],
    ['Saigon', 'Hồ Chí Minh'],
    ['Ho Chi Minh City', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Bà Rịa - Vũng Tàu', 'Bà Rịa–Vũng Tàu'],
    ['BR-VT', 'Bà Rịa–Vũng Tàu'],
    ['Bắc Cạn', 'Bắc Kạn'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Daklak', 'Đắk Lắk'],
    ['Đăk Lăk', 'Đắk Lắk'],
    ['thanh hoa', 'Thanh Hóa'],
    ['tỉnh Hòa Bình', 'Hòa Bình'],
    ['thành phố Cần Thơ', 'Cần Thơ'],
  ])('%s → %s', (query, expected) => {
    expect(provinceByName(query)?.name).toBe(expected);
  });

  it('returns undefined for non-provinces', () => {
    expect(provinceByName('Việt Nam')).toBeUndefined();
    expect(provinceByName('Thái Bình Dương')).toBeUndefined();
    expect(provinceByName('')).toBeUndefined();
    expect(provinceByName('tỉnh')).toBeUndefined();
  });
});

describe('currentProvinceOf', () => {
  it.each([
    ['Bắc Kạn', 'Thái Nguyên'],
    ['Lào Cai', 'Lào Cai'],
    ['Yên Bái', 'Lào Cai'],
    ['Hòa Bình', 'Phú Thọ'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Bình Dương', 'Hồ Chí Minh'],
    ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
    ['Kon Tum', 'Quảng Ngãi'],
    ['Bạc Liêu', 'Cà Mau'],
    ['Kiên Giang', 'An Giang'],
    ['Sóc Trăng', 'Cần Thơ'],
    ['Hà Nội', 'Hà Nội'],
  ])('%s → %s', (query, expected) => {
    expect(currentProvinceOf(query)?.name).toBe(expected);
  });

  it('returns undefined for unknown names', () => {
    expect(currentProvinceOf('Atlantis')).toBeUndefined();
  });
});

describe('findProvinces (article text, case-sensitive)', () => {
  it('finds the 7 northern border provinces in order', () => {
    const text =
      'Cùng dự có đại diện lãnh đạo Ủy ban MTTQ Việt Nam 7 tỉnh Miền núi biên giới phía Bắc gồm: ' +
      'Điện Biên, Lai Châu, Sơn La, Lào Cai, Cao Bằng, Lạng Sơn, Hà Giang.';
    expect(names(text)).toEqual([
      'Điện Biên',
      'Lai Châu',
      'Sơn La',
      'Lào Cai',
      'Cao Bằng',
      'Lạng Sơn',
      'Hà Giang',
    ]);
  });

  it('finds the 6 provinces of the Nam Sông Hậu emulation cluster', () => {
    const text =
      'Cụm thi đua Nam Sông Hậu (gồm 6 tỉnh: Bạc Liêu, Cà Mau, An Giang, Hậu Giang, Kiên Giang và Sóc Trăng)';
    expect(names(text)).toEqual(['Bạc Liêu', 'Cà Mau', 'An Giang', 'Hậu Giang', 'Kiên Giang', 'Sóc Trăng']);
  });

  it('reports offsets into the original string', () => {
    const text =
      'Phó Chủ tịch làm việc với Ủy ban MTTQ Việt Nam các tỉnh Tiền Giang và Bình Phước về Đại hội';
    const ms = findProvinces(text);
    expect(ms.map((m) => m.surface)).toEqual(['Tiền Giang', 'Bình Phước']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(ms[0]!.start).toBe(text.indexOf('Tiền Giang'));
  });

  it('keeps offsets right for NFD (decomposed) input', () => {
    const text = 'Đoàn công tác tới tỉnh Quảng Ngãi và Kon Tum'.normalize('NFD');
    const ms = findProvinces(text);
    expect(ms.map((m) => m.province.name)).toEqual(['Quảng Ngãi', 'Kon Tum']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('does not read "hòa bình, ổn định" (peace) as Hòa Bình province', () => {
    const text =
      'góp phần xây dựng đường biên giới Việt Nam - Trung Quốc hòa bình, ổn định, hợp tác và phát triển';
    expect(names(text)).toEqual([]);
  });

  it('does not read "phong cách Hồ Chí Minh" (the person) as the city', () => {
    expect(names('gắn với thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh')).toEqual(
      [],
    );
    expect(names('Đoàn TNCS Hồ Chí Minh và Chủ tịch Hồ Chí Minh')).toEqual([]);
  });

  it('recognises Hồ Chí Minh city after a prefix and in its abbreviations', () => {
    for (const text of [
      'tại TP.HCM',
      'tại TP HCM',
      'tại TPHCM',
      'tại TP. Hồ Chí Minh',
      'tại TP Hồ Chí Minh',
      'tại thành phố Hồ Chí Minh',
      'tại Thành phố Hồ Chí Minh',
      'tại Sài Gòn',
    ]) {
      expect(names(text), text).toEqual(['Hồ Chí Minh']);
    }
    const [m] = findProvinces('Hội nghị tại TP.HCM ngày 5/3');
    expect(m!.surface).toBe('TP.HCM');
  });

  it('recognises lowercase names only after an administrative prefix', () => {
    expect(names('Ủy ban MTTQ tỉnh hòa bình')).toEqual(['Hòa Bình']);
    expect(names('Hội nghị tại tỉnh Hòa Bình')).toEqual(['Hòa Bình']);
    expect(names('UBND thành phố hà nội')).toEqual(['Hà Nội']);
    expect(names('đến hà nội')).toEqual([]);
  });

  it('handles word boundaries and longest match', () => {
    expect(names('Kiên Giang')).toEqual(['Kiên Giang']);
    expect(names('Hà Nam và Hà Nội')).toEqual(['Hà Nam', 'Hà Nội']);
    expect(names('Hội đồng hương Quảng Nam Đà Nẵng')).toEqual(['Quảng Nam', 'Đà Nẵng']);
    expect(names('chiến thắng Điện Biên Phủ')).toEqual(['Điện Biên']);
    const hue = findProvinces('tỉnh Thừa Thiên Huế');
    expect(hue.map((m) => m.province.name)).toEqual(['Huế']);
    expect(hue[0]!.surface).toBe('Thừa Thiên Huế');
    expect(names('Thừa Thiên - Huế và Bà Rịa - Vũng Tàu')).toEqual(['Huế', 'Bà Rịa–Vũng Tàu']);
    expect(names('Quảng Bình,Quảng Trị')).toEqual(['Quảng Bình', 'Quảng Trị']);
  });

  it('does not join names across commas or other punctuation', () => {
    // 'Hà' + 'Nam' across a comma must not become Hà Nam.
    expect(names('Bắc Hà, Nam Định')).toEqual(['Nam Định']);
  });

  it('treats old and new tone placement alike', () => {
    expect(names('tỉnh Hoà Bình và Thanh Hoá, Khánh Hoà')).toEqual(['Hòa Bình', 'Thanh Hóa', 'Khánh Hòa']);
    expect(names('Uỷ ban MTTQ tỉnh Đắk Lắk, Đăk Nông')).toEqual(['Đắk Lắk', 'Đắk Nông']);
  });

  it('does not confuse names that differ only in tone marks', () => {
    // 'Huệ' is a given name; it folds to the same letters as 'Huế'.
    expect(names('chị Huệ và chị Hằng')).toEqual([]);
    expect(names('về cố đô Huế')).toEqual(['Huế']);
  });

  it('skips person names that contain a province name', () => {
    expect(names('Phó Thủ tướng Nguyễn Hòa Bình phát biểu')).toEqual([]);
    expect(names('bà Nguyễn Thị Huế, tỉnh Thanh Hóa')).toEqual(['Thanh Hóa']);
  });

  it('does not read the Pacific Ocean as Thái Bình', () => {
    expect(names('khu vực châu Á - Thái Bình Dương')).toEqual([]);
    expect(names('tỉnh Thái Bình')).toEqual(['Thái Bình']);
  });

  it('accepts all-caps headlines and English forms', () => {
    expect(names('MTTQ TỈNH LÀO CAI VÀ YÊN BÁI')).toEqual(['Lào Cai', 'Yên Bái']);
    expect(names('A delegation from Hanoi and Ho Chi Minh City visited Hue')).toEqual([
      'Hà Nội',
      'Hồ Chí Minh',
      'Huế',
    ]);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(findProvinces('')).toEqual([]);
    expect(names('Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội nghị.')).toEqual([]);
  });
});

describe('findProvinces (questions, case-insensitive)', () => {
  it('finds unaccented lowercase names', () => {
    expect(names('cum nam song hau gom tinh nao bac lieu', { caseSensitive: false })).toEqual(['Bạc Liêu']);
    expect(names('mttq ha noi va tp hcm lam gi', { caseSensitive: false })).toEqual([
      'Hà Nội',
      'Hồ Chí Minh',
    ]);
    expect(names('đắk lắk sáp nhập với tỉnh nào', { caseSensitive: false })).toEqual(['Đắk Lắk']);
  });

  it('still requires the prefix for Hồ Chí Minh', () => {
    expect(names('tư tưởng hồ chí minh là gì', { caseSensitive: false })).toEqual([]);
    expect(names('thanh pho ho chi minh', { caseSensitive: false })).toEqual(['Hồ Chí Minh']);
  });

  it('is not confused by "tình nguyện" before a province name', () => {
    expect(names('thanh niên tình nguyện hà nội', { caseSensitive: false })).toEqual(['Hà Nội']);
  });
});

// Type-level check that the exported interface is usable as declared.
const _typeCheck: Province | undefined = PROVINCES[0];
void _typeCheck;
