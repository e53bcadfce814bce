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
