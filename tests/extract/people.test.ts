/**
 * People with their titles and what they did, titles written with a bare "tỉnh"/"huyện" resolved to
 * the article's place, "nguyên" titles marked former; and the localities a sentence names.
 */
import { describe, expect, it } from 'vitest';
import type { PersonFact } from '../../src/extract/fact.ts';
import { findLocalities, findPersons } from '../../src/extract/mentions.ts';
import { dev, factsOf, HAS_DEV, mini, seed } from './articles.ts';

const person = (facts: PersonFact[], name: string, sentence?: number) =>
  facts.find((p) => p.name === name && (sentence === undefined || p.source.sentenceIndex === sentence));

describe('findPersons', () => {
  it('a family name that also begins other names is one when a middle name follows ("Tôn Nữ", "Tôn Thất")', () => {
    const persons = findPersons(
      'Tại lễ phát động, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tôn Nữ Thu Hà kêu gọi các cơ quan ủng hộ.',
    );
    expect(persons.map((p) => [p.name, p.titles.map((t) => t.text)])).toEqual([
      ['Tôn Nữ Thu Hà', ['Chủ tịch Ủy ban MTTQ Việt Nam huyện']],
    ]);
    expect(findPersons('Chủ tịch UBND huyện Tôn Thất Bình phát biểu.').map((p) => p.name)).toEqual([
      'Tôn Thất Bình',
    ]);
  });

  it('in a list of officers, a bare office is of the body named before it', () => {
    const persons = findPersons(
      'Ban Thường trực gồm 3 vị: bà Lê Thị Mai được cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Phạm Văn Bình, Phó Chủ tịch; bà Ngô Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, Phó Chủ tịch kiêm nhiệm.',
    );
    expect(persons.map((p) => [p.name, p.titles.map((t) => t.text)])).toEqual([
      ['Lê Thị Mai', ['Chủ tịch Ủy ban MTTQ Việt Nam xã']],
      ['Phạm Văn Bình', ['Phó Chủ tịch Ủy ban MTTQ Việt Nam xã']],
      [
        'Ngô Thị Lan',
        ['Chủ tịch Hội Liên hiệp Phụ nữ xã', 'Phó Chủ tịch kiêm nhiệm Ủy ban MTTQ Việt Nam xã'],
      ],
    ]);
  });

  it('a name followed by ", title"', () => {
    const [p] = findPersons(
      'Ông Hoàng Công Thủy, Phó Chủ tịch Uỷ ban Trung ương MTTQ Việt Nam dự và phát biểu tại Hội nghị.',
    );
    expect(p?.name).toBe('Hoàng Công Thủy');
    expect(p?.titles.map((t) => t.text)).toEqual(['Phó Chủ tịch Uỷ ban Trung ương MTTQ Việt Nam']);
    expect(p?.titles[0]?.central).toBe(true);
  });

  it('a title written before the name, the province between them', () => {
    const persons = findPersons(
      'Tại hội nghị, Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng thông tin, sau 25 năm tái lập',
    );
    expect(persons.map((p) => p.name)).toEqual(['Lữ Văn Hùng']);
    expect(persons[0]?.titles[0]).toMatchObject({ text: 'Bí thư Tỉnh ủy Bạc Liêu', locality: 'Bạc Liêu' });
  });

  it('titles after "Name- ", a cluster role among them', () => {
    const [p] = findPersons('Nguyễn Hải- Chủ tịch Ủy ban MTTQ tỉnh- Cụm trưởng cụm thi đua; lãnh đạo Ủy ban');
    expect(p?.name).toBe('Nguyễn Hải');
    expect(p?.titles.map((t) => t.text)).toEqual(['Chủ tịch Ủy ban MTTQ tỉnh', 'Cụm trưởng cụm thi đua']);
  });

  it('a province name is not a person', () => {
    expect(findPersons('Ủy ban MTTQ tỉnh Lào Cai là Cụm trưởng năm 2024.')).toEqual([]);
  });
});

describe('findLocalities', () => {
  it('admin word and name, at every level', () => {
    const locs = findLocalities('thăm và tặng quà tại thôn Nà Hai, xã Quảng Khê, huyện Ba Bể, tỉnh Bắc Kạn.');
    expect(locs.map((l) => [l.surface, l.level])).toEqual([
      ['thôn Nà Hai', 'village'],
      ['xã Quảng Khê', 'commune'],
      ['huyện Ba Bể', 'district'],
      ['tỉnh Bắc Kạn', 'province'],
    ]);
    expect(locs[3]?.province).toBe('Bắc Kạn');
  });

  it('"xóm" is a village word, as the mountain provinces write it', () => {
    const locs = findLocalities('Ngày hội Đại đoàn kết ở khu dân cư xóm Nà Pò, xã Đình Phong.');
    expect(locs.map((l) => [l.surface, l.level])).toEqual([
      ['xóm Nà Pò', 'village'],
      ['xã Đình Phong', 'commune'],
    ]);
  });

  it('bare province names, and "TP" as an admin word', () => {
    const locs = findLocalities('Ngày 23/5, tại TP Hạ Long, Ủy ban MTTQ tỉnh Quảng Ninh và Hà Nội');
    expect(locs.map((l) => l.surface)).toEqual(['TP Hạ Long', 'tỉnh Quảng Ninh', 'Hà Nội']);
  });

  it('"Tỉnh ủy" is a party committee, not a place', () => {
    expect(findLocalities('Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận')).toEqual([]);
  });

  it('a person whose name ends in a province name ("Từ Thành Huế") is no mention of Huế', () => {
    const locs = findLocalities(
      'Trưởng ban Đối ngoại và Kiều bào cơ quan UBTƯ MTTQ Việt Nam - Từ Thành Huế dự tại điểm cầu Hà Nội.',
    );
    expect(locs.map((l) => l.province)).toEqual(['Hà Nội']);
  });
});

describe('people in the seeds', () => {
  it('002: Lữ Văn Hùng, Bí thư Tỉnh ủy of Bạc Liêu, with his three titles', () => {
    const p = person(factsOf(seed('002'), 'person'), 'Lữ Văn Hùng', 3);
    expect(p?.titles.map((t) => t.text)).toEqual([
      'Bí thư Tỉnh ủy',
      'Trưởng Đoàn Đại biểu quốc hội',
      'Chủ tịch Hội đồng nhân dân tỉnh',
    ]);
    expect(p?.titles[0]?.locality).toBe('Bạc Liêu');
    expect(p?.titles[2]?.locality).toBe('Bạc Liêu');
    expect(p?.actions).toContain('cung du');
  });

  it('001: "Chủ tịch Ủy ban MTTQ tỉnh" resolves to the article province, Phú Thọ', () => {
    const p = person(factsOf(seed('001'), 'person'), 'Nguyễn Hải');
    expect(p?.titles[0]).toMatchObject({
      text: 'Chủ tịch Ủy ban MTTQ tỉnh',
      locality: 'Phú Thọ',
      central: false,
    });
  });

  it('004: Mùa A Sơn chaired ("dưới sự chủ trì của đồng chí …")', () => {
    const p = person(factsOf(seed('004'), 'person'), 'Mùa A Sơn', 0);
    expect(p?.actions).toContain('chu tri');
    expect(p?.titles[0]?.text).toBe('Phó Bí thư Thường trực');
  });

  it('004: titles with a bare "tỉnh" resolve to Điện Biên', () => {
    const facts = factsOf(seed('004'), 'person');
    expect(person(facts, 'Lò Văn Phương')?.titles.map((t) => [t.text, t.locality])).toEqual([
      ['Ủy viên BTV Tỉnh ủy', 'Điện Biên'],
      ['Chủ tịch HĐND tỉnh', 'Điện Biên'],
    ]);
    expect(person(facts, 'Lò Văn Tiến')?.titles[0]?.folded).toBe('pho chu tich uy ban nhan dan tinh');
  });

  it('003: the standing vice-chair of Quảng Ninh', () => {
    const p = person(factsOf(seed('003'), 'person'), 'Hoàng Đức Hạnh');
    expect(p?.titles[0]).toMatchObject({
      text: 'Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam tỉnh Quảng Ninh',
      locality: 'Quảng Ninh',
    });
    expect(p?.actions).toContain('phat bieu');
  });

  it('"phong trào" (movement) is not the action "trao" (hand over)', () => {
    // 000, sentence 24: "… nâng cao chất lượng việc tổ chức các phong trào, cuộc vận động …"
    const p = person(factsOf(seed('000'), 'person'), 'Hoàng Công Thủy', 24);
    expect(p?.actions).not.toContain('trao');
  });
});

describe.skipIf(!HAS_DEV)('people in the dev articles', () => {
  it('b06: Trần Đại Quang, Chủ tịch nước, a central title', () => {
    const p = person(factsOf(dev('b06'), 'person'), 'Trần Đại Quang');
    expect(p?.titles).toEqual([expect.objectContaining({ text: 'Chủ tịch nước', central: true })]);
  });

  it('b12: Lưu Văn Thọ, his "nguyên" titles marked former, "Tân" marked new', () => {
    const facts = factsOf(dev('b12'), 'person');
    const elected = facts.find((p) => p.name === 'Lưu Văn Thọ' && p.titles.length > 2);
    const former = elected?.titles.filter((t) => t.status === 'former').map((t) => t.text);
    expect(former).toEqual([
      'nguyên Bí thư Đảng ủy',
      'nguyên Chủ tịch UBND thị trấn Rạch Gốc, huyện Ngọc Hiển',
    ]);
    expect(elected?.actions).toContain('duoc bau');
    const neu = person(facts, 'Lưu Văn Thọ', 2)?.titles[0];
    expect(neu).toMatchObject({ status: 'new', locality: 'huyện Ngọc Hiển' });
  });

  it('a01: "Phó chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai" after a dash', () => {
    const p = person(factsOf(dev('a01'), 'person'), 'Lâm Thế Tổng');
    expect(p?.titles[0]?.locality).toBe('Gia Lai');
    expect(p?.titles[0]?.folded).toMatch(/^pho chu tich thuong truc /);
  });

  it('a17: "Chủ tịch Ủy ban MTTQ Việt Nam huyện" resolves to huyện Vạn Ninh', () => {
    const p = person(factsOf(dev('a17'), 'person'), 'Huỳnh Ngọc Thơ', 2);
    expect(p?.titles.find((t) => t.folded.startsWith('chu tich'))?.locality).toBe('huyện Vạn Ninh');
  });
});

describe('written in the same style', () => {
  it('a person with neither title nor action is no fact', () => {
    expect(factsOf(mini(['Tin tức', 'Bài: Đinh Tuyên, ảnh Ngọc Dũng'], 2013), 'person')).toEqual([]);
  });
});
