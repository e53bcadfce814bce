/**
 * What end-to-end tests against telegram-test-api share: a free loopback port, a polling
 * transformer that does not spin on the emulator's instant empty answers, the real bot started on
 * an API root with its log collected, and a proxy in front of the emulator that can break chosen
 * requests the way a network does.
 */
import http from 'node:http';
import net from 'node:net';
import type { Transformer } from 'grammy';
import type { BotEngine } from '../../src/bot/engine.ts';
import { createLogger } from '../../src/bot/logger.ts';
import { type BotHandle, type RunBotOptions, runBot } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config/config.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The emulator answers getUpdates at once; pause a little on empty batches instead of spinning. */
export const idlePolling: Transformer = async (prev, method, payload, signal) => {
  const res = await prev(method, payload, signal);
  if (method === 'getUpdates' && res.ok && Array.isArray(res.result) && res.result.length === 0) {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 25);
      signal?.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
  return res;
};

export interface FlakyProxy {
  /** Root URL to give the bot as TELEGRAM_API_ROOT. */
  url: string;
  /** Drop the connection of the next `n` requests whose path ends with `/method`. */
  drop(method: string, n: number): void;
  /** Requests dropped so far. */
  dropped: string[];
  close(): Promise<void>;
}

/** An HTTP proxy to `target` that cuts chosen requests off mid-flight (no response at all). */
export async function flakyProxy(target: string): Promise<FlakyProxy> {
  const pending = new Map<string, number>();
  const dropped: string[] = [];
  const server = http.createServer((req, res) => {
    const method = (req.url ?? '').split('?')[0]?.split('/').pop() ?? '';
    const left = pending.get(method) ?? 0;
    if (left > 0) {
      pending.set(method, left - 1);
      dropped.push(method);
      req.socket.destroy();
      return;
    }
    const upstream = http.request(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    drop: (method, n) => pending.set(method, (pending.get(method) ?? 0) + n),
    dropped,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export interface TestBotOptions {
  token: string;
  /** The emulator's API URL, or a proxy in front of it. */
  apiRoot: string;
  adminId: number;
  /** Where the bot's log lines (warn and above) go. */
  logLines: string[];
  /** Extra createBot options (fetchers, retries…). */
  bot?: RunBotOptions['bot'];
}

/** The real bot (runBot, long polling) against the emulator, as `npm start` would run it. */
export function runTestBot(engine: BotEngine, opts: TestBotOptions): Promise<BotHandle> {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: opts.token,
    TELEGRAM_API_ROOT: opts.apiRoot,
    ADMIN_IDS: String(opts.adminId),
    LOG_LEVEL: 'warn',
  });
  const logger = createLogger({
    level: 'warn',
    secrets: [opts.token],
    destination: { write: (line: string) => opts.logLines.push(line) },
  });
  return runBot(engine, config, {
    logger,
    handleSignals: false,
    configure: (bot) => bot.api.config.use(idlePolling),
    ...(opts.bot ? { bot: opts.bot } : {}),
  });
}
