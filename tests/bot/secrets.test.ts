/**
 * Secrets never reach a terminal or a log: the one redaction (config/redact.ts) is applied to the
 * logger, to the fatal error of `npm start` and to CLI messages (tests/cli). Here a Bot API root
 * that echoes the request path — token included — in its errors, as some proxies do: `npm start`
 * logs and retries after a 400, then stops on a 404, and neither its log nor its last words show the token.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED, redact } from '../../src/config/redact.ts';
import { Engine } from '../../src/engine.ts';
import { ROOT } from '../cli/run-cli.ts';

const TOKEN = '5550001:TEST-token_for-redaction-0123';
const SECRET = 'webhook_secret-XYZ-987';

describe('redact', () => {
  it('removes the secrets as written and URL-encoded, and any token in a Bot API path', () => {
    const text =
      `404 Not Found: POST /bot${TOKEN}/getMe; ${encodeURIComponent(TOKEN)}; secret ${SECRET}; ` +
      'GET https://api.telegram.org/file/bot999:OTHER-token/documents/x.txt';
    const safe = redact(text, [TOKEN, SECRET]);
    expect(safe).toBe(
      `404 Not Found: POST /bot${REDACTED}/getMe; ${REDACTED}; secret ${REDACTED}; ` +
        `GET https://api.telegram.org/file/bot${REDACTED}/documents/x.txt`,
    );
  });

  it('reads the secrets of the environment by default, and leaves short or absent ones alone', () => {
    const env = { TELEGRAM_BOT_TOKEN: TOKEN, WEBHOOK_SECRET: 'abc' };
    expect(redact(`token ${TOKEN} abc`, [env.TELEGRAM_BOT_TOKEN, env.WEBHOOK_SECRET, undefined])).toBe(
      `token ${REDACTED} abc`,
    );
  });
});

describe('npm start against an API root that echoes the path', { timeout: 60_000 }, () => {
  let server: http.Server;
  let dataDir = '';
  let calls = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mttq-secrets-'));
    await Engine.open({ dataDir, seedPaths: [join(ROOT, 'seeds')] });
    server = http.createServer((req, res) => {
      calls++;
      const status = calls === 1 ? 400 : 404;
      const description = `${status === 400 ? 'Bad Request' : 'Not Found'}: ${req.method} ${req.url}`;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: status, description }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs the retry and dies on the 404 without ever printing the token', async () => {
    const { port } = server.address() as AddressInfo;
    const child = spawn(process.execPath, ['scripts/start.mjs', 'main'], {
      cwd: ROOT,
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(calls).toBe(2);
    expect(output).toContain('getMe failed; retrying');
    expect(output).toContain(`Bad Request: POST /bot${REDACTED}/getMe`);
    expect(output).toContain(
      `Telegram rejected TELEGRAM_BOT_TOKEN (404 Not Found: POST /bot${REDACTED}/getMe)`,
    );
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain('TEST-token');
  });
});
