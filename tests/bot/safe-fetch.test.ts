import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, type SafeFetchOptions, safeFetch } from '../../src/bot/net/safe-fetch.ts';

let server: http.Server;
let base: string;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const url = req.url ?? '/';
    if (url === '/ok') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<html><title>Tin Mặt trận</title></html>');
    } else if (url.startsWith('/r/')) {
      const n = Number(url.slice(3));
      res.statusCode = 302;
      res.setHeader('location', n <= 1 ? '/ok' : `/r/${n - 1}`);
      res.end();
    } else if (url === '/to-other-host') {
      res.statusCode = 301;
      res.setHeader('location', `http://127.0.0.2:${port}/ok`);
      res.end();
    } else if (url === '/to-internal-name') {
      res.statusCode = 307;
      res.setHeader('location', 'http://internal.test/ok');
      res.end();
    } else if (url === '/big') {
      res.setHeader('content-type', 'text/plain');
      let sent = 0;
      const push = () => {
        while (sent < 200_000) {
          sent += 10_000;
          if (!res.write('x'.repeat(10_000))) return res.once('drain', push);
        }
        res.end();
      };
      push();
    } else if (url === '/big-declared') {
      res.setHeader('content-length', '5000000');
      res.end('x');
    } else if (url === '/slow') {
      res.setHeader('content-type', 'text/plain');
      res.write('partial');
      // never ends; the client must give up
    } else if (url === '/gzip') {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.setHeader('content-encoding', 'gzip');
      res.end(zlib.gzipSync(Buffer.from('Cụm thi đua '.repeat(100))));
    } else {
      res.statusCode = 404;
      res.end('nope');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const open: SafeFetchOptions = { timeoutMs: 2000, maxBytes: 50_000, allowPrivate: true };
const closed: SafeFetchOptions = { timeoutMs: 2000, maxBytes: 50_000, allowPrivate: false };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return (err as FetchError).code;
  }
}

describe('safeFetch with ALLOW_PRIVATE_URLS on (local server)', () => {
  it('fetches a page with its content type', async () => {
    const res = await safeFetch(`${base}/ok`, open);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('text/html; charset=utf-8');
    expect(res.body.toString('utf8')).toContain('Tin Mặt trận');
  });

  it('follows up to 3 redirects, and no more', async () => {
    const res = await safeFetch(`${base}/r/3`, open);
    expect(res.url).toBe(`${base}/ok`);
    expect(await codeOf(safeFetch(`${base}/r/4`, open))).toBe('too_many_redirects');
  });

  it('caps the body while streaming and by Content-Length', async () => {
    expect(await codeOf(safeFetch(`${base}/big`, open))).toBe('too_large');
    expect(await codeOf(safeFetch(`${base}/big-declared`, open))).toBe('too_large');
  });

  it('times out', async () => {
    const started = Date.now();
    expect(await codeOf(safeFetch(`${base}/slow`, { ...open, timeoutMs: 300 }))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('decompresses gzip', async () => {
    const res = await safeFetch(`${base}/gzip`, open);
    expect(res.body.toString('utf8')).toBe('Cụm thi đua '.repeat(100));
  });

  it('reports HTTP errors', async () => {
    expect(await codeOf(safeFetch(`${base}/missing`, open))).toBe('http_status');
  });

  it('connects to the resolved (pinned) address for a host name', async () => {
    const res = await safeFetch(`http://pinned.test:${port}/ok`, {
      ...open,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(res.status).toBe(200);
  });
});

describe('safeFetch with ALLOW_PRIVATE_URLS off', () => {
  it('refuses 127.0.0.1, [::1], localhost and private resolutions without connecting', async () => {
    const before = hits.length;
    expect(await codeOf(safeFetch(`${base}/ok`, closed))).toBe('blocked_address');
    expect(await codeOf(safeFetch(`http://[::1]:${port}/ok`, closed))).toBe('blocked_address');
    expect(await codeOf(safeFetch(`http://[::ffff:127.0.0.1]:${port}/ok`, closed))).toBe('blocked_address');
    expect(await codeOf(safeFetch(`http://localhost:${port}/ok`, closed))).toBe('blocked_address');
    // One private address among public ones is enough to refuse.
    const mixed = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ];
    expect(await codeOf(safeFetch('http://mixed.test/', { ...closed, resolve: mixed }))).toBe(
      'blocked_address',
    );
    expect(hits.length).toBe(before);
  });

  it('checks every redirect hop', async () => {
    // Policy for the test: only 127.0.0.1 counts as "public".
    const policy = { ...closed, isAllowedAddress: (ip: string) => ip === '127.0.0.1' };
    expect((await safeFetch(`${base}/ok`, policy)).status).toBe(200);
    expect(await codeOf(safeFetch(`${base}/to-other-host`, policy))).toBe('blocked_address');
    const resolve = async () => [{ address: '192.168.1.10', family: 4 }];
    expect(await codeOf(safeFetch(`${base}/to-internal-name`, { ...policy, resolve }))).toBe(
      'blocked_address',
    );
  });

  it('accepts only http and https, without credentials', async () => {
    expect(await codeOf(safeFetch('file:///etc/passwd', closed))).toBe('bad_scheme');
    expect(await codeOf(safeFetch('ftp://example.org/x', closed))).toBe('bad_scheme');
    expect(await codeOf(safeFetch('gopher://example.org/x', closed))).toBe('bad_scheme');
    expect(await codeOf(safeFetch('http://user:pw@example.org/', closed))).toBe('bad_url');
    expect(await codeOf(safeFetch('not a url', closed))).toBe('bad_url');
  });

  it('reports unresolvable names', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
    };
    expect(await codeOf(safeFetch('http://nothing.invalid/', { ...closed, resolve }))).toBe('dns');
  });
});
