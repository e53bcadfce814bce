/**
 * Answers once the dev articles (other Front news sites) are ingested next to the seeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import {
  expectNotFound,
  expectSupported,
  expectWellCited,
  HAS_DEV,
  type Opened,
  openEngine,
} from './engine.ts';

describe.skipIf(!HAS_DEV)('with the dev articles', () => {
  let opened: Opened;
  let engine: Engine;
  beforeAll(async () => {
    opened = await openEngine(true);
    engine = opened.engine;
  });
  afterAll(() => opened.close());

  const ask = (q: string) => {
    const a = engine.ask(q);
    expectWellCited(engine, a);
    return a;
  };

  it('the 2024 leaders now include Bình Thuận, with Bố Thị Xuân Linh', () => {
    const a = ask('Ai là cụm trưởng năm 2024?');
    for (const p of ['Lào Cai', 'Bắc Kạn', 'Bình Thuận', 'Bố Thị Xuân Linh']) expectSupported(a, p);
    expect(a.text).not.toContain('Phú Thọ');
  });

  it('"(Trưởng cụm)": thành phố Pleiku led cluster số 1 in 2013', () => {
    expectSupported(ask('Ai là cụm trưởng Cụm thi đua số 1 năm 2013?'), 'thành phố Pleiku');
  });

  it('huyện Kon Rẫy hosted cluster số II in 2020, and its five members', () => {
    expectSupported(ask('Đơn vị nào là cụm trưởng Cụm thi đua số II năm 2020?'), 'huyện Kon Rẫy');
    const members = ask('Cụm thi đua số II gồm những đơn vị nào?');
    // "các huyện Sa Thầy, Kon Plông": the admin word carries over to every name of the list
    expectSupported(members, 'thành phố Kon Tum');
    expect(members.text).toContain('huyện Sa Thầy, huyện Kon Plông, huyện Ia H’Drai, huyện Kon Rẫy');
    for (const name of ['Sa Thầy', 'Kon Plông', 'Ia H’Drai']) expectSupported(members, name);
  });

  it('"how many houses were built?" lists every article\'s figure', () => {
    const a = ask('how many houses were built?');
    for (const figure of [
      '6.690 nhà Đại đoàn kết',
      '2.513 ngôi nhà Đại đoàn kết',
      '6.485 căn nhà đại đoàn kết',
      '104 căn nhà Đại đoàn kết',
      // Quảng Ngãi's figure, as its title or its body writes it
      '100 ',
    ])
      expectSupported(a, figure);
  });

  it('per house vs in total, for Ninh Phước', () => {
    const each = ask('Mỗi căn nhà Đại đoàn kết ở Ninh Phước được hỗ trợ bao nhiêu tiền?');
    expect(each.items).toHaveLength(1);
    expectSupported(each, '50 triệu đồng');
    const total = ask('Tổng kinh phí xây nhà Đại đoàn kết ở Ninh Phước là bao nhiêu?');
    expect(total.items).toHaveLength(1);
    expectSupported(total, '5,2 tỷ đồng');
  });

  it('the standing vice-chair of Gia Lai in 2013, asked without diacritics', () => {
    expectSupported(
      ask(
        'ai la pho chu tich thuong truc mttq tinh gia lai du hoi nghi ky giao uoc cum thi dua so 1 nam 2013',
      ),
      'Lâm Thế Tổng',
    );
  });

  it('the three who chaired the third consultation in Gia Lai', () => {
    const a = ask('Ai chủ trì hội nghị hiệp thương lần thứ 3 của Ủy ban MTTQ tỉnh Gia Lai?');
    for (const n of ['Nguyễn Ngọc Lương', 'Trần Minh Sơn', 'Hồ Thị Kim Thu']) expectSupported(a, n);
  });

  it('the movement the Prime Minister launched', () => {
    const a = ask('Phong trào thi đua nào do Thủ tướng phát động?');
    expectSupported(a, 'Cả nước chung tay xóa nhà tạm, nhà dột nát');
    expect(a.text).toContain('Thủ tướng');
  });

  it('the code of the Tết plan', () => {
    expectSupported(
      ask('Kế hoạch phối hợp thăm, tặng quà người nghèo dịp Tết Bính Ngọ có số hiệu là gì?'),
      '96/KH-MTTW-BTT',
    );
  });

  it('the workdays of Nghệ An', () => {
    expectSupported(ask('Người dân Nghệ An đóng góp bao nhiêu ngày công?'), 'khoảng 6,3 triệu ngày công');
  });

  it('the new chair of huyện Ngọc Hiển', () => {
    expectSupported(ask('Ai là Chủ tịch Ủy ban MTTQ huyện Ngọc Hiển?'), 'Lưu Văn Thọ');
  });

  it('still no chair of the Front committee of Hanoi', () => {
    expectNotFound(engine.ask('Who chairs the Front committee of Hanoi?'));
  });
});
