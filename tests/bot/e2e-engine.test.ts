/**
 * The bot's handlers over the REAL engine (src/engine.ts `Engine`, opened on a temp data dir
 * with the repo's seeds), driven through bot.handleUpdate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/bot/i18n.ts';
import { type EngineUnderTest, openEngineUnderTest, recording } from './engine-under-test.ts';
import {
  ADMIN,
  callbackUpdate,
  expectSafeHtml,
  GROUP,
  inlineUpdate,
  makeHarness,
  messageUpdate,
} from './harness.ts';

const vi = strings('vi');
const PROVINCES = ['Bạc Liêu', 'Cà Mau', 'An Giang', 'Hậu Giang', 'Kiên Giang', 'Sóc Trăng'];
let under: EngineUnderTest;

beforeAll(async () => {
  under = await openEngineUnderTest();
  if (!under.real) console.warn('[bot e2e] BOT_TESTS_FAKE_ENGINE=1: running against the fake engine');
}, 60_000);

afterAll(async () => {
  await under?.cleanup();
});

function harness() {
  return makeHarness({ engine: recording(under.engine) });
}

describe(`bot over the engine`, () => {
  it('answers who leads the cluster in 2024, with a citation behind the button', async () => {
    const h = harness();
    await h.send(messageUpdate({ text: 'ai là cụm trưởng năm 2024?' }));
    const [answer] = h.messages();
    expect(answer!.text).toMatch(/Lào Cai|Bắc Kạn/);
    expectSafeHtml(answer!.text);
    const data = answer!.reply_markup.inline_keyboard[0][0].callback_data as string;
    h.clear();
    await h.send(callbackUpdate(data));
    const cite = h.messages()[0]!.text as string;
    expect(cite).toContain('<blockquote>');
    expectSafeHtml(cite);
  });

  it('citation buttons survive a restart of the bot (address-encoded callback data)', async () => {
    if (!under.engine.citation) return;
    const h = harness();
    await h.send(messageUpdate({ text: 'ai là cụm trưởng năm 2024?' }));
    const data = h.messages()[0]!.reply_markup.inline_keyboard[0][0].callback_data as string;
    expect(data.startsWith('a:')).toBe(true);
    const restarted = harness();
    await restarted.send(callbackUpdate(data));
    expect(restarted.messages()[0]!.text).toContain('<blockquote>');
  });

  it('lists the six provinces of the Nam Sông Hậu cluster (unaccented question)', async () => {
    const h = harness();
    await h.send(messageUpdate({ text: 'cum nam song hau gom tinh nao' }));
    const text = h
      .messages()
      .map((m) => m.text)
      .join('\n');
    for (const p of PROVINCES) expect(text).toContain(p);
  });

  it('passes the previous context back for a follow-up in the same chat', async () => {
    const h = harness();
    await h.send(messageUpdate({ text: '/hoi ai là cụm trưởng năm 2024?', chat: GROUP }));
    await h.send(messageUpdate({ text: '/hoi còn năm 2023?', chat: GROUP }));
    const [first, second] = h.engine.log;
    expect(second!.given).toBe(first!.returned);
    expect(h.messages()).toHaveLength(2);
    if (under.real) expect(h.messages()[1]!.text.split('\n')[0]).toBe('🔎 <i>Cụm trưởng · năm 2023</i>');
    for (const m of h.messages()) expectSafeHtml(m.text);
  });

  it('/nguon, /cum and /thongke reflect the engine', async () => {
    const h = harness();
    await h.send(messageUpdate({ text: '/nguon' }));
    await h.send(messageUpdate({ text: '/cum' }));
    await h.send(messageUpdate({ text: '/thongke' }));
    const [sources, clusters, stats] = h.messages().map((m) => m.text as string);
    const articles = h.engine.findArticles();
    expect(sources).toContain(vi.sourcesHeader(articles.length));
    for (const a of articles) expect(sources).toContain(`<code>${a.id}</code>`);
    // the seeds' three national clusters with their members, none empty
    expect(clusters).toContain(vi.clustersHeader(3));
    expect(clusters).toContain('Nam Sông Hậu');
    expect(stats).toContain(vi.statsHeader(String(h.engine.stats().articles)));
    expect(stats).not.toContain('KB');
    for (const m of [sources!, clusters!, stats!]) expectSafeHtml(m);
  });

  it('inline mode returns at most 5 results with sources', async () => {
    const h = harness();
    await h.send(inlineUpdate('cum nam song hau gom tinh nao'));
    const call = h.calls.find((c) => c.method === 'answerInlineQuery')!;
    const results = call.payload.results as Array<Record<string, any>>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    for (const r of results) {
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.description).toContain(' — ');
      expectSafeHtml(r.input_message_content.message_text);
    }
  });

  it('admin /them ingests pasted text and /xoa removes it', async () => {
    const h = harness();
    const before = h.engine.stats().articles;
    await h.send(
      messageUpdate({
        from: ADMIN,
        text:
          '/them Hội nghị giao ban Cụm thi đua các tỉnh Tây Nguyên năm 2025\n\n' +
          'Ngày 10/3/2025, tại tỉnh Gia Lai, Cụm thi đua MTTQ các tỉnh Tây Nguyên tổ chức hội nghị giao ban. ' +
          'Hội nghị thống nhất bầu tỉnh Đắk Lắk làm Cụm trưởng năm 2025.',
      }),
    );
    const report = h.messages()[0]!.text as string;
    const id = /<code>([^<]+)<\/code>/.exec(report)?.[1];
    expect(id).toBeDefined();
    expectSafeHtml(report);
    expect(h.engine.stats().articles).toBe(before + 1);
    h.clear();
    await h.send(messageUpdate({ from: ADMIN, text: `/xoa ${id}` }));
    expect(h.messages()[0]!.text).toBe(vi.removed(id!));
    expect(h.engine.stats().articles).toBe(before);
  });
});
