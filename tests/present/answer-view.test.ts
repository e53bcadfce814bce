/**
 * One formatter for every surface: the Telegram HTML and the terminal text come from the same view, say
 * the same words, print each citation once, never cut a word, and never repeat a title.
 */
import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/answer/phrasing.ts';
import type { Answer, AnswerItem, Citation } from '../../src/answer/types.ts';
import { renderAnswer } from '../../src/bot/format.ts';
import { stripHtml } from '../../src/bot/html.ts';
import { strings } from '../../src/bot/i18n.ts';
import { formatAnswer } from '../../src/cli/format-answer.ts';
import type { AskResult } from '../../src/engine.ts';
import { answerView, namesTitle } from '../../src/present/answer-view.ts';
import { expectSafeHtml } from '../bot/harness.ts';

const TITLE =
  'Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi đua Mặt trận các tỉnh Miền núi biên giới phía Bắc năm 2023';
const NUI: Citation = {
  articleId: 'mien-nui-2023',
  title: TITLE,
  publisher: 'Cổng TTĐT Mặt trận Tổ quốc Việt Nam',
  date: '2023-12-11',
  quote: 'Hỗ trợ sửa chữa, xây mới được 6.690 nhà Đại đoàn kết.',
  sentenceIndex: 7,
};
const NSH: Citation = {
  articleId: 'nam-song-hau',
  title: 'Hội nghị giao ban Cụm thi đua Nam Sông Hậu',
  date: '2022-12-15',
  quote:
    'Cụm thi đua Nam Sông Hậu gồm 6 tỉnh: Bạc Liêu, Cà Mau, An Giang, Hậu Giang, Kiên Giang và Sóc Trăng.',
  sentenceIndex: 0,
};

function answer(items: AnswerItem[], extra: Partial<AskResult> = {}): AskResult {
  const found = items.length > 0;
  return {
    found,
    kind: found ? 'fact' : 'none',
    lang: 'vi',
    text: items.map((i) => i.text).join('\n'),
    items,
    citations: [
      ...new Map(
        items.map((i) => [`${i.citation.articleId}#${i.citation.sentenceIndex}`, i.citation]),
      ).values(),
    ],
    context: {},
    ...extra,
  };
}

const html = (a: AskResult) => renderAnswer(a, strings('vi'), 'vi').html;
const text = (a: Answer & { understood?: string }) => formatAnswer(a, { color: false });
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('the same words on both surfaces', () => {
  const p = phrases('vi');

  it('not found', () => {
    const a = answer([]);
    expect(stripHtml(html(a))).toContain(p.notFound);
    expect(text(a)).toBe(p.notFound);
  });

  it('several answers', () => {
    const a = answer([
      { text: 'Lào Cai — Cụm trưởng năm 2024', citation: NUI },
      { text: 'Cà Mau — Cụm trưởng năm 2023', citation: NSH },
    ]);
    for (const out of [stripHtml(html(a)), text(a)]) {
      expect(out).toContain(p.several);
      expect(out).toContain('1. Lào Cai — Cụm trưởng năm 2024');
      expect(out).toContain('2. Cà Mau — Cụm trưởng năm 2023');
    }
  });

  it('a passage is labelled as no exact answer, and its sentence is not quoted again', () => {
    const a = answer([{ text: NSH.quote, citation: NSH }], { kind: 'passage', found: false });
    for (const out of [stripHtml(html(a)), text(a)]) {
      expect(out).toContain(p.passage);
      expect(count(out, NSH.quote)).toBe(1);
    }
  });

  it('the understood line heads both', () => {
    const a = answer([{ text: 'Cà Mau — Cụm trưởng năm 2023', citation: NSH }], {
      understood: 'Cụm trưởng · năm 2023 · Cụm Nam Sông Hậu',
    });
    expect(html(a).split('\n')[0]).toBe('🔎 <i>Cụm trưởng · năm 2023 · Cụm Nam Sông Hậu</i>');
    expect(text(a).split('\n')[0]).toBe('🔎 Cụm trưởng · năm 2023 · Cụm Nam Sông Hậu');
  });

  it('English words for an English answer', () => {
    const a = answer([], { lang: 'en' });
    expect(text(a)).toBe(phrases('en').notFound);
  });

  it('an English answer says what a figure counts in English where the glossary knows it, names as written', () => {
    const houses = { text: '6.690 nhà Đại đoàn kết', subject: 'Cụm thi đua Miền núi · 2023', citation: NUI };
    const money = { text: '106,9 tỷ đồng', citation: { ...NSH, quote: 'Tổng số tiền 106,9 tỷ đồng.' } };
    const unknown = { text: '3 xyz đồng bộ', citation: NSH };
    const a = answer([houses, money, unknown], { lang: 'en' });
    for (const out of [stripHtml(renderAnswer(a, strings('en'), 'en').html), text(a)]) {
      expect(out).toContain('6,690 great solidarity houses (nhà Đại đoàn kết) — Cụm thi đua Miền núi · 2023');
      expect(out).toContain('106.9 billion dong (tỷ đồng)');
      expect(out).toContain('3 xyz đồng bộ');
    }
    // a Vietnamese answer keeps its words, a classifier is read past, one is singular
    expect(text(answer([houses]))).toContain('6.690 nhà Đại đoàn kết — Cụm thi đua Miền núi · 2023');
    const one = answer([{ text: '1 căn nhà Đại đoàn kết', citation: NUI }], { lang: 'en' });
    expect(text(one)).toContain('1 great solidarity house (căn nhà Đại đoàn kết)');
    const province = answer([{ text: '1 tỉnh', citation: NUI }], { lang: 'en' });
    expect(text(province)).toContain('1 province (tỉnh)');
  });
});

describe('citations', () => {
  const members = ['Bạc Liêu', 'Cà Mau', 'An Giang'].map((m) => ({ text: m, citation: NSH }));

  it('a source is printed once however many items it supports (Telegram: once per run)', () => {
    const a = answer(members);
    const h = html(a);
    expectSafeHtml(h);
    expect(count(h, '— Hội nghị giao ban Cụm thi đua Nam Sông Hậu, 15/12/2022')).toBe(1);
    expect(renderAnswer(a, strings('vi'), 'vi').buttons).toHaveLength(1);
    const t = text(a);
    expect(count(t, NSH.quote)).toBe(1);
    expect(count(t, NSH.title)).toBe(1);
  });

  it('the terminal lists a source once even when items citing it are apart', () => {
    const a = answer([
      { text: 'Bạc Liêu', citation: NSH },
      { text: 'Lào Cai', citation: NUI },
      { text: 'Cà Mau', citation: { ...NSH, sentenceIndex: 3, quote: 'Cà Mau nhận nhiệm vụ Cụm trưởng.' } },
    ]);
    const t = text(a);
    expect(count(t, NSH.title)).toBe(1);
    expect(t).toContain('1. Bạc Liêu [1]');
    expect(t).toContain('3. Cà Mau [1]');
    expect(t).toContain('2. Lào Cai [2]');
    expect(count(t, 'Cà Mau nhận nhiệm vụ Cụm trưởng.')).toBe(1);
  });
});

describe('titles and subjects', () => {
  it('an item that names the title (even cut short) keeps the title out of the source line', () => {
    const a = answer([
      {
        text: '6.690 nhà Đại đoàn kết — Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi đua Mặt trận các tỉnh Miền núi…',
        citation: NUI,
      },
    ]);
    expect(count(text(a), 'Phó Chủ tịch Hoàng Công Thủy')).toBe(1);
    expect(text(a)).toContain('Cổng TTĐT Mặt trận Tổ quốc Việt Nam, 11/12/2023');
    expect(namesTitle('x — Phó Chủ tịch Hoàng Công Thủy dự Hội nghị…', TITLE)).toBe(true);
    expect(namesTitle('6.690 nhà Đại đoàn kết', TITLE)).toBe(false);
  });

  it('shows the subject the line is about when the answer stage gives one, and works without', () => {
    const subject = 'Cụm thi đua các tỉnh Miền núi biên giới phía Bắc · 2023';
    const withSubject = answer([{ text: '6.690 nhà Đại đoàn kết', subject, citation: NUI }]);
    expect(stripHtml(html(withSubject))).toContain(`6.690 nhà Đại đoàn kết — ${subject}`);
    expect(text(withSubject)).toContain(`6.690 nhà Đại đoàn kết — ${subject}`);
    // a subject the line already names is not added again
    const named = answer([{ text: `6.690 nhà Đại đoàn kết — ${subject}`, subject, citation: NUI }]);
    expect(count(text(named), subject)).toBe(1);
    expect(answerView(answer([{ text: '6.690 nhà Đại đoàn kết', citation: NUI }])).items[0]!.text).toBe(
      '6.690 nhà Đại đoàn kết',
    );
  });

  it('a subject adds only the parts the line does not already name', () => {
    const line = 'Lào Cai — Cụm trưởng Cụm thi đua các tỉnh miền núi biên giới phía Bắc năm 2024';
    const a = answer([
      { text: line, subject: 'Cụm thi đua các tỉnh miền núi biên giới phía Bắc · 2024', citation: NUI },
      { text: 'Bắc Kạn — Cụm trưởng năm 2024', subject: 'Cụm thi đua trung du · 2024', citation: NSH },
    ]);
    for (const out of [stripHtml(html(a)), text(a)]) {
      expect(out).toContain(`1. ${line}`);
      expect(out).not.toContain(`${line} —`);
      expect(out).toContain('2. Bắc Kạn — Cụm trưởng năm 2024 — Cụm thi đua trung du');
      expect(out).not.toContain('· 2024');
    }
  });

  it('a figure the extractor cut at its word limit is completed from its sentence, never left mid-phrase', () => {
    const quoted = (quote: string, textOf: string) =>
      answerView(answer([{ text: textOf, citation: { ...NSH, quote } }])).items[0]!.text;
    const dai =
      'Các đại biểu đã biểu quyết giới thiệu 138 người đủ tiêu chuẩn ứng cử đại biểu HĐND tỉnh nhiệm kỳ 2026-2031.';
    expect(quoted(dai, '138 người đủ tiêu chuẩn ứng cử đại')).toBe(
      '138 người đủ tiêu chuẩn ứng cử đại biểu HĐND tỉnh nhiệm kỳ 2026-2031',
    );
    // a number the last word asks for belongs to the phrase; a connector ends it
    const so = 'Huyện tổ chức đánh giá thi đua tại 3 cụm thi đua số 1,2 và 3 của mặt trận huyện.';
    expect(quoted(so, '3 cụm thi đua số')).toBe('3 cụm thi đua số 1,2');
    // a fraction's word cut in two ("ủy viên")
    const uv = 'Đã bầu 116/119 ủy viên, còn khuyết 3 vị sẽ tiếp tục hiệp thương.';
    expect(quoted(uv, '116/119 ủy')).toBe('116/119 ủy viên');
    // a phrase that ends where its sentence's phrase ends stays as it is, another figure is not taken
    const two =
      'Bàn giao 9 nhà Đại đoàn kết cho hộ nghèo và xây dựng 15 nhà Đại đoàn kết, 5 hộ 20 triệu đồng.';
    expect(quoted(two, '9 nhà Đại đoàn kết')).toBe('9 nhà Đại đoàn kết');
    expect(quoted(two, '5 hộ')).toBe('5 hộ');
    // an end too far away: the cut is shown with "…" rather than a long line
    const far =
      'Trao 35 tỉ đồng hỗ trợ nhân dân Khánh Hòa khắc phục hậu quả thiệt hại do mưa lũ gây ra trên địa bàn các huyện miền núi phía tây.';
    expect(quoted(far, '35 tỉ đồng hỗ trợ nhân dân Khánh Hòa')).toBe('35 tỉ đồng hỗ trợ nhân dân Khánh Hòa…');
    // names are no figures: "Hoàng Công Thủy" is not run on into "dự Hội nghị"
    expect(quoted('Ông Hoàng Công Thủy dự Hội nghị.', 'Hoàng Công Thủy')).toBe('Hoàng Công Thủy');
  });

  it('a title standing in for a missing publisher is shortened at a word boundary', () => {
    const long = { ...NSH, title: TITLE, articleId: 'x' };
    const h = html(answer([{ text: 'Lào Cai', citation: long }]));
    const source = stripHtml(h.split('\n').find((l) => l.startsWith('<i>— '))!);
    expect(source).toBe('— Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi…, 15/12/2022');
  });
});

describe('terminal colour', () => {
  const a = answer([{ text: 'Lào Cai', citation: NUI }]);
  it('only when asked for', () => {
    expect(formatAnswer(a, { color: false })).not.toContain('\x1b[');
    expect(formatAnswer(a, { color: true })).toContain('\x1b[1mLào Cai\x1b[0m');
  });
});
