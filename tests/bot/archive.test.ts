/**
 * The archive is browsable at any size: /nguon pages ten articles at a time in one message, newest first,
 * with « ‹ page › » buttons that edit that message; /nguon words searches titles; /cum lists only real
 * clusters, named with their parent body, and /cum name shows one; /thongke speaks to officials.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/bot/i18n.ts';
import { pageData } from '../../src/bot/pager.ts';
import type { ArticleSummary } from '../../src/catalog.ts';
import { FakeEngine } from './fake-engine.ts';
import { callbackUpdate, expectSafeHtml, GROUP, makeHarness, messageUpdate } from './harness.ts';

const vi = strings('vi');
type Button = { text: string; callback_data: string };
const buttons = (payload: Record<string, unknown>): Button[] =>
  ((payload.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

/** 300 articles over three years, every fifth about "nhà Đại đoàn kết". */
function archive(n = 300): ArticleSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bai-${i}`,
    title: i % 5 === 0 ? `Bàn giao nhà Đại đoàn kết số ${i}` : `Hội nghị giao ban Cụm thi đua số ${i}`,
    publisher: i % 3 === 0 ? 'Báo Đại Đoàn Kết' : 'TTXVN',
    date: `${2022 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    url: `https://example.org/bai/${i}?a=1&b=2`,
    sentences: 3,
    facts: 1,
  }));
}

function harnessWith(articles: ArticleSummary[], opts: Parameters<typeof makeHarness>[0] = {}) {
  const engine = new FakeEngine();
  engine.articles = articles;
  return makeHarness({ engine, ...opts });
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('/nguon', () => {
  it('300 articles: one message, ten newest first, page buttons', async () => {
    const h = harnessWith(archive());
    await h.send(messageUpdate({ text: '/nguon' }));
    const msgs = h.messages();
    expect(msgs).toHaveLength(1);
    const text = msgs[0]!.text as string;
    expectSafeHtml(text);
    expect(text.startsWith(vi.sourcesHeader(300))).toBe(true);
    expect(text.match(/<code>bai-\d+<\/code>/g)).toHaveLength(10);
    const dates = [...text.matchAll(/(\d\d)\/(\d\d)\/(\d{4})/g)].map(([, d, m, y]) => `${y}${m}${d}`);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(buttons(msgs[0]!).map((b) => b.text)).toEqual(['1/30', '›', '»']);
  });

  it('a page button edits the same message in place', async () => {
    const h = harnessWith(archive());
    await h.send(messageUpdate({ text: '/nguon' }));
    const next = buttons(h.messages()[0]!).find((b) => b.text === '›')!;
    h.clear();
    await h.send(callbackUpdate(next.callback_data, { messageId: 5000 }));
    expect(h.messages()).toHaveLength(0);
    const edit = h.calls.find((c) => c.method === 'editMessageText')!;
    expect(edit.payload.message_id).toBe(5000);
    expect(edit.payload.text).toContain('11. <b>');
    expect(edit.payload.text).not.toContain('\n10. <b>');
    expect(buttons(edit.payload).map((b) => b.text)).toEqual(['‹', '2/30', '›', '»']);
    expect(h.methods()).toContain('answerCallbackQuery');
    const last = buttons(edit.payload).find((b) => b.text === '»')!;
    h.clear();
    await h.send(callbackUpdate(last.callback_data, { messageId: 5000 }));
    const end = h.calls.find((c) => c.method === 'editMessageText')!;
    expect(end.payload.text).toContain('300. <b>');
    expect(buttons(end.payload).map((b) => b.text)).toEqual(['«', '‹', '30/30']);
  });

  it('/nguon words searches titles (diacritics aside) and pages the results', async () => {
    const h = harnessWith(archive());
    await h.send(messageUpdate({ text: '/nguon dai doan ket' }));
    const [m] = h.messages();
    expect(m!.text.startsWith(vi.sourcesFound('dai doan ket', 60))).toBe(true);
    expect(m!.text).toContain('nhà Đại đoàn kết');
    expect(m!.text).not.toContain('giao ban');
    const next = buttons(m!).find((b) => b.text === '›')!;
    expect(next.callback_data).toBe('pa:1:dai doan ket');
    await h.send(messageUpdate({ text: '/nguon không có bài này' }));
    expect(h.messages()[1]!.text).toBe(vi.sourcesNone('không có bài này'));
  });

  it('in a group, /nguon and /cum answer in one message each, replying to the command', async () => {
    const h = harnessWith(archive());
    await h.send(messageUpdate({ text: '/nguon', chat: GROUP, message_id: 77 }));
    await h.send(messageUpdate({ text: '/cum', chat: GROUP, message_id: 78 }));
    expect(h.messages()).toHaveLength(2);
    expect(h.messages()[0]!.reply_parameters).toMatchObject({ message_id: 77 });
    expect(h.messages()[1]!.reply_parameters).toMatchObject({ message_id: 78 });
  });

  it('a page too long for one message drops its links rather than split', async () => {
    const long = archive(10).map((a) => ({
      ...a,
      title: `${'Hội nghị tổng kết công tác Mặt trận '.repeat(4)}${a.id}`,
      url: `https://example.org/${'rat-dai/'.repeat(40)}${a.id}`,
    }));
    const h = harnessWith(long);
    await h.send(messageUpdate({ text: '/nguon' }));
    expect(h.messages()).toHaveLength(1);
    expect(h.messages()[0]!.text.length).toBeLessThanOrEqual(4096);
    expect(h.messages()[0]!.text).not.toContain('<a href');
  });

  it('page buttons carry at most 64 bytes, the words cut at a word boundary', () => {
    const data = pageData('a', 12, 'Hội nghị tổng kết Cụm thi đua các tỉnh Miền núi biên giới phía Bắc');
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(data).toMatch(/^pa:12:Hội nghị tổng kết( \S+)*$/);
  });
});

describe('/cum', () => {
  it('lists the real clusters named with their parent body; /cum name shows one whole', async () => {
    class Clusters extends FakeEngine {
      override listClusters() {
        return [
          ...super.listClusters(),
          {
            name: 'Cụm thi đua số 1',
            key: 'so 1',
            parent: 'Hà Nội',
            members: ['Đông Anh', 'Sóc Sơn'],
            roles: [],
            articleIds: [],
          },
          {
            name: 'Cụm thi đua các tỉnh Tây Nguyên',
            key: 'tay nguyen',
            members: [],
            roles: [],
            articleIds: [],
          },
        ];
      }
    }
    const h = makeHarness({ engine: new Clusters() });
    await h.send(messageUpdate({ text: '/cum' }));
    const all = h.messages()[0]!.text as string;
    expect(all.startsWith(vi.clustersHeader(2))).toBe(true);
    expect(all).toContain('<b>Cụm thi đua số 1 — Ủy ban MTTQ thành phố Hà Nội</b>');
    expect(all).not.toContain('Tây Nguyên');
    await h.send(messageUpdate({ text: '/cum trung du' }));
    const one = h.messages()[1]!.text as string;
    expect(one.startsWith('<b>Cụm thi đua các tỉnh trung du và miền núi phía Bắc</b>')).toBe(true);
    expect(one).toContain('2024 — Cụm trưởng: Lào Cai; Cụm phó: Bắc Kạn');
    await h.send(messageUpdate({ text: '/cum Tây Nguyên' }));
    expect(h.messages()[2]!.text).toBe(vi.clustersNone('Tây Nguyên'));
  });

  it('pages five clusters at a time', async () => {
    class Many extends FakeEngine {
      override listClusters() {
        return Array.from({ length: 12 }, (_, i) => ({
          name: `Cụm thi đua số ${i + 1}`,
          key: `so ${i + 1}`,
          parent: 'Gia Lai',
          members: ['Pleiku', 'Đức Cơ'],
          roles: [],
          articleIds: [],
        }));
      }
    }
    const h = makeHarness({ engine: new Many() });
    await h.send(messageUpdate({ text: '/cum' }));
    const [m] = h.messages();
    expect(m!.text.match(/<b>Cụm thi đua số/g)).toHaveLength(5);
    expect(buttons(m!).map((b) => b.text)).toEqual(['1/3', '›', '»']);
  });
});

describe('/thongke', () => {
  it('articles by publisher and year, the newest, clusters, and the week’s questions — no KB', async () => {
    const h = harnessWith(archive());
    await h.send(messageUpdate({ text: 'ai là cụm trưởng năm 2024?' }));
    await h.send(messageUpdate({ text: 'thời tiết hôm nay' }));
    h.clear();
    await h.send(messageUpdate({ text: '/thongke' }));
    const text = h.messages()[0]!.text as string;
    expectSafeHtml(text);
    expect(text).toContain(vi.statsHeader('300'));
    expect(text).toContain('• TTXVN: 200');
    expect(text).toContain('• Báo Đại Đoàn Kết: 100');
    expect(text).toContain('2024: 100 · 2023: 100 · 2022: 100');
    expect(text).toContain(`${vi.statsNewest}: <a href=`);
    expect(text).toContain(`<b>${vi.statsClusters}</b>: 1`);
    expect(text).toContain(`<b>${vi.statsQuestions}</b>: ${vi.statsWeek('2', '1', 50)}`);
    expect(text).not.toMatch(/KB|câu,|dữ kiện/);
  });

  it('the question counters survive a restart, and hold no question text', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'mttq-usage-'));
    dirs.push(stateDir);
    const before = harnessWith(archive(3), { stateDir });
    await before.send(messageUpdate({ text: 'ai là cụm trưởng năm 2024?' }));
    const file = join(stateDir, 'usage.json');
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readFileSync(file, 'utf8')).not.toContain('cụm');
    const after = harnessWith(archive(3), { stateDir });
    await after.send(messageUpdate({ text: '/thongke' }));
    expect(after.messages()[0]!.text).toContain(vi.statsWeek('1', '1', 100));
  });
});
