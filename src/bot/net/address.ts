/**
 * Classifying IP addresses for the URL fetcher: only globally routable unicast addresses
 * are fetched unless private URLs are explicitly allowed.
 *
 * IPv4 and IPv6 are parsed here (no regex tricks), and IPv6 forms that embed an IPv4
 * address (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96,
 * 6to4 2002::/16) are judged by the embedded IPv4 address.
 */
import { isIP } from 'node:net';

export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'invalid';

/** Parse dotted-quad IPv4 into a 32-bit unsigned number, or undefined. */
export function parseIPv4(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

/** Parse IPv6 (with optional zone id and embedded IPv4 tail) into 8 16-bit groups, or undefined. */
export function parseIPv6(input: string): number[] | undefined {
  let ip = input.trim();
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  const zone = ip.indexOf('%');
  if (zone !== -1) ip = ip.slice(0, zone);
  if (isIP(ip) !== 6) return undefined;
  const lastColon = ip.lastIndexOf(':');
  const last = ip.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIPv4(last);
    if (v4 === undefined) return undefined;
    ip = `${ip.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = ip.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (s: string) => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const head = toGroups(halves[0] ?? '');
  let groups: number[];
  if (halves.length === 2) {
    const rest = toGroups(halves[1] ?? '');
    const fill = 8 - head.length - rest.length;
    if (fill < 0) return undefined;
    groups = [...head, ...new Array<number>(fill).fill(0), ...rest];
  } else {
    groups = head;
  }
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff))
    return undefined;
  return groups;
}

function inV4(n: number, base: string, bits: number): boolean {
  const b = parseIPv4(base)!;
  if (bits === 0) return true;
  const mask = bits === 32 ? 0xffffffff : (~((1 << (32 - bits)) - 1) >>> 0) >>> 0;
  return (n & mask) >>> 0 === (b & mask) >>> 0;
}

export function classifyIPv4(n: number): AddressClass {
  if (inV4(n, '0.0.0.0', 8)) return 'unspecified';
  if (inV4(n, '127.0.0.0', 8)) return 'loopback';
  if (inV4(n, '10.0.0.0', 8) || inV4(n, '172.16.0.0', 12) || inV4(n, '192.168.0.0', 16)) return 'private';
  if (inV4(n, '169.254.0.0', 16)) return 'link-local';
  if (inV4(n, '100.64.0.0', 10)) return 'cgnat';
  if (inV4(n, '224.0.0.0', 4)) return 'multicast';
  if (n === 0xffffffff) return 'broadcast';
  if (inV4(n, '240.0.0.0', 4)) return 'reserved';
  if (inV4(n, '192.0.2.0', 24) || inV4(n, '198.51.100.0', 24) || inV4(n, '203.0.113.0', 24)) {
    return 'documentation';
  }
  // IETF protocol assignments, benchmarking, 6to4 relay anycast (deprecated).
  if (inV4(n, '192.0.0.0', 24) || inV4(n, '198.18.0.0', 15) || inV4(n, '192.88.99.0', 24)) return 'reserved';
  return 'public';
}

export function classifyIPv6(g: number[]): AddressClass {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const v4 = ((g6 << 16) >>> 0) + g7;
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (upperZero && g5 === 0 && g6 === 0) {
    if (g7 === 0) return 'unspecified';
    if (g7 === 1) return 'loopback';
  }
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated).
  if (upperZero && (g5 === 0xffff || g5 === 0)) return classifyIPv4(v4);
  // ::ffff:0:a.b.c.d (IPv4-translated, SIIT).
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) return classifyIPv4(v4);
  // NAT64 well-known prefix 64:ff9b::/96 and local-use 64:ff9b:1::/48.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return classifyIPv4(v4);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'private';
  // 6to4: 2002:AABB:CCDD::/48 embeds AA.BB.CC.DD.
  if (g0 === 0x2002) return classifyIPv4(((g1 << 16) >>> 0) + g2);
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // site-local (deprecated)
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // unique local fc00::/7
  if (g0 === 0x2001 && g1 === 0x0db8) return 'documentation';
  if (g0 === 0x3fff && g1 < 0x1000) return 'documentation'; // 3fff::/20
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved'; // discard-only 100::/64
  if (g0 === 0x2001 && g1 < 0x0200) {
    // 2001::/23 IETF protocol assignments (Teredo 2001::/32 included); treat as reserved.
    return 'reserved';
  }
  // Only 2000::/3 is allocated global unicast.
  if ((g0 & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

/** Classify any textual IP address (IPv4, IPv6, bracketed, with zone id). */
export function classifyAddress(ip: string): AddressClass {
  const s = ip.trim();
  const v4 = parseIPv4(s);
  if (v4 !== undefined) return classifyIPv4(v4);
  const v6 = parseIPv6(s);
  if (v6 !== undefined) return classifyIPv6(v6);
  return 'invalid';
}

/** True only for globally routable unicast addresses. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}
