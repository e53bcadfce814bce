/**
 * End to end: the real bot (`runBot`, long polling through @grammyjs/runner) against the
 * telegram-test-api emulator on 127.0.0.1, over the real engine (seeds in a temp data dir).
 * The emulator does not implement setMyCommands, setMyDescription, sendChatAction… — the
 * bot must start and answer anyway.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/bot/i18n.ts';
import { type BotHandle, runBot } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config/config.ts';
import { Engine } from '../../src/engine.ts';
import { freePort, idlePolling, runTestBot } from './emulator.ts';
import { type EngineUnderTest, openEngineUnderTest, recording } from './engine-under-test.ts';
import { expectSafeHtml } from './harness.ts';

const TOKEN = '987654:E2E-test-token_abcdef';
const ADMIN_ID = 77;
const vi = strings('vi');

type Client = ReturnType<TelegramServer['getClient']>;
interface BotMessage {
  message_id: number;
  chat_id: number | string;
  text: string;
  parse_mode?: string;
  reply_markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> };
  reply_parameters?: { message_id: number };
}

let server: TelegramServer;
let handle: BotHandle;
let under: EngineUnderTest;
let engine: ReturnType<typeof recording>;
const logLines: string[] = [];
let nextChat = 1000;

function client(
  type: 'private' | 'group' | 'supergroup' = 'private',
  userId = nextChat++,
  chatId = type === 'private' ? userId : -userId,
  firstName = 'Lan',
): Client {
  return server.getClient(TOKEN, { userId, chatId, type, timeout: 5000, interval: 20, firstName });
}

async function nextReplies(c: Client): Promise<BotMessage[]> {
  const res = await c.getUpdates();
  // the emulator keeps the id of a bot message beside it
  return res.result.map((u) => ({
    ...(u.message as unknown as BotMessage),
    message_id: (u as unknown as { messageId: number }).messageId,
  }));
}

/** A group member's message written as a reply to one of the bot's answers. */
function replyToAnswer(member: Client, answer: BotMessage, group: number, bot: BotHandle, text: string) {
  return member.makeMessage(text, {
    reply_to_message: {
      message_id: answer.message_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: group, type: 'supergroup', title: 'Cụm thi đua' },
      from: { id: bot.bot.botInfo.id, is_bot: true, first_name: bot.bot.botInfo.first_name },
      text: answer.text,
    },
  });
}

/** Every message the bot has sent to a chat so far (user messages carry `chat`, not `chat_id`). */
async function history(chatId: number): Promise<BotMessage[]> {
  const all = await server.getClient(TOKEN).getUpdatesHistory();
  return all
    .filter((u) => 'message' in u && String((u.message as { chat_id?: unknown }).chat_id) === String(chatId))
    .map((u) => (u as unknown as { message: BotMessage }).message);
}

beforeAll(async () => {
  const port = await freePort();
  server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  under = await openEngineUnderTest();
  engine = recording(under.engine);
  handle = await runTestBot(engine, {
    token: TOKEN,
    apiRoot: server.config.apiURL,
    adminId: ADMIN_ID,
    logLines,
  });
}, 30_000);

afterAll(async () => {
  await handle?.stop();
  await server?.stop();
  await under?.cleanup();
});

describe('bot against telegram-test-api', () => {
  it('starts in polling mode despite unsupported non-essential methods, never logging the token', async () => {
    expect(handle.mode).toBe('polling');
    expect(handle.bot.botInfo.username).toBe('TestNameBot');
    // setMyCommands is not implemented by the emulator: a warning, not a crash.
    await new Promise((r) => setTimeout(r, 100));
    expect(logLines.some((l) => l.includes('setMyCommands'))).toBe(true);
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });

  it('answers a private question with the source and a citation button', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('ai là cụm trưởng năm 2024?'));
    const [reply] = await nextReplies(c);
    expect(reply!.parse_mode).toBe('HTML');
    expect(reply!.text).toMatch(/Lào Cai|Bắc Kạn/);
    expectSafeHtml(reply!.text);
    const data = reply!.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data;
    expect(data).toBeDefined();
    await c.sendCallback(c.makeCallbackQuery(data!, { message: { message_id: 1 } }));
    const [cite] = await nextReplies(c);
    expect(cite!.text).toContain('<blockquote>');
  });

  it('lists the provinces of a cluster', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('cum nam song hau gom tinh nao'));
    const replies = await nextReplies(c);
    const text = replies.map((r) => r.text).join('\n');
    for (const p of ['Bạc Liêu', 'Cà Mau', 'An Giang', 'Hậu Giang', 'Kiên Giang', 'Sóc Trăng']) {
      expect(text).toContain(p);
    }
  });

  it('escapes HTML-looking input', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('<b>x</b> & "y"'));
    const replies = await nextReplies(c);
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) {
      expect(r.text).not.toContain('<b>x</b>');
      expectSafeHtml(r.text);
    }
  });

  it('survives a 5,000-character message with a polite refusal', async () => {
    const c = client();
    await c.sendMessage(c.makeMessage('Cụm thi đua '.repeat(420).slice(0, 5000)));
    const replies = await nextReplies(c);
    expect(replies.map((r) => r.text)).toEqual([vi.tooLong(1000)]);
    for (const r of replies) expect(r.text.length).toBeLessThanOrEqual(4096);
  });

  it('refuses /them from a non-admin and stores nothing', async () => {
    const before = engine.stats().articles;
    const c = client();
    await c.sendCommand(
      c.makeCommand('/them Hội nghị Cụm thi đua năm 2025 bầu tỉnh Yên Bái làm Cụm trưởng.'),
    );
    const [reply] = await nextReplies(c);
    expect(reply!.text).toBe(vi.adminOnly);
    expect(engine.stats().articles).toBe(before);
  });

  it('ignores group messages that do not address it, answers /hoi', async () => {
    const c = client('group');
    const chatId = -(nextChat - 1);
    const asked = engine.asks.length;
    await c.sendMessage(c.makeMessage('ai là cụm trưởng năm 2024?'));
    await c.sendCommand(c.makeCommand('/hoi cụm Nam Sông Hậu gồm những tỉnh nào?'));
    const replies = await nextReplies(c);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]!.reply_parameters?.message_id).toBeTypeOf('number');
    await new Promise((r) => setTimeout(r, 200));
    expect(engine.asks.slice(asked)).toEqual(['cụm Nam Sông Hậu gồm những tỉnh nào?']);
    expect((await history(chatId)).length).toBe(replies.length);
  });

  it('a cluster group: a second member follows up by replying to the first member’s answer', async () => {
    const group = -nextChat++;
    const lan = client('supergroup', nextChat++, group, 'Lan');
    const binh = client('supergroup', nextChat++, group, 'Bình');
    await lan.sendCommand(lan.makeCommand('/hoi ai là cụm trưởng năm 2024?'));
    const [answer] = await nextReplies(lan);
    expect(answer!.text).toMatch(/Lào Cai|Bắc Kạn/);
    await binh.sendMessage(replyToAnswer(binh, answer!, group, handle, 'còn năm 2023?'));
    const [followUp] = await nextReplies(binh);
    // Bình never asked anything: the reply continues Lan's question, and says how it was read
    expect(followUp!.text.split('\n')[0]).toBe('🔎 <i>Cụm trưởng · năm 2023</i>');
    expect(followUp!.text).toMatch(/Điện Biên|Phú Thọ|Cà Mau/);
    expect(followUp!.reply_parameters?.message_id).toBeTypeOf('number');
    expectSafeHtml(followUp!.text);
    // thanks under the answer is no question: the group is not answered
    const before = (await history(group)).length;
    await binh.sendMessage(replyToAnswer(binh, answer!, group, handle, 'cảm ơn bot nhé 👍'));
    await new Promise((r) => setTimeout(r, 300));
    expect((await history(group)).length).toBe(before);
  });

  it('the thread outlives a restart: the bot stopped and started again on its data directory', async () => {
    const token = '987656:E2E-restart-token_abcdef';
    const stateDir = mkdtempSync(join(tmpdir(), 'mttq-bot-state-'));
    const start = () =>
      runTestBot(engine, {
        token,
        apiRoot: server.config.apiURL,
        adminId: ADMIN_ID,
        logLines,
        bot: { stateDir },
      });
    const group = -nextChat++;
    const member = (name: string) =>
      server.getClient(token, {
        userId: nextChat++,
        chatId: group,
        type: 'supergroup',
        timeout: 5000,
        interval: 20,
        firstName: name,
      });
    const lan = member('Lan');
    const binh = member('Bình');
    let bot = await start();
    try {
      await lan.sendCommand(lan.makeCommand('/hoi ai là cụm trưởng năm 2024?'));
      const [answer] = await nextReplies(lan);
      expect(answer!.text).toMatch(/Lào Cai|Bắc Kạn/);
      const file = join(stateDir, 'conversations.json');
      for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 10));
      expect(existsSync(file)).toBe(true);
      await bot.stop();
      bot = await start();
      await binh.sendMessage(replyToAnswer(binh, answer!, group, bot, 'còn năm 2023?'));
      const [followUp] = await nextReplies(binh);
      expect(followUp!.text.split('\n')[0]).toBe('🔎 <i>Cụm trưởng · năm 2023</i>');
    } finally {
      await bot.stop();
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

describe('a 300-article archive against telegram-test-api', () => {
  const ARCHIVE_TOKEN = '987655:E2E-archive-token_abcdef';
  let archiveDir: string;
  let archiveBot: BotHandle;

  beforeAll(async () => {
    // 300 small generated articles, ingested for real (a second or two)
    archiveDir = mkdtempSync(join(tmpdir(), 'mttq-archive-'));
    const articles = join(archiveDir, 'articles');
    mkdirSync(articles);
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(articles, `bai-${i}.txt`),
        `Hội nghị giao ban Cụm thi đua số ${i}\n\n` +
          `Ngày ${1 + (i % 28)}/${1 + (i % 12)}/${2022 + (i % 3)}, Ủy ban MTTQ tỉnh Gia Lai tổ chức hội nghị giao ban Cụm thi đua số ${i}.\n`,
      );
    const store = await Engine.open({ dataDir: join(archiveDir, 'data') });
    await store.ingestPaths([articles]);
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: ARCHIVE_TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      LOG_LEVEL: 'silent',
    });
    archiveBot = await runBot(store, config, {
      handleSignals: false,
      configure: (bot) => bot.api.config.use(idlePolling),
    });
  }, 60_000);

  afterAll(async () => {
    await archiveBot?.stop();
    rmSync(archiveDir, { recursive: true, force: true });
  });

  it('/nguon sends one message of ten articles with page buttons; › edits it in place', async () => {
    const userId = nextChat++;
    const c = server.getClient(ARCHIVE_TOKEN, { userId, chatId: userId, timeout: 5000, interval: 20 });
    await c.sendCommand(c.makeCommand('/nguon'));
    const replies = await nextReplies(c);
    await new Promise((r) => setTimeout(r, 200));
    const sent = (await server.getClient(ARCHIVE_TOKEN).getUpdatesHistory()).filter(
      (u) => 'message' in u && String((u.message as { chat_id?: unknown }).chat_id) === String(userId),
    );
    expect(replies).toHaveLength(1);
    expect(sent).toHaveLength(1);
    const page = replies[0]!;
    expectSafeHtml(page.text);
    expect(page.text.startsWith(vi.sourcesHeader(300))).toBe(true);
    expect(page.text.match(/<code>bai-\d+<\/code>/g)).toHaveLength(10);
    const keyboard = page.reply_markup?.inline_keyboard?.flat() ?? [];
    expect(keyboard.map((b) => b.text)).toEqual(['1/30', '›', '»']);
    const next = keyboard.find((b) => b.text === '›')!;
    await c.sendCallback(
      c.makeCallbackQuery(next.callback_data!, { message: { message_id: page.message_id } }),
    );
    let edited = '';
    for (let i = 0; i < 100 && !edited.includes('11. <b>'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      const history = await server.getClient(ARCHIVE_TOKEN).getUpdatesHistory();
      const same = history.find((u) => (u as { messageId?: number }).messageId === page.message_id);
      edited = ((same as { message?: { text?: string } } | undefined)?.message?.text ?? '') as string;
    }
    expect(edited).toContain('11. <b>');
    expect(edited).not.toContain('\n1. <b>');
  });
});
