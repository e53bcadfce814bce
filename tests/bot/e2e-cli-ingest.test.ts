/**
 * The running bot answers from what a CLI ingest adds to its data directory: the bot (`runBot`
 * over the real engine following the data directory's writes, as `npm start` runs it) against
 * telegram-test-api on 127.0.0.1, and a separate `cli ingest` process writing a new article while
 * the bot runs. The answer must come within 5 s of the ingest finishing, without a restart.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Transformer } from 'grammy';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/logger.ts';
import { type BotHandle, runBot } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config/config.ts';
import { Engine } from '../../src/engine.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = '424242:Follow-writes-token_abcdef';
const ARTICLE = `Ủy ban MTTQ huyện Ia Grai bàn giao 137 căn nhà Đại đoàn kết

Ngày 12/3/2024, tại huyện Ia Grai, Ủy ban MTTQ Việt Nam huyện Ia Grai tổ chức lễ bàn giao 137 căn nhà Đại đoàn kết cho hộ nghèo.
`;
const QUESTION = 'Huyện Ia Grai bàn giao bao nhiêu căn nhà Đại đoàn kết?';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = net.createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => done(port));
    });
  });
}

/** The emulator answers getUpdates at once; pause a little on empty batches instead of spinning. */
const idlePolling: Transformer = async (prev, method, payload, signal) => {
  const res = await prev(method, payload, signal);
  if (method === 'getUpdates' && res.ok && Array.isArray(res.result) && res.result.length === 0)
    await new Promise((r) => setTimeout(r, 25));
  return res;
};

function cliIngest(dataDir: string, path: string): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'scripts/start.mjs'), 'cli', 'ingest', '--data-dir', dataDir, path],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    child.on('close', done);
  });
}

let server: TelegramServer;
let handle: BotHandle;
let stopFollowing: () => void;
let dataDir: string;
let articles: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mttq-follow-'));
  articles = mkdtempSync(join(tmpdir(), 'mttq-follow-src-'));
  server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  const engine = await Engine.open({ dataDir, seedPaths: [join(ROOT, 'seeds')] });
  stopFollowing = engine.followWrites(500);
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL });
  handle = await runBot(engine, config, {
    logger: silentLogger(),
    handleSignals: false,
    configure: (bot) => bot.api.config.use(idlePolling),
  });
}, 60_000);

afterAll(async () => {
  stopFollowing?.();
  await handle?.stop();
  await server?.stop();
  for (const d of [dataDir, articles]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('an article ingested by the CLI while the bot runs', () => {
  it('is answered by the bot within 5 s, without a restart', async () => {
    const chat = server.getClient(TOKEN, {
      userId: 501,
      chatId: 501,
      type: 'private',
      timeout: 3000,
      interval: 20,
    });
    const ask = async () => {
      await chat.sendMessage(chat.makeMessage(QUESTION));
      const replies = await chat.getUpdates();
      return replies.result.map((u) => (u.message as unknown as { text: string }).text).join('\n');
    };
    expect(await ask()).not.toContain('137');

    writeFileSync(join(articles, 'ia-grai.txt'), ARTICLE);
    expect(await cliIngest(dataDir, articles)).toBe(0);
    const ingested = Date.now();
    let answer = '';
    while (Date.now() - ingested < 5000) {
      answer = await ask();
      if (answer.includes('137')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(answer).toContain('137 căn nhà Đại đoàn kết');
    expect(Date.now() - ingested).toBeLessThan(5000);
  }, 60_000);
});
