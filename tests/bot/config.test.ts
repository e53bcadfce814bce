import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireBotToken } from '../../src/config/config.ts';

const TOKEN = '123456789:AAFakeTokenForTests_abc-123';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  return [];
}

describe('config', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      dataDir: 'data',
      adminIds: [],
      logLevel: 'info',
      ingest: { maxTextBytes: 5 * 1024 * 1024, maxHtmlBytes: 10 * 1024 * 1024, parseBudgetMs: 5000 },
      fetch: { allowPrivateUrls: false, timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024 },
    });
    expect(() => requireBotToken(c)).toThrow(/TELEGRAM_BOT_TOKEN: is required/);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      WEBHOOK_URL: 'https://bot.example.org/tg/hook',
      WEBHOOK_SECRET: 'abc_DEF-123',
      PORT: '3000',
      DATA_DIR: '/var/lib/mttq',
      ADMIN_IDS: '12345, 678 ,12345',
      LOG_LEVEL: 'DEBUG',
      ALLOW_PRIVATE_URLS: '1',
      FETCH_TIMEOUT_MS: '5000',
      FETCH_MAX_BYTES: '100000',
      INGEST_MAX_TEXT_BYTES: '200000',
      INGEST_MAX_HTML_BYTES: '400000',
      INGEST_TIMEOUT_MS: '2500',
      INGEST_WORKERS: '2',
    });
    expect(c).toEqual({
      token: TOKEN,
      apiRoot: 'http://127.0.0.1:8081',
      webhook: { url: 'https://bot.example.org/tg/hook', port: 3000, secret: 'abc_DEF-123' },
      dataDir: '/var/lib/mttq',
      adminIds: [12345, 678],
      logLevel: 'debug',
      ingest: { maxTextBytes: 200000, maxHtmlBytes: 400000, parseBudgetMs: 2500, workers: 2 },
      fetch: { allowPrivateUrls: true, timeoutMs: 5000, maxBytes: 100000 },
    });
    expect(requireBotToken(c)).toBe(TOKEN);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', WEBHOOK_URL: 'https://x.org/h' }).webhook?.port).toBe(8080);
  });

  it('names each invalid variable and never echoes secrets', () => {
    const p = problems({
      TELEGRAM_BOT_TOKEN: 'secret-but-malformed',
      WEBHOOK_SECRET: 'has spaces!',
      WEBHOOK_URL: 'ftp://x',
      PORT: '70000',
      ADMIN_IDS: '12,abc',
      LOG_LEVEL: 'loud',
      ALLOW_PRIVATE_URLS: 'maybe',
      FETCH_TIMEOUT_MS: '-1',
      FETCH_MAX_BYTES: '1kb',
      INGEST_TIMEOUT_MS: '5s',
      INGEST_WORKERS: '0',
    });
    const text = p.join('\n');
    for (const name of [
      'TELEGRAM_BOT_TOKEN',
      'WEBHOOK_SECRET',
      'WEBHOOK_URL',
      'PORT',
      'ADMIN_IDS',
      'LOG_LEVEL',
      'ALLOW_PRIVATE_URLS',
      'FETCH_TIMEOUT_MS',
      'INGEST_TIMEOUT_MS',
      'INGEST_WORKERS',
      'FETCH_MAX_BYTES',
    ]) {
      expect(text).toContain(`${name}:`);
    }
    expect(text).not.toContain('secret-but-malformed');
    expect(text).not.toContain('has spaces!');
    expect(text).toContain('"abc"');
  });

  it('requires https webhooks unless a custom API root is set', () => {
    expect(problems({ WEBHOOK_URL: 'http://x.org/h' }).join()).toMatch(/WEBHOOK_URL: .*https/);
    expect(problems({ WEBHOOK_URL: 'http://x.org/h', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' })).toEqual(
      [],
    );
    expect(problems({ WEBHOOK_SECRET: 'abc' }).join()).toMatch(/WEBHOOK_SECRET: .*WEBHOOK_URL/);
  });

  it('.env.example documents every variable and loads as is', () => {
    const lines = readFileSync('.env.example', 'utf8').split('\n');
    const env: Record<string, string> = {};
    lines.forEach((line, i) => {
      const m = /^([A-Z_]+)=(.*)$/.exec(line);
      if (!m) return;
      env[m[1]!] = m[2]!;
      expect(lines[i - 1]!.startsWith('#'), `${m[1]} needs a comment`).toBe(true);
    });
    expect(Object.keys(env).sort()).toEqual(
      [
        'ADMIN_IDS',
        'ALLOW_PRIVATE_URLS',
        'DATA_DIR',
        'FETCH_MAX_BYTES',
        'FETCH_TIMEOUT_MS',
        'INGEST_MAX_HTML_BYTES',
        'INGEST_MAX_TEXT_BYTES',
        'INGEST_TIMEOUT_MS',
        'INGEST_WORKERS',
        'LOG_LEVEL',
        'MTTQ_HEAP_MB',
        'PORT',

        'TELEGRAM_API_ROOT',
        'TELEGRAM_BOT_TOKEN',
        'WEBHOOK_SECRET',
        'WEBHOOK_URL',
      ].sort(),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });
});
