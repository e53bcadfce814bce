/**
 * Answers from the seed articles, one spec per kind of answer; every found answer is cited with the
 * article, its title and the sentence that holds the answer's name or figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { expectSupported, expectWellCited, type Opened, openEngine } from './engine.ts';

let opened: Opened;
let engine: Engine;
beforeAll(async () => {
  opened = await openEngine();
  engine = opened.engine;
});
afterAll(() => opened.close());

const ask = (q: string) => {
  const a = engine.ask(q);
  expectWellCited(engine, a);
  expect(a.kind).toBe('fact');
  return a;
};

describe('role', () => {
  it('"Ai là cụm trưởng năm 2024?" lists both 2024 leaders, each with its own source', () => {
    const a = ask('Ai là cụm trưởng năm 2024?');
    expect(a.items).toHaveLength(2);
    expectSupported(a, 'Lào Cai');
    expectSupported(a, 'Bắc Kạn');
    expect(new Set(a.citations.map((c) => c.articleId)).size).toBe(2);
    // each line says whose role it is: the role, the cluster, the year
    for (const line of a.text.split('\n').slice(1)) expect(line).toMatch(/Cụm trưởng Cụm thi đua .*2024/);
  });

  it('naming the cluster gives its leader only', () => {
    const a = ask('Cụm trưởng Cụm thi đua các tỉnh Miền núi biên giới phía Bắc năm 2024 là tỉnh nào?');
    expect(a.items).toHaveLength(1);
    expectSupported(a, 'Lào Cai');
  });

  it('the deputy of 2024, without diacritics', () => {
    const a = ask('cum pho nam 2024 la tinh nao');
    expect(a.items).toHaveLength(1);
    expectSupported(a, 'Cao Bằng');
  });

  it('the leader of Nam Sông Hậu in 2023', () => {
    expectSupported(ask('Ai là cụm trưởng Cụm thi đua Nam Sông Hậu năm 2023?'), 'Cà Mau');
  });

  it('the leader with the person representing it ("Chủ tịch Ủy ban MTTQ tỉnh" of the host province)', () => {
    const a = ask('Ai là cụm trưởng Cụm thi đua các tỉnh trung du và miền núi phía Bắc năm 2023?');
    expect(a.items).toHaveLength(1);
    expect(a.text).toMatch(/^Phú Thọ \(Nguyễn Hải/);
    expectSupported(a, 'Nguyễn Hải');
  });
});

describe('members', () => {
  it('Nam Sông Hậu: the six provinces', () => {
    const a = ask('Cụm thi đua Nam Sông Hậu gồm những tỉnh nào?');
    for (const p of ['Bạc Liêu', 'Cà Mau', 'An Giang', 'Hậu Giang', 'Kiên Giang', 'Sóc Trăng'])
      expectSupported(a, p);
  });

  it('Miền núi biên giới phía Bắc: the seven provinces, asked without diacritics', () => {
    const a = ask('cum thi dua mien nui bien gioi phia bac gom nhung tinh nao');
    for (const p of ['Điện Biên', 'Lai Châu', 'Sơn La', 'Lào Cai', 'Cao Bằng', 'Lạng Sơn', 'Hà Giang'])
      expectSupported(a, p);
    expect(a.text).not.toContain('Phú Thọ');
  });
});

describe('quantities', () => {
  it('"how many houses were built?" gives every article\'s figure with its source', () => {
    const a = ask('how many houses were built?');
    expect(a.lang).toBe('en');
    for (const figure of [
      '6.690 nhà Đại đoàn kết',
      '2.513 ngôi nhà Đại đoàn kết',
      '6.485 căn nhà đại đoàn kết',
    ])
      expectSupported(a, figure);
    expect(new Set(a.citations.map((c) => c.articleId)).size).toBe(3);
  });

  it('a province named narrows to its figure: workdays of Điện Biên', () => {
    const a = ask('Tỉnh Điện Biên huy động bao nhiêu ngày công?');
    expect(a.items).toHaveLength(1);
    expectSupported(a, '9.537 ngày công');
  });

  it('the growth of Bạc Liêu in 2022 is a percent', () => {
    const a = ask('Kinh tế Bạc Liêu năm 2022 tăng trưởng bao nhiêu?');
    expectSupported(a, '9,6%');
  });

  it('the gifts of Quảng Ninh', () => {
    expectSupported(ask('Quảng Ninh trao bao nhiêu suất quà Tết?'), '354.325 suất quà Tết');
  });

  it('"xã đạt nông thôn mới" is told apart from "nông thôn mới nâng cao"', () => {
    const a = ask('Có bao nhiêu xã đạt nông thôn mới?');
    expect(a.items).toHaveLength(1);
    expectSupported(a, '653 xã đạt nông thôn mới');
  });

  it('how much money was raised in the northern mountainous border cluster', () => {
    expectSupported(
      ask('How much money was raised in the northern mountainous border cluster?'),
      'trên 280 tỷ đồng',
    );
  });
});

describe('person by title', () => {
  it('the standing vice-chair of Quảng Ninh', () => {
    const a = ask('Ai là Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh Quảng Ninh?');
    expectSupported(a, 'Hoàng Đức Hạnh');
  });

  it('the party secretary of Bạc Liêu', () => {
    const a = ask('Ai là Bí thư Tỉnh ủy Bạc Liêu?');
    expect(a.items).toHaveLength(1);
    expectSupported(a, 'Lữ Văn Hùng');
  });

  it('who chaired the briefing of the Front and mass organisations of Điện Biên', () => {
    const a = ask('Ai chủ trì hội nghị giao ban Khối cơ quan MTTQ tỉnh Điện Biên?');
    expectSupported(a, 'Mùa A Sơn');
  });

  it('the central vice-chair at the Nam Sông Hậu briefing', () => {
    expectSupported(
      ask(
        'Ai là Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự Hội nghị giao ban Cụm thi đua Nam Sông Hậu?',
      ),
      'Trương Thị Ngọc Ánh',
    );
  });
});

describe('when and where', () => {
  it('the date of the review conference, with its year', () => {
    const a = ask(
      'Hội nghị tổng kết Cụm thi đua các tỉnh miền núi biên giới phía Bắc năm 2023 diễn ra ngày nào?',
    );
    expect(a.items).toHaveLength(1);
    expectSupported(a, 'Chiều ngày 11/12');
    expect(a.text).toContain('11/12/2023');
  });

  it('the deadline of the provincial congresses', () => {
    const a = ask('Đại hội Mặt trận cấp tỉnh phải hoàn thành khi nào?');
    expectSupported(a, 'tháng 8/2024');
    expect(a.text).not.toContain('tháng 4');
  });

  it('the place of the Nam Sông Hậu briefing', () => {
    expectSupported(ask('Hội nghị giao ban Cụm thi đua Nam Sông Hậu tổ chức ở đâu?'), 'thành phố Bạc Liêu');
  });
});

describe('what', () => {
  it('the code of the directive on the Front congresses', () => {
    const a = ask('Chỉ thị về lãnh đạo Đại hội Mặt trận các cấp có số hiệu là gì?');
    expectSupported(a, '22-CT/TW');
  });

  it('the province proposed for the comprehensive-excellence flag', () => {
    const a = ask('Tỉnh nào được đề nghị tặng Cờ thi đua xuất sắc toàn diện?');
    expect(a.items).toHaveLength(1);
    expectSupported(a, 'Phú Thọ');
    expect(a.text).not.toContain('Bắc Kạn');
  });
});

describe('English', () => {
  it('answers in English around the names and figures as written', () => {
    const a = ask('Who was the cluster leader of the northern mountainous border cluster in 2024?');
    expect(a.lang).toBe('en');
    expectSupported(a, 'Lào Cai');
    expect(a.text).toContain('cluster leader (Cụm trưởng)');
    expect(a.text).toContain('in 2024');
  });

  it('which provinces are in the Nam Song Hau cluster', () => {
    expectSupported(ask('Which provinces are in the Nam Song Hau cluster?'), 'Sóc Trăng');
  });
});

describe('follow-ups through ask(question, context)', () => {
  it('"còn năm 2023?" after the 2024 leader gives the 2023 leader', () => {
    const first = ask('Ai là cụm trưởng Cụm thi đua các tỉnh Miền núi biên giới phía Bắc năm 2024?');
    const next = engine.ask('còn năm 2023?', first.context);
    expectWellCited(engine, next);
    expectSupported(next, 'Điện Biên');
    expect(next.text).not.toContain('Lào Cai');
  });

  it('"còn cụm Nam Sông Hậu?" changes the cluster', () => {
    const first = ask('Ai là cụm trưởng Cụm thi đua các tỉnh Miền núi biên giới phía Bắc năm 2023?');
    const next = engine.ask('còn cụm Nam Sông Hậu?', first.context);
    expectSupported(next, 'Cà Mau');
  });

  it('without the context the same words are not understood', () => {
    expect(engine.ask('còn năm 2023?').text).not.toContain('Điện Biên');
  });

  it('"What about 2023?" after an English question', () => {
    const first = ask('Who was the cluster leader of the northern mountainous border cluster in 2024?');
    const next = engine.ask('What about 2023?', first.context);
    expectSupported(next, 'Điện Biên');
  });
});
