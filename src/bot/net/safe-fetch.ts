/**
 * Fetching an admin-supplied URL without letting it reach the bot's own network:
 *  - only http: and https:, no credentials in the URL;
 *  - the hostname is resolved with dns.lookup and EVERY address must be public
 *    (see address.ts) unless private URLs are allowed; the connection is then pinned to
 *    the checked addresses through the socket's `lookup`, so DNS cannot change between
 *    the check and the connect;
 *  - redirects are followed by hand (at most 3 by default), each hop checked the same way;
 *  - one AbortController deadline covers DNS, connect, redirects and the body;
 *  - the body is streamed and cut off past `maxBytes` (after decompression).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import type { FetchErrorCode } from '../i18n.ts';
import { classifyAddress } from './address.ts';

export type { FetchErrorCode };

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface SafeFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** ALLOW_PRIVATE_URLS: skip the address check (local testing, intranet deployments). */
  allowPrivate: boolean;
  maxRedirects?: number;
  /** Name resolution; defaults to dns.lookup with all addresses. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Address policy; defaults to "public addresses only". Tests override it. */
  isAllowedAddress?: (ip: string) => boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface FetchedResource {
  /** The final URL after redirects. */
  url: string;
  status: number;
  contentType?: string;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const defaultResolve = async (hostname: string): Promise<ResolvedAddress[]> =>
  dnsLookup(hostname, { all: true, verbatim: true });

/** Parse and check a URL's shape (scheme, no credentials). */
export function checkUrl(input: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input.trim(), base) : input;
  } catch {
    throw new FetchError('bad_url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_scheme', `scheme ${url.protocol} is not allowed`);
  }
  if (url.username || url.password) throw new FetchError('bad_url', 'credentials in URLs are not allowed');
  if (!url.hostname) throw new FetchError('bad_url', 'URL has no host');
  return url;
}

/** Resolve the URL's host and make sure every address passes the policy. */
export async function resolveChecked(url: URL, opts: SafeFetchOptions): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = opts.isAllowedAddress ?? ((ip: string) => classifyAddress(ip) === 'public');
  let addresses: ResolvedAddress[];
  const family = isIP(host);
  if (family !== 0) {
    addresses = [{ address: host, family }];
  } else {
    try {
      addresses = await (opts.resolve ?? defaultResolve)(host);
    } catch {
      throw new FetchError('dns', `could not resolve ${host}`);
    }
    if (addresses.length === 0) throw new FetchError('dns', `no addresses for ${host}`);
  }
  if (!opts.allowPrivate) {
    const bad = addresses.find((a) => !allowed(a.address));
    if (bad) {
      throw new FetchError(
        'blocked_address',
        `${host} resolves to ${bad.address} (${classifyAddress(bad.address)}), which is not allowed`,
      );
    }
  }
  return addresses;
}

/** A socket lookup that only ever returns the already-checked addresses. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  type Callback = (
    err: NodeJS.ErrnoException | null,
    address: string | ResolvedAddress[],
    family?: number,
  ) => void;
  return ((_hostname: string, options: { all?: boolean; family?: number | string }, callback: Callback) => {
    const fam = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family) || 0;
    const usable = fam ? addresses.filter((a) => a.family === fam) : addresses;
    if (usable.length === 0) {
      callback(Object.assign(new Error('no address of the requested family'), { code: 'ENOTFOUND' }), '', 0);
    } else if (options.all) {
      callback(null, usable);
    } else {
      callback(null, usable[0]!.address, usable[0]!.family);
    }
  }) as unknown as LookupFunction;
}

function request(
  url: URL,
  addresses: ResolvedAddress[],
  signal: AbortSignal,
  headers: Record<string, string>,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, {
      method: 'GET',
      headers,
      signal,
      agent: false,
      lookup: pinnedLookup(addresses),
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) return res;
  return pipeline(res, decoder, () => {});
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new FetchError('too_large', `body exceeds ${maxBytes} bytes`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export async function safeFetch(input: string, opts: SafeFetchOptions): Promise<FetchedResource> {
  const maxRedirects = opts.maxRedirects ?? 3;
  const controller = new AbortController();
  const timeout = new FetchError('timeout', `timed out after ${opts.timeoutMs} ms`);
  const timer = setTimeout(() => controller.abort(timeout), opts.timeoutMs);
  const onOuterAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const headers = {
    'user-agent': 'mttq-bot/0.1 (+https://core.telegram.org/bots)',
    accept: 'text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
    connection: 'close',
    ...opts.headers,
  };
  let res: http.IncomingMessage | undefined;
  try {
    let url = checkUrl(input);
    for (let hop = 0; ; hop++) {
      const addresses = await abortable(resolveChecked(url, opts), controller.signal);
      res = await request(url, addresses, controller.signal, headers);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.destroy();
        if (hop >= maxRedirects)
          throw new FetchError('too_many_redirects', `more than ${maxRedirects} redirects`);
        url = checkUrl(res.headers.location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new FetchError('http_status', `HTTP ${status}`, status);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes && !res.headers['content-encoding']) {
        res.destroy();
        throw new FetchError('too_large', `content-length ${declared} exceeds ${opts.maxBytes} bytes`);
      }
      const body = await readCapped(decoded(res), opts.maxBytes);
      const contentType = res.headers['content-type'];
      return { url: url.toString(), status, body, ...(contentType ? { contentType } : {}) };
    }
  } catch (err) {
    res?.destroy();
    if (err instanceof FetchError) throw err;
    if (controller.signal.aborted) {
      const reason = controller.signal.reason;
      throw reason instanceof FetchError ? reason : new FetchError('timeout', 'aborted');
    }
    const code = (err as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new FetchError('dns', 'could not resolve host');
    throw new FetchError('network', (err as Error).message ?? 'network error');
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}
