/**
 * The slots answering matches facts against: role, years, provinces and localities, cluster key,
 * title, what is counted and its kind, "mỗi" (per unit), and the parts of compound questions.
 */
import { describe, expect, it } from 'vitest';
import { type ParseOptions, parseQuestion } from '../../src/qa/parse-question.ts';

const KNOWN = new Set(['kon ray', 'dong anh', 'van ninh', 'dien huong', 'ngoc hien', 'pleiku']);
const opts: ParseOptions = { isKnownLocality: (n) => KNOWN.has(n) };
const parse = (q: string) => parseQuestion(q, opts);

describe('role', () => {
  it.each([
    ['Ai là cụm trưởng năm 2024?', 'leader'],
    ['Tỉnh nào là trưởng cụm năm 2024?', 'leader'],
    ['Cụm phó năm 2024 là tỉnh nào?', 'deputy'],
    ['cum pho nam 2024 la tinh nao', 'deputy'],
    ['Which province hosts the cluster in 2024?', 'leader'],
    ['Who is the deputy cluster leader in 2024?', 'deputy'],
    ['Which province was the deputy leader of the cluster in 2024?', 'deputy'],
  ])('%s → %s', (q, role) => expect(parse(q).role).toBe(role));

  it('no role word, no role', () => {
    expect(parse('Cụm thi đua Nam Sông Hậu gồm những tỉnh nào?').role).toBeUndefined();
  });
});

describe('years', () => {
  it('a written year', () => {
    expect(parse('Ai là cụm trưởng năm 2024?').years).toEqual([2024]);
  });

  it('a span gives every year of it', () => {
    expect([...parse('Giai đoạn 2019-2024 trao bao nhiêu suất quà Tết?').years].sort()).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect([...parse('Ai là cụm trưởng năm 2019 - 2021?').years].sort()).toEqual([2019, 2020, 2021]);
  });

  it('no year, none', () => {
    expect(parse('Ai là cụm trưởng?').years).toEqual([]);
  });
});

describe('provinces and localities', () => {
  it('a province with or without diacritics, and in English', () => {
    expect(parse('Bạc Liêu ban hành bao nhiêu văn bản?').provinces).toEqual(['Bạc Liêu']);
    expect(parse('bac lieu ban hanh bao nhieu van ban').provinces).toEqual(['Bạc Liêu']);
    expect(parse('Who chairs the Front committee of Hanoi?').provinces).toEqual(['Hà Nội']);
  });

  it('a district some article knows, with or without diacritics', () => {
    expect(parse('Chủ tịch Ủy ban MTTQ huyện Kon Rẫy là ai?').localities).toEqual([
      { admin: 'huyen', name: 'kon ray' },
    ]);
    expect(parse('chu tich mttq huyen kon ray la ai').localities).toEqual([
      { admin: 'huyen', name: 'kon ray' },
    ]);
  });

  it('a known place written first, without its admin word: its capitals go on past the first word', () => {
    expect(parse('Vạn Ninh vận động được bao nhiêu tiền?').localities).toEqual([
      { admin: '', name: 'van ninh' },
    ]);
    expect(parse('Vận động được bao nhiêu tiền?').localities).toEqual([]);
  });

  it('a district no article knows is reported as unknown', () => {
    const q = parse('Chủ tịch Ủy ban MTTQ huyện Mường Tè là ai?');
    expect(q.localities).toEqual([]);
    expect(q.unknownNames).toEqual(['huyen muong te']);
    expect(parse('chu tich uy ban mttq huyen muong te la ai').unknownNames).toEqual(['huyen muong te']);
  });

  it('who a question typed in lower case says did it, or where, is unknown when no article has a word of it', () => {
    const words = new Set([
      'ban',
      'giao',
      'nha',
      'dai',
      'doan',
      'ket',
      'moi',
      'can',
      'agribank',
      'don',
      'tai',
      'tro',
    ]);
    const knowing = { ...opts, knowsWord: (w: string) => words.has(w) };
    expect(parseQuestion('buon don ban giao bao nhieu nha dai doan ket', knowing).unknownNames).toEqual([
      'buon don',
    ]);
    expect(parseQuestion('agribank krong pac tai tro moi can bao nhieu', knowing).unknownNames).toEqual([
      'agribank krong pac',
    ]);
    expect(
      parseQuestion('moi can nha ban giao o krong pac co dien tich bao nhieu', knowing).unknownNames,
    ).toEqual(['krong pac']);
    // places, bodies and times read already are no unknown subject; nor is a name written with capitals
    expect(
      parseQuestion('ca nam 2024 mttq huyen kon ray ban giao bao nhieu nha', knowing).unknownNames,
    ).toEqual([]);
    expect(parseQuestion('Buôn Đôn bàn giao bao nhiêu nhà đại đoàn kết?', knowing).unknownNames).toEqual([]);
  });

  it('without isKnownLocality nothing is called unknown', () => {
    expect(parseQuestion('Chủ tịch Ủy ban MTTQ huyện Mường Tè là ai?').unknownNames).toEqual([]);
  });

  it('"cấp huyện" is a level, not a district', () => {
    const q = parse('dai hoi mat tran cap huyen hoan thanh khi nao');
    expect(q.localities).toEqual([]);
    expect(q.unknownNames).toEqual([]);
  });
});

describe('cluster key', () => {
  it('the same key for the full name, the folded short name and English', () => {
    expect(
      parse('Ai là cụm trưởng Cụm thi đua các tỉnh Miền núi biên giới phía Bắc năm 2024?').clusterKey,
    ).toBe('nui bien gioi phia bac');
    expect(parse('ai la cum truong cum mien nui bien gioi phia bac nam 2024').clusterKey).toBe(
      'nui bien gioi phia bac',
    );
    expect(parse('Which provinces are in the northern mountainous border cluster?').clusterKey).toBe(
      'nui bien gioi phia bac',
    );
  });

  it('"số II" = "số 2"', () => {
    expect(parse('Cụm thi đua số II gồm những đơn vị nào?').clusterKey).toBe('so 2');
    expect(parse('cụm thi đua số 2 gồm những đơn vị nào').clusterKey).toBe('so 2');
  });

  it('a cluster the store knows, named without "cụm"', () => {
    const q = parseQuestion('Các tỉnh Nam Sông Hậu ban hành bao nhiêu văn bản?', {
      clusterKeys: ['nam song hau', 'nui bien gioi phia bac'],
    });
    expect(q.clusterKey).toBe('nam song hau');
  });

  it('a cluster named without "cụm" is a phrase: its key\'s words in order, a word or two between them', () => {
    const keys = { clusterKeys: ['dong nam bo', 'trung du mien nui phia bac'] };
    expect(parseQuestion('MTTQ các tỉnh Đông Nam Bộ vận động được bao nhiêu tiền?', keys).clusterKey).toBe(
      'dong nam bo',
    );
    expect(parseQuestion('các tỉnh trung du và miền núi phía Bắc gồm những tỉnh nào', keys).clusterKey).toBe(
      'trung du mien nui phia bac',
    );
    // "Năm", "vận động", "cán bộ": the syllables of "Đông Nam Bộ" scattered over other words
    expect(
      parseQuestion('Năm Căn vận động cán bộ ủng hộ ít nhất mấy ngày lương?', keys).clusterKey,
    ).toBeUndefined();
  });
});

describe('title', () => {
  it('"phó chủ tịch thường trực" is its own head, with the place after it', () => {
    const t = parse('Ai là Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh Quảng Ninh?').title;
    expect(t).toMatchObject({ head: 'pho chu tich thuong truc', central: false });
    expect(t?.org).toEqual(['uy', 'ban', 'mat', 'tran', 'to', 'quoc']);
    expect(t?.place).toMatch(/^quang ninh/);
  });

  it('"phó chủ tịch" alone is a shorter head', () => {
    expect(parse('Ai là Phó Chủ tịch Ủy ban MTTQ tỉnh Quảng Ninh?').title?.head).toBe('pho chu tich');
  });

  it('without diacritics and with an abbreviation', () => {
    const t = parse('ai la pho chu tich thuong truc mttq tinh gia lai').title;
    expect(t).toMatchObject({ head: 'pho chu tich thuong truc', org: ['mat', 'tran', 'to', 'quoc'] });
    expect(t?.place).toMatch(/^gia lai/);
  });

  it('a central title', () => {
    expect(parse('Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nào dự hội nghị?').title?.central).toBe(true);
    expect(parse('Ai là Chủ tịch nước?').title?.central).toBe(true);
  });

  it('a cluster role is no title', () => {
    expect(parse('Ai là cụm trưởng năm 2024?').title).toBeUndefined();
  });
});

describe('a name asked ("tên gì")', () => {
  it("of an office is its holder's, a person; never of another kind of thing", () => {
    expect(parse('bi thu tinh uy bac lieu ten gi').expected).toBe('person');
    expect(parse('Chủ tịch Ủy ban MTTQ tỉnh Quảng Ninh tên là gì?').expected).toBe('person');
    expect(parse('Chủ tịch Ủy ban MTTQ tỉnh phát động phong trào tên là gì?').expected).not.toBe('person');
  });
});

describe('what is counted', () => {
  it('the counted phrase after "bao nhiêu"', () => {
    expect(parse('Có bao nhiêu xã đạt nông thôn mới?')).toMatchObject({
      counted: 'xa dat nong thon moi',
      quantityKind: 'units',
    });
    expect(parse('Huy động bao nhiêu ngày công?')).toMatchObject({
      counted: 'ngay cong',
      quantityKind: 'workdays',
    });
    expect(parse('xây mới bao nhiêu nhà').quantityKind).toBe('houses');
  });

  it('the kind from a cue word: "bao nhiêu tiền" → money, "tăng trưởng" → percent', () => {
    expect(parse('Vận động ủng hộ được bao nhiêu tiền?').quantityKind).toBe('money');
    expect(parse('Kinh tế Bạc Liêu năm 2022 tăng trưởng bao nhiêu?').quantityKind).toBe('percent');
    expect(parse('How much money was raised?').quantityKind).toBe('money');
  });

  it('only counting questions have a counted phrase', () => {
    expect(parse('Ai là cụm trưởng năm 2024?').counted).toBeUndefined();
    expect(parse('Ai là cụm trưởng năm 2024?').quantityKind).toBeUndefined();
  });
});

describe('per unit', () => {
  it('"mỗi" makes a per-unit question, with or without diacritics', () => {
    expect(parse('Mỗi căn nhà được hỗ trợ bao nhiêu tiền?').perUnit).toBe(true);
    expect(parse('moi can nha duoc ho tro bao nhieu tien').perUnit).toBe(true);
    expect(parse('moi xa chon bao nhieu khu dan cu').perUnit).toBe(true);
  });

  it('"mới" is not "mỗi": "nông thôn mới", "xây mới"', () => {
    expect(parse('Có bao nhiêu xã đạt nông thôn mới?').perUnit).toBe(false);
    expect(parse('co bao nhieu xa dat nong thon moi').perUnit).toBe(false);
    expect(parse('xay moi bao nhieu nha').perUnit).toBe(false);
  });
});

describe('compound questions', () => {
  it('"… bao nhiêu … và … bao nhiêu …" is split into parts that each ask one thing', () => {
    const q = parse('Bao nhiêu ngày công và bao nhiêu m2 đất được huy động?');
    expect(q.parts.map((p) => [p.counted, p.quantityKind])).toEqual([
      ['ngay cong', 'workdays'],
      ['m2 dat', 'area'],
    ]);
  });

  it('the parts share the scope and the "mỗi" of the whole question', () => {
    const q = parse('Năm 2025 mỗi suất quà gồm bao nhiêu tiền mặt và túi quà trị giá bao nhiêu?');
    expect(q.parts).toHaveLength(2);
    for (const p of q.parts) {
      expect(p.years).toEqual([2025]);
      expect(p.perUnit).toBe(true);
      expect(p.quantityKind).toBe('money');
    }
  });

  it('a simple question has no parts', () => {
    expect(parse('Có bao nhiêu xã đạt nông thôn mới?').parts).toEqual([]);
  });
});
