import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/answer/phrasing.ts';
import { strings } from '../../src/bot/i18n.ts';
import { CITATION_2024, FakeEngine } from './fake-engine.ts';
import {
  ADMIN,
  BOT_INFO,
  callbackUpdate,
  expectSafeHtml,
  GROUP,
  inlineUpdate,
  makeHarness,
  messageUpdate,
  PRIVATE,
  USER,
} from './harness.ts';

const vi = strings('vi');
const en = strings('en');

function buttonsOf(payload: Record<string, any>): Array<{ text: string; callback_data: string }> {
  return (payload.reply_markup?.inline_keyboard ?? []).flat();
}

describe('private chat', () => {
  it('answers any text with items, a source line per item, and citation buttons', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'Ai là cụm trưởng năm 2024?' }));
    expect(h.engine.asks.map((a) => a.question)).toEqual(['Ai là cụm trưởng năm 2024?']);
    expect(h.methods()[0]).toBe('sendChatAction');
    expect(h.calls[0]!.payload.action).toBe('typing');
    const [msg] = h.messages();
    expect(msg!.parse_mode).toBe('HTML');
    expect(msg!.chat_id).toBe(PRIVATE.id);
    expect(msg!.reply_parameters).toBeUndefined();
    expect(msg!.text).toContain('<b>Lào Cai — Cụm trưởng');
    expect(msg!.text).toContain('Bắc Kạn — Cụm phó năm 2024');
    expect(msg!.text).toContain('— Báo Đại Đoàn Kết, 01/12/2023');
    expectSafeHtml(msg!.text);
    const buttons = buttonsOf(msg!);
    expect(buttons.map((b) => b.text)).toEqual(['📄 Nguồn 1', '📄 Nguồn 2']);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it('shows one button per distinct citation', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'cụm Nam Sông Hậu gồm những tỉnh nào?' }));
    const [msg] = h.messages();
    expect(msg!.text).toContain('6. <b>Sóc Trăng</b>');
    expect(buttonsOf(msg!).map((b) => b.text)).toEqual([vi.citeButton()]);
  });

  it('/start shows an intro with example buttons that ask the question when tapped', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: '/start' }));
    const [intro] = h.messages();
    expect(intro!.text).toContain('Xin chào');
    const buttons = buttonsOf(intro!);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(buttons.length).toBeLessThanOrEqual(4);
    expect(buttons[0]!.text).toBe(vi.examples[0]);
    h.clear();
    await h.send(callbackUpdate(buttons[0]!.callback_data));
    expect(h.methods()).toContain('answerCallbackQuery');
    expect(h.engine.asks.at(-1)!.question).toBe(vi.examples[0]);
    expect(h.messages()[0]!.text).toContain('Lào Cai');
  });

  it('/help, /nguon, /cum, /thongke render escaped lists', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: '/help' }));
    await h.send(messageUpdate({ text: '/nguon' }));
    await h.send(messageUpdate({ text: '/cum' }));
    await h.send(messageUpdate({ text: '/thongke' }));
    const [help, sources, clusters, stats] = h.messages().map((m) => m.text as string);
    expect(help).toContain('/hoi');
    expect(sources).toContain('Tổng kết Cụm thi đua &lt;trung du&gt;');
    expect(sources).toContain('Báo Đại Đoàn Kết · 01/12/2023');
    expect(sources).toContain('<code>nam-song-hau</code>');
    expect(clusters).toContain('Lào Cai, Bắc Kạn, Phú Thọ');
    expect(clusters).toMatch(/2024 — Cụm trưởng: Lào Cai; Cụm phó: Bắc Kạn/);
    expect(clusters).toMatch(/2023 — Cụm trưởng: Phú Thọ/);
    expect(stats).toContain(vi.statsHeader('2'));
    for (const m of [help, sources, clusters, stats]) expectSafeHtml(m!);
  });

  it('a citation button shows the full citation; an expired one is handled politely', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'ai la cum truong nam 2024' }));
    const data = buttonsOf(h.messages()[0]!)[0]!.callback_data;
    h.clear();
    await h.send(callbackUpdate(data, { messageId: 777 }));
    expect(h.methods()).toContain('answerCallbackQuery');
    const [cite] = h.messages();
    expect(cite!.text).toContain(`<blockquote>${CITATION_2024.quote}</blockquote>`);
    expect(cite!.text).toContain(CITATION_2024.title);
    expect(cite!.text).toContain('Báo Đại Đoàn Kết · 01/12/2023');
    expect(cite!.text).toContain('<a href="https://example.org/tong-ket-cum?a=1&amp;b=2">');
    expect(cite!.reply_parameters?.message_id).toBe(777);
    expectSafeHtml(cite!.text);

    h.clear();
    await h.send(callbackUpdate('c:gone.1'));
    expect(h.messages()).toHaveLength(0);
    const answer = h.calls.find((c) => c.method === 'answerCallbackQuery')!;
    expect(answer.payload.text).toBe(vi.citationExpired);
    expect(answer.payload.show_alert).toBe(true);
  });

  it('with an engine that looks citations up, buttons carry the address and survive restarts', async () => {
    class AddressingEngine extends FakeEngine {
      citation(articleId: string, sentenceIndex: number) {
        return articleId === CITATION_2024.articleId && this.articles.some((a) => a.id === articleId)
          ? { ...CITATION_2024, sentenceIndex }
          : undefined;
      }
    }
    const engine = new AddressingEngine();
    const h = makeHarness({ engine });
    await h.send(messageUpdate({ text: 'ai là cụm trưởng năm 2024?' }));
    const data = buttonsOf(h.messages()[0]!).map((b) => b.callback_data);
    expect(data).toEqual([`a:v:12:${CITATION_2024.articleId}`, `a:v:13:${CITATION_2024.articleId}`]);
    const restarted = makeHarness({ engine });
    await restarted.send(callbackUpdate(data[0]!));
    expect(restarted.messages()[0]!.text).toContain(CITATION_2024.quote);
    // Once the article is removed, the button politely says the citation is gone.
    await engine.remove(CITATION_2024.articleId);
    restarted.clear();
    await restarted.send(callbackUpdate(data[0]!));
    expect(restarted.messages()).toHaveLength(0);
    expect(restarted.calls.find((c) => c.method === 'answerCallbackQuery')!.payload.text).toBe(
      vi.citationExpired,
    );
  });

  it('escapes HTML-looking input and hostile citation fields', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: '<b>x</b> & "y"' }));
    const [msg] = h.messages();
    expect(msg!.text).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(msg!.text).not.toContain('<b>x</b>');
    expect(msg!.text).toContain('A &amp; B &quot;News&quot;');
    expectSafeHtml(msg!.text);
    const data = buttonsOf(msg!)[0]!.callback_data;
    h.clear();
    await h.send(callbackUpdate(data));
    const cite = h.messages()[0]!.text as string;
    expect(cite).toContain('&lt;script&gt;');
    expect(cite).not.toContain('javascript:');
    expectSafeHtml(cite);
  });

  it('a 5,000-character message gets a polite refusal, every message ≤ 4096', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'cụm trưởng '.repeat(455).slice(0, 5000) }));
    const msgs = h.messages();
    expect(msgs.length).toBeGreaterThan(0);
    for (const m of msgs) expect((m.text as string).length).toBeLessThanOrEqual(4096);
    expect(msgs[0]!.text).toBe(vi.tooLong(1000));
    expect(h.engine.asks).toHaveLength(0);
  });

  it('splits long answers on line boundaries, keyboard on the last part', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'câu trả lời dài quá' }));
    const msgs = h.messages();
    expect(msgs.length).toBeGreaterThan(1);
    for (const m of msgs) expectSafeHtml(m.text);
    expect(msgs.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
    expect(buttonsOf(msgs.at(-1)!).length).toBeGreaterThan(0);
    const all = msgs.map((m) => m.text).join('\n');
    for (let i = 1; i <= 30; i++) expect(all).toContain(`${i}) Nội dung`);
  });

  it('not found → honest message with a hint; passage → says it is the closest passage', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'thời tiết hôm nay' }));
    await h.send(messageUpdate({ text: 'cho tôi đoạn gần nhất' }));
    const [notFound, passage] = h.messages();
    expect(notFound!.text).toContain(phrases('vi').notFound);
    expect(notFound!.text).toContain('/nguon');
    expect(notFound!.reply_markup).toBeUndefined();
    expect(passage!.text.startsWith(`<i>${phrases('vi').passage}</i>`)).toBe(true);
  });

  it('follow-ups pass the previous context for the same user in the same chat only', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'ai là cụm trưởng năm 2024?' }));
    await h.send(messageUpdate({ text: 'còn năm 2023?' }));
    expect(h.engine.asks[1]!.context).toEqual({ previous: 'leader' });
    expect(h.messages()[1]!.text).toContain('Phú Thọ');
    // the reply says how the follow-up was read, in one line above the answer
    expect(h.messages()[1]!.text.split('\n')[0]).toBe('🔎 <i>Cụm trưởng · năm 2023</i>');
    // Another user in a group, and the same user in a group, start fresh.
    await h.send(messageUpdate({ text: '/hoi còn năm 2023?', chat: GROUP, from: { ...USER, id: 555 } }));
    await h.send(messageUpdate({ text: '/hoi còn năm 2023?', chat: GROUP }));
    expect(h.engine.asks[2]!.context).toBeUndefined();
    expect(h.engine.asks[3]!.context).toBeUndefined();
  });

  it('speaks English to English clients and for English answers', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: '/start', from: { ...USER, language_code: 'en-GB' } }));
    expect(h.messages()[0]!.text).toContain('Hello!');
    await h.send(messageUpdate({ text: 'Who led the cluster in 2024?' }));
    const answer = h.messages()[1]!;
    expect(buttonsOf(answer)[0]!.text).toBe(en.citeButton(1));
    expect(answer.text).toContain('1 Dec 2023');
  });

  it('engine errors are caught, logged and the user told briefly', async () => {
    const engine = new FakeEngine();
    engine.throwOnAsk = true;
    const h = makeHarness({ engine });
    await h.send(messageUpdate({ text: 'ai là cụm trưởng' }));
    expect(h.messages().map((m) => m.text)).toEqual([vi.error]);
  });

  it('unknown commands get a hint in private chats', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: '/abc' }));
    expect(h.messages()[0]!.text).toBe(vi.unknownCommand);
    expect(h.engine.asks).toHaveLength(0);
  });
});

describe('groups', () => {
  const inGroup = (text: string, extra: Parameters<typeof messageUpdate>[0] = {}) =>
    messageUpdate({ text, chat: GROUP, ...extra });

  it('stays silent unless addressed', async () => {
    const h = makeHarness();
    await h.send(inGroup('ai là cụm trưởng năm 2024?'));
    await h.send(inGroup('/hoi@other_bot ai là cụm trưởng?'));
    await h.send(inGroup('/abc'));
    await h.send(
      inGroup('trả lời người khác', {
        reply_to_message: { message_id: 3, date: 0, chat: GROUP, from: USER },
      }),
    );
    expect(h.calls).toEqual([]);
    expect(h.engine.asks).toHaveLength(0);
  });

  it('answers /hoi and /hoi@botname, replying to the asking message', async () => {
    const h = makeHarness();
    await h.send(inGroup('/hoi ai là cụm trưởng năm 2024?', { message_id: 31 }));
    await h.send(inGroup(`/hoi@${BOT_INFO.username} cụm Nam Sông Hậu gồm tỉnh nào`, { message_id: 32 }));
    expect(h.engine.asks.map((a) => a.question)).toEqual([
      'ai là cụm trưởng năm 2024?',
      'cụm Nam Sông Hậu gồm tỉnh nào',
    ]);
    const [a, b] = h.messages();
    expect(a!.reply_parameters).toMatchObject({ message_id: 31 });
    expect(b!.reply_parameters).toMatchObject({ message_id: 32 });
    expect(b!.text).toContain('Sóc Trăng');
  });

  it('answers a mention (stripped) and a reply to one of its messages', async () => {
    const h = makeHarness();
    await h.send(inGroup(`@${BOT_INFO.username}, ai là cụm trưởng năm 2024?`));
    await h.send(
      inGroup('còn năm 2023?', {
        reply_to_message: { message_id: 5000, date: 0, chat: GROUP, from: BOT_INFO },
      }),
    );
    expect(h.engine.asks.map((a) => a.question)).toEqual(['ai là cụm trưởng năm 2024?', 'còn năm 2023?']);
    expect(h.engine.asks[1]!.context).toEqual({ previous: 'leader' });
    expect(h.messages()).toHaveLength(2);
  });

  it('/hoi alone as a reply asks the replied question; /hoi alone otherwise shows usage', async () => {
    const h = makeHarness();
    await h.send(
      inGroup('/hoi', {
        reply_to_message: { message_id: 8, date: 0, chat: GROUP, from: USER, text: 'ai là cụm trưởng?' },
      }),
    );
    await h.send(inGroup('/hoi'));
    expect(h.engine.asks.map((a) => a.question)).toEqual(['ai là cụm trưởng?']);
    expect(h.messages()[1]!.text).toBe(vi.askUsage);
  });

  it('rate limits per user with a polite notice only once per window', async () => {
    const h = makeHarness({
      limits: { perUser: { limit: 2, windowMs: 60_000 }, perChat: { limit: 100, windowMs: 60_000 } },
    });
    for (let i = 0; i < 6; i++) await h.send(inGroup(`/hoi ai là cụm trưởng ${i}`));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.engine.asks).toHaveLength(2);
    const notices = h.messages().filter((m) => m.text === vi.rateLimited);
    expect(notices).toHaveLength(1);
    // Another user in the same chat is not affected.
    await h.send(inGroup('/hoi ai là cụm trưởng', { from: { ...USER, id: 999 } }));
    expect(h.engine.asks).toHaveLength(3);
  });

  it('rate limits per chat across users', async () => {
    const h = makeHarness({
      limits: { perUser: { limit: 100, windowMs: 60_000 }, perChat: { limit: 3, windowMs: 60_000 } },
    });
    for (let i = 0; i < 6; i++)
      await h.send(inGroup('/hoi ai là cụm trưởng', { from: { ...USER, id: 200 + i } }));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.engine.asks).toHaveLength(3);
    expect(h.messages().filter((m) => m.text === vi.rateLimited)).toHaveLength(1);
  });
});

describe('inline mode', () => {
  it('returns up to 5 articles with title, description and message text', async () => {
    const h = makeHarness();
    await h.send(inlineUpdate('cum nam song hau gom tinh nao'));
    const call = h.calls.find((c) => c.method === 'answerInlineQuery')!;
    const results = call.payload.results as Array<Record<string, any>>;
    expect(results).toHaveLength(5);
    expect(results[0]).toMatchObject({ type: 'article', id: '0', title: 'Bạc Liêu' });
    expect(results[0]!.description).toBe('Mặt trận, 15/01/2023 — Cụm thi đua năm 2023');
    expect(results[0]!.input_message_content.parse_mode).toBe('HTML');
    expect(results[0]!.input_message_content.message_text).toContain('<b>Bạc Liêu</b>');
    expect(results[0]!.input_message_content.message_text).toContain('Mặt trận, 15/01/2023');
    expect(call.payload.cache_time).toBeLessThanOrEqual(60);
    for (const r of results) expectSafeHtml(r.input_message_content.message_text);
  });

  it('has its own per-user rate limit, answered with an empty result set', async () => {
    const h = makeHarness({
      limits: {
        perUser: { limit: 100, windowMs: 60_000 },
        perChat: { limit: 100, windowMs: 60_000 },
        inline: { limit: 2, windowMs: 60_000 },
      },
    });
    for (let i = 0; i < 4; i++) await h.send(inlineUpdate('ai là cụm trưởng'));
    const answers = h.calls.filter((c) => c.method === 'answerInlineQuery');
    expect(answers).toHaveLength(3);
    expect(answers[2]!.payload.results).toEqual([]);
    expect(answers[2]!.payload.button.text).toBe(vi.rateLimited.slice(0, 64));
  });

  it('an empty query or no answer returns no results with a hint button', async () => {
    const h = makeHarness();
    await h.send(inlineUpdate('   '));
    await h.send(inlineUpdate('thời tiết'));
    const [empty, none] = h.calls.filter((c) => c.method === 'answerInlineQuery');
    expect(empty!.payload.results).toEqual([]);
    expect(empty!.payload.button.text).toBe(vi.inlineHint);
    expect(none!.payload.results).toEqual([]);
    expect(none!.payload.button.text).toBe(vi.inlineNotFound);
  });
});

describe('admin ingestion', () => {
  it('refuses non-admins politely and stores/fetches nothing', async () => {
    let fetched = 0;
    const h = makeHarness({
      fetchPage: async () => {
        fetched++;
        throw new Error('must not fetch');
      },
    });
    await h.send(messageUpdate({ text: '/them Bài viết mới về Cụm thi đua.' }));
    await h.send(messageUpdate({ text: '/them https://example.org/bai' }));
    await h.send(messageUpdate({ text: '/xoa trung-du-2024' }));
    await h.send(
      messageUpdate({
        caption: '/them',
        document: { file_id: 'F', file_unique_id: 'U', file_name: 'a.md', file_size: 10 },
      }),
    );
    expect(h.engine.ingested).toEqual([]);
    expect(h.engine.removed).toEqual([]);
    expect(fetched).toBe(0);
    expect(h.methods()).not.toContain('getFile');
    expect(h.messages().map((m) => m.text)).toEqual([vi.adminOnly, vi.adminOnly, vi.adminOnly, vi.adminOnly]);
  });

  it('ingests pasted text and reports id, title and facts', async () => {
    const h = makeHarness();
    await h.send(
      messageUpdate({ from: ADMIN, text: '/them Hội nghị Cụm thi đua <2024>\nLào Cai làm Cụm trưởng.' }),
    );
    expect(h.engine.ingested).toEqual([
      { text: 'Hội nghị Cụm thi đua <2024>\nLào Cai làm Cụm trưởng.', format: 'txt' },
    ]);
    const report = h.messages()[0]!.text as string;
    expect(report).toContain('<code>bai-1</code>');
    expect(report).toContain('Hội nghị Cụm thi đua &lt;2024&gt;');
    expect(report).toContain('cụm thi đua: 1');
    expect(report).toContain('chức danh: 2');
    expect(report).not.toContain('số liệu');
    expectSafeHtml(report);
  });

  it('ingests a replied-to message and a link (fetched through fetchPage)', async () => {
    const pages: string[] = [];
    const h = makeHarness({
      fetchPage: async (url) => {
        pages.push(url);
        return {
          url: 'https://example.org/final',
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: Buffer.from('<html><title>Tin</title><p>Lào Cai</p></html>'),
        };
      },
    });
    await h.send(
      messageUpdate({
        from: ADMIN,
        text: '/them',
        reply_to_message: {
          message_id: 1,
          date: 0,
          chat: PRIVATE,
          from: USER,
          text: 'Văn bản được trả lời.',
        },
      }),
    );
    await h.send(messageUpdate({ from: ADMIN, text: '/them https://example.org/bai' }));
    expect(pages).toEqual(['https://example.org/bai']);
    expect(h.engine.ingested[0]).toEqual({ text: 'Văn bản được trả lời.', format: 'txt' });
    expect(h.engine.ingested[1]).toMatchObject({
      format: 'html',
      meta: { url: 'https://example.org/final' },
    });
  });

  it('reports a refused link without ingesting', async () => {
    const h = makeHarness({ fetch: { allowPrivateUrls: false, timeoutMs: 2000, maxBytes: 10_000 } });
    await h.send(messageUpdate({ from: ADMIN, text: '/them http://127.0.0.1:9/secret' }));
    await h.send(messageUpdate({ from: ADMIN, text: '/them ftp://example.org/x' }));
    expect(h.engine.ingested).toEqual([]);
    const [a, b] = h.messages().map((m) => m.text);
    expect(a).toBe(vi.ingestFailed(vi.fetchErrors.blocked_address));
    expect(b).toBe(vi.ingestFailed(vi.fetchErrors.bad_scheme));
  });

  it('ingests an uploaded document (caption /them or a reply), refusing other types and big files', async () => {
    const downloads: string[] = [];
    const h = makeHarness({
      downloadFile: async (path) => {
        downloads.push(path);
        return Buffer.from('\uFEFF# Tiêu đề\n\nNội dung.');
      },
      fetch: { allowPrivateUrls: false, timeoutMs: 1000, maxBytes: 1000 },
    });
    const doc = { file_id: 'F1', file_unique_id: 'U1', file_name: 'bai.md', file_size: 30 };
    await h.send(messageUpdate({ from: ADMIN, caption: '/them', document: doc }));
    await h.send(
      messageUpdate({
        from: ADMIN,
        text: '/them',
        reply_to_message: { message_id: 2, date: 0, chat: PRIVATE, from: ADMIN, document: doc },
      }),
    );
    await h.send(
      messageUpdate({
        from: ADMIN,
        caption: '/them',
        document: { file_id: 'F2', file_unique_id: 'U2', file_name: 'x.pdf', file_size: 30 },
      }),
    );
    await h.send(
      messageUpdate({
        from: ADMIN,
        caption: '/them',
        document: { file_id: 'F3', file_unique_id: 'U3', file_name: 'big.txt', file_size: 5000 },
      }),
    );
    expect(downloads).toEqual(['documents/file_1.md', 'documents/file_1.md']);
    expect(h.engine.ingested).toEqual([
      { text: '# Tiêu đề\n\nNội dung.', format: 'md' },
      { text: '# Tiêu đề\n\nNội dung.', format: 'md' },
    ]);
    const texts = h.messages().map((m) => m.text);
    expect(texts[2]).toBe(vi.unsupportedDocument);
    expect(texts[3]).toBe(vi.documentTooLarge(0));
  });

  it('/xoa removes an article for admins', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ from: ADMIN, text: '/xoa trung-du-2024' }));
    await h.send(messageUpdate({ from: ADMIN, text: '/xoa khong-co' }));
    await h.send(messageUpdate({ from: ADMIN, text: '/xoa' }));
    expect(h.engine.removed).toEqual(['trung-du-2024']);
    expect(h.messages().map((m) => m.text)).toEqual([
      vi.removed('trung-du-2024'),
      vi.notRemoved('khong-co'),
      vi.removeUsage,
    ]);
  });

  it('/them alone shows usage', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ from: ADMIN, text: '/them' }));
    expect(h.messages()[0]!.text).toBe(vi.ingestUsage);
  });
});
