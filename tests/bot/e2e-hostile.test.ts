/**
 * End to end, against telegram-test-api behind a proxy that can cut requests off: what an admin
 * pastes never freezes the bot for everyone else, refusals come back in Vietnamese, and a reply
 * that hits a network failure is retried, or logged with its chat when it cannot be delivered.
 * Latency bounds are generous (a second for an answer that takes milliseconds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/bot/i18n.ts';
import type { FetchedResource } from '../../src/bot/net/safe-fetch.ts';
import type { BotHandle } from '../../src/bot/run.ts';
import { Engine } from '../../src/engine.ts';
import { ROOT } from '../cli/run-cli.ts';
import { type FlakyProxy, flakyProxy, freePort, runTestBot } from './emulator.ts';

const TOKEN = '424242:Hostile-test-token_abcdef';
const ADMIN_ID = 91;
const BUDGET_MS = 2000;
const vi = strings('vi');
const QUESTION = 'ai là cụm trưởng năm 2024?';

const ARTICLE =
  '<h1>Hội nghị Cụm thi đua các tỉnh Tây Nguyên năm 2025</h1>' +
  '<p>Ngày 5/12/2025, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác Mặt trận. ' +
  'Hội nghị đã suy tôn tỉnh Đắk Lắk làm Cụm trưởng năm 2026.</p>';
const PAGES: Record<string, { body: string | Buffer; contentType: string }> = {
  'https://tin.example/sau-2000': {
    body: `<html><body>${'<div>'.repeat(2000)}${ARTICLE}${'</div>'.repeat(2000)}</body></html>`,
    contentType: 'text/html; charset=utf-8',
  },
  // tens of thousands of blocks: well over the parse budget, whatever the machine
  'https://tin.example/rong': {
    body: `<html><body>${'<div><p>Tin ngắn số một, tin ngắn số hai.</p></div>'.repeat(60_000)}</body></html>`,
    contentType: 'text/html',
  },
  'https://tin.example/nhi-phan': {
    body: Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)),
    contentType: 'text/plain',
  },
};

type Client = ReturnType<TelegramServer['getClient']>;

let server: TelegramServer;
let proxy: FlakyProxy;
let handle: BotHandle;
let engine: Engine;
let dataDir = '';
const logLines: string[] = [];
const fetched: string[] = [];
let nextUser = 5000;

function client(userId = nextUser++): Client {
  return server.getClient(TOKEN, { userId, chatId: userId, type: 'private', timeout: 8000, interval: 20 });
}

async function replyTexts(c: Client): Promise<string[]> {
  const res = await c.getUpdates();
  return res.result.map((u) => (u.message as unknown as { text: string }).text);
}

/** Resolves when the bot has fetched `url` (the admin's ingestion has begun). */
async function fetchedNow(url: string): Promise<void> {
  while (!fetched.includes(url)) await new Promise((r) => setTimeout(r, 10));
}

/** Time from asking to the answer, for a user who is not the admin. */
async function answerTime(): Promise<{ ms: number; text: string }> {
  const c = client();
  const started = Date.now();
  await c.sendMessage(c.makeMessage(QUESTION));
  const [text] = await replyTexts(c);
  return { ms: Date.now() - started, text: text ?? '' };
}

beforeAll(async () => {
  server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  proxy = await flakyProxy(server.config.apiURL);
  dataDir = mkdtempSync(join(tmpdir(), 'mttq-hostile-'));
  engine = await Engine.open({
    dataDir,
    seedPaths: [join(ROOT, 'seeds')],
    ingestLimits: { parseBudgetMs: BUDGET_MS },
  });
  handle = await runTestBot(engine, {
    token: TOKEN,
    apiRoot: proxy.url,
    adminId: ADMIN_ID,
    logLines,
    bot: {
      networkRetry: { retries: 3, baseDelayMs: 50 },
      fetchPage: async (url): Promise<FetchedResource> => {
        fetched.push(url);
        const page = PAGES[url];
        if (!page) throw new Error(`no page ${url}`);
        const body = Buffer.isBuffer(page.body) ? page.body : Buffer.from(page.body);
        return { url, status: 200, contentType: page.contentType, body };
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await handle?.stop();
  await proxy?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('/them with hostile pages', { timeout: 60_000 }, () => {
  it('while an admin ingests a 2,000-deep page, other users are answered within a second; the page lands', async () => {
    const admin = client(ADMIN_ID);
    await admin.sendCommand(admin.makeCommand('/them https://tin.example/sau-2000'));
    await fetchedNow('https://tin.example/sau-2000');
    const other = await answerTime();
    expect(other.text).toMatch(/Lào Cai|Bắc Kạn/);
    expect(other.ms).toBeLessThan(1000);
    const [report] = await replyTexts(admin);
    expect(report).toContain('Đã lập chỉ mục');
    expect(engine.ask('Cụm trưởng Cụm thi đua các tỉnh Tây Nguyên năm 2026 là tỉnh nào?').text).toContain(
      'Đắk Lắk',
    );
  });

  it('a page over the parse budget is refused, in Vietnamese, while others are answered', async () => {
    const admin = client(ADMIN_ID);
    const articles = engine.stats().articles;
    await admin.sendCommand(admin.makeCommand('/them https://tin.example/rong'));
    await fetchedNow('https://tin.example/rong');
    const other = await answerTime();
    expect(other.ms).toBeLessThan(1000);
    const [report] = await replyTexts(admin);
    expect(report).toBe(vi.ingestRefused({ reason: 'timeout', budgetMs: BUDGET_MS }));
    expect(report).toContain('xử lý quá 2 giây');
    expect(engine.stats().articles).toBe(articles);
  });

  it('binary content and near-empty text are refused with the reason, nothing stored', async () => {
    const admin = client(ADMIN_ID);
    const articles = engine.stats().articles;
    await admin.sendCommand(admin.makeCommand('/them https://tin.example/nhi-phan'));
    const [binary] = await replyTexts(admin);
    expect(binary).toBe(vi.ingestRefused({ reason: 'binary' }));
    await admin.sendCommand(admin.makeCommand('/them Xin chào.'));
    const [short] = await replyTexts(admin);
    expect(short).toContain('<b>Không thêm bài viết:</b> nội dung quá ngắn');
    expect(short).toContain('Không có gì được lưu.');
    expect(engine.stats().articles).toBe(articles);
  });
});

describe('sends that fail for a network reason', { timeout: 60_000 }, () => {
  it('are retried with backoff and the answer arrives', async () => {
    proxy.drop('sendMessage', 2);
    const before = proxy.dropped.length;
    const { text } = await answerTime();
    expect(proxy.dropped.length - before).toBe(2);
    expect(text).toMatch(/Lào Cai|Bắc Kạn/);
  });

  it('are logged with the chat id when every retry fails', async () => {
    proxy.drop('sendMessage', 4);
    const userId = nextUser;
    const c = client();
    await c.sendMessage(c.makeMessage(QUESTION));
    const deadline = Date.now() + 10_000;
    const lost = () => logLines.find((l) => l.includes('the message is lost'));
    while (!lost() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(JSON.parse(lost() ?? '{}')).toMatchObject({
      method: 'sendMessage',
      chatId: userId,
      attempts: 4,
    });
  });
});
