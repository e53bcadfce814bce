/**
 * runBot start/stop behaviour against telegram-test-api on 127.0.0.1: webhook mode with a
 * secret token, getMe retry, a rejected token, graceful stop.
 */
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/logger.ts';
import { runBot } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config/config.ts';
import { freePort } from './emulator.ts';
import { FakeEngine } from './fake-engine.ts';

const TOKEN = '555555:Run-test-token_abcdef';

let server: TelegramServer;

beforeAll(async () => {
  server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

describe('runBot', () => {
  it('webhook mode: setWebhook with a secret, rejects requests without it, answers with it', async () => {
    const port = await freePort();
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      WEBHOOK_URL: `http://127.0.0.1:${port}/tg/hook`,
      WEBHOOK_SECRET: 'test_secret-123',
      PORT: String(port),
    });
    const handle = await runBot(new FakeEngine(), config, { logger: silentLogger(), handleSignals: false });
    try {
      expect(handle.mode).toBe('webhook');
      expect(handle.port).toBe(port);
      const hook = (server as unknown as { webhooks: Record<string, Record<string, string>> }).webhooks[
        TOKEN
      ]!;
      expect(hook.url).toBe(`http://127.0.0.1:${port}/tg/hook`);
      expect(hook.secret_token).toBe('test_secret-123');

      const update = {
        update_id: 1,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: 4321, type: 'private' },
          from: { id: 4321, is_bot: false, first_name: 'Lan' },
          text: 'ai là cụm trưởng năm 2024?',
        },
      };
      const post = (headers: Record<string, string>, path = '/tg/hook') =>
        fetch(`http://127.0.0.1:${port}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(update),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
      expect((await post({ 'x-telegram-bot-api-secret-token': 'test_secret-123' }, '/other')).status).toBe(
        404,
      );
      expect((await post({ 'x-telegram-bot-api-secret-token': 'test_secret-123' })).status).toBe(200);
      const sent = (await server.getClient(TOKEN, { chatId: 4321 }).getUpdates()).result;
      expect((sent[0]!.message as { text: string }).text).toContain('Lào Cai');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await handle.stop();
    }
    await expect(handle.done).resolves.toBeUndefined();
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('retries a failing getMe, then polls; stop() is graceful and idempotent', async () => {
    let getMeCalls = 0;
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL });
    const started = Date.now();
    const handle = await runBot(new FakeEngine(), config, {
      logger: silentLogger(),
      handleSignals: false,
      configure: (bot) =>
        bot.api.config.use(async (prev, method, payload, signal) => {
          if (method === 'getMe' && getMeCalls++ === 0) throw new Error('temporary network trouble');
          return prev(method, payload, signal);
        }),
    });
    expect(getMeCalls).toBe(2);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(handle.mode).toBe('polling');
    await Promise.all([handle.stop(), handle.stop()]);
    await expect(handle.done).resolves.toBeUndefined();
  });

  it('fails fast with a clear message when Telegram rejects the token', async () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL });
    await expect(
      runBot(new FakeEngine(), config, {
        logger: silentLogger(),
        handleSignals: false,
        configure: (bot) =>
          bot.api.config.use(async (prev, method, payload, signal) =>
            method === 'getMe'
              ? ({ ok: false, error_code: 401, description: 'Unauthorized' } as never)
              : prev(method, payload, signal),
          ),
      }),
    ).rejects.toThrow(/TELEGRAM_BOT_TOKEN.*401/);
  });

  it('refuses to start without a token', async () => {
    await expect(runBot(new FakeEngine(), loadConfig({}), { handleSignals: false })).rejects.toThrow(
      /TELEGRAM_BOT_TOKEN: is required/,
    );
  });
});
