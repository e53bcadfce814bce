/**
 * Generated documents for the fuzz suite: real articles mildly damaged (must still be accepted),
 * real articles wrapped in hostile HTML (nesting thousands deep, unclosed tags, giant scripts and
 * attributes; must be accepted), and junk (binary, random bytes, empty, white space, one line,
 * non-Latin text, menus of links, NUL bytes in an article; must be refused), plus inputs built to
 * make regular expressions and recursion slow (either outcome is fine, but quickly). Each carries
 * what is expected of it, and some a sidecar that is broken in one of the ways sidecars break.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFormat } from '../../src/ingest/article.ts';
import type { Random } from './random.ts';

export type Expectation = 'accept' | 'refuse' | 'either';

export interface FuzzDocument {
  kind: string;
  /** File name (with extension) when written to disk. */
  name: string;
  format: SourceFormat;
  bytes: Buffer;
  /** Raw content of NAME.meta.json, when there is one. */
  sidecar?: string;
  expect: Expectation;
}

export interface DocumentScale {
  /** Deepest nesting generated. */
  maxDepth: number;
  /** Largest generated document, in bytes (roughly). */
  maxBytes: number;
}

export const SHORT_SCALE: DocumentScale = { maxDepth: 3000, maxBytes: 200_000 };
export const LONG_SCALE: DocumentScale = { maxDepth: 20_000, maxBytes: 3_000_000 };

const ROOT = new URL('../../', import.meta.url);

/** The real articles in the repository (seeds and the held-out fixtures), as text. */
export function realArticles(): string[] {
  const dirs = ['seeds', 'tests/fixtures/heldout/articles', 'tests/fixtures/heldout2/articles'];
  const out: string[] = [];
  for (const dir of dirs) {
    const path = new URL(`${dir}/`, ROOT);
    for (const name of readdirSync(path).sort()) {
      if (name.endsWith('.txt')) out.push(readFileSync(new URL(name, path), 'utf8'));
    }
  }
  return out;
}

/** A real page from the fixtures. */
export function realPages(): string[] {
  const dir = new URL('tests/fixtures/html/', ROOT);
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir.pathname, name), 'utf8'));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(text: string): string {
  const [title, ...rest] = text.split(/\n+/);
  return `<h1>${escapeHtml(title ?? '')}</h1>${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`;
}

const NON_LATIN: ReadonlyArray<readonly [number, number]> = [
  [0x4e00, 0x9fff], // CJK
  [0x0410, 0x044f], // Cyrillic
  [0x0627, 0x064a], // Arabic
  [0x0e01, 0x0e30], // Thai
];
const ANY_TEXT: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x1ea0, 0x1ef9], // Vietnamese letters
  [0x2000, 0x206f], // punctuation, bidi controls, invisible marks
  [0x1f300, 0x1f6ff], // emoji
  [0x0, 0x1f], // control characters
];
const TAGS = ['div', 'span', 'b', 'i', 'p', 'section', 'table', 'td', 'li', 'ul', 'font', 'a', 'em'];

/** A damaged copy of a real article that a reader would still call an article. */
function damaged(r: Random, text: string): string {
  let t = text;
  if (r.chance(0.3)) t = t.replace(/\n/g, '\r\n');
  if (r.chance(0.3)) t = `\uFEFF${t}`;
  if (r.chance(0.3)) t = t.replace(/ /g, () => (r.chance(0.05) ? '\u00A0' : ' '));
  if (r.chance(0.3)) t = t.replace(/([a-zà-ỹ])/g, (c) => (r.chance(0.002) ? `${c}\u200B` : c));
  if (r.chance(0.3)) {
    // a few stray control characters and broken bytes, far under 1 %
    const chars = Array.from(t);
    for (let i = 0; i < 3; i++)
      chars.splice(r.int(0, chars.length), 0, r.pick(['\u0007', '\u001B', '\uFFFD', '\u0085']));
    t = chars.join('');
  }
  if (r.chance(0.2)) t += `\n\n${'Tag: Mặt trận, Cụm thi đua. '.repeat(r.int(1, 20))}`;
  return t;
}

function nested(r: Random, depth: number, inner: string, closed: boolean): string {
  const tags = Array.from({ length: depth }, () => r.pick(TAGS));
  const open = tags.map((t) => `<${t}${r.chance(0.1) ? ` class="c${r.int(0, 9)}"` : ''}>`).join('');
  return closed
    ? open +
        inner +
        tags
          .reverse()
          .map((t) => `</${t}>`)
          .join('')
    : open + inner;
}

/** Page metadata no article may keep: links that are not http(s), dates that are no day. */
const HOSTILE_HEADS = [
  '',
  '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://baomoi.com/tin.html">',
  '<meta property="og:url" content="data:text/html,<b>x</b>">',
  '<link rel="canonical" href="/tin/tuong-doi.html">',
  '<link rel="canonical" href="https://x.vn/a\nb c">',
  '<meta property="article:published_time" content="9999-99-99T00:00:00Z">',
  '<meta property="article:published_time" content="2023-02-30">',
  '<meta property="og:title" content="Tiêu đề&#0;&#x202E;"><meta property="og:site_name" content="&#7;Báo">',
];

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

type Maker = (r: Random, scale: DocumentScale, real: string[], pages: string[]) => Omit<FuzzDocument, 'name'>;

const MAKERS: Record<string, { weight: number; make: Maker }> = {
  'real-text': {
    weight: 14,
    make: (r, _s, real) => ({
      kind: 'real-text',
      format: 'txt',
      bytes: Buffer.from(damaged(r, r.pick(real))),
      expect: 'accept',
    }),
  },
  'real-markdown': {
    weight: 4,
    make: (r, _s, real) => {
      const [title, ...rest] = r.pick(real).split(/\n\s*\n/);
      const front = r.chance(0.5)
        ? `---\ntitle: ${r.chance(0.5) ? title : ''}\ndate: ${r.pick(['2023-12-01', '9999-99-99', 'hôm qua', ''])}\n` +
          `url: ${r.pick(['https://baomoi.com/tin.html', 'javascript:alert(1)', '/tin/1.html', 'https://x.vn/a b', ''])}\n---\n`
        : '';
      const md = `${front}# ${title}\n\n${rest.join('\n\n')}\n\n![ảnh](x.jpg)\n*Chú thích ảnh*\n`;
      return { kind: 'real-markdown', format: 'md', bytes: Buffer.from(md), expect: 'accept' };
    },
  },
  'real-page': {
    weight: 4,
    make: (r, _s, _real, pages) => ({
      kind: 'real-page',
      format: 'html',
      bytes: Buffer.from(r.pick(pages)),
      expect: 'accept',
    }),
  },
  'deep-html': {
    weight: 10,
    make: (r, s, real) => {
      const depth = r.int(100, s.maxDepth);
      const closed = r.chance(0.5);
      return {
        kind: closed ? 'deep-html' : 'deep-unclosed-html',
        format: 'html',
        bytes: Buffer.from(page(nested(r, depth, asHtml(r.pick(real)), closed))),
        expect: 'accept',
      };
    },
  },
  'deep-empty-html': {
    weight: 4,
    make: (r, s) => ({
      kind: 'deep-empty-html',
      format: 'html',
      bytes: Buffer.from(page(nested(r, r.int(1000, s.maxDepth), '', r.chance(0.5)))),
      expect: 'refuse',
    }),
  },
  'hostile-html': {
    weight: 6,
    make: (r, s, real) => {
      const article = asHtml(r.pick(real));
      const junk = [
        `<script>${'if (a<b) { document.write("</div><p>"); }\n'.repeat(r.int(10, s.maxBytes / 2000))}</script>`,
        `<div title="${'x'.repeat(r.int(100, s.maxBytes / 4))}">ảnh</div>`,
        `<!-- ${'<div>'.repeat(r.int(10, 2000))} -->`,
        '&#0;&#xD800;&#x110000;&#65533;&nbsp;&amp;&lt;',
        `<svg>${'<g>'.repeat(r.int(10, 500))}</svg>`,
        `<table>${'<tr><td>ô</td>'.repeat(r.int(10, 2000))}</table>`,
        '<p>'.repeat(r.int(10, 3000)),
      ];
      const parts = [article, ...junk.filter(() => r.chance(0.4))].sort(() => r.next() - 0.5);
      return {
        kind: 'hostile-html',
        format: 'html',
        bytes: Buffer.from(page(parts.join(''), r.pick(HOSTILE_HEADS))),
        expect: 'accept',
      };
    },
  },
  'menu-page': {
    weight: 4,
    make: (r) => {
      const links = Array.from(
        { length: r.int(10, 200) },
        (_, i) => `<li><a href="/tin/${i}">Tin ${i}</a></li>`,
      );
      return {
        kind: 'menu-page',
        format: 'html',
        bytes: Buffer.from(page(`<nav><ul>${links.join('')}</ul></nav><footer>© 2024</footer>`)),
        expect: 'refuse',
      };
    },
  },
  binary: {
    weight: 6,
    make: (r, s) => {
      const bytes = r.bytes(r.int(16, Math.min(s.maxBytes, 100_000)));
      bytes[r.int(0, bytes.length - 1)] = 0;
      return { kind: 'binary', format: r.pick(['txt', 'md', 'html'] as const), bytes, expect: 'refuse' };
    },
  },
  'random-bytes': {
    weight: 6,
    make: (r, s) => ({
      kind: 'random-bytes',
      format: r.pick(['txt', 'md', 'html'] as const),
      bytes: r.bytes(r.int(200, Math.min(s.maxBytes, 100_000)), 1),
      expect: 'refuse',
    }),
  },
  'article-with-nul': {
    weight: 2,
    make: (r, _s, real) => {
      const text = r.pick(real);
      const at = r.int(0, text.length);
      return {
        kind: 'article-with-nul',
        format: 'txt',
        bytes: Buffer.from(`${text.slice(0, at)}\u0000${text.slice(at)}`),
        expect: 'refuse',
      };
    },
  },
  empty: {
    weight: 4,
    make: (r) => ({
      kind: 'empty',
      format: r.pick(['txt', 'md', 'html'] as const),
      bytes: Buffer.from(r.pick(['', ' ', '\n\n\n', '\t \r\n \u00A0 \u200B', '\uFEFF'])),
      expect: 'refuse',
    }),
  },
  'near-empty': {
    weight: 5,
    make: (r) => ({
      kind: 'near-empty',
      format: r.pick(['txt', 'md', 'html'] as const),
      bytes: Buffer.from(
        r.pick([
          'Xin chào.',
          'Tin tức',
          '12345 67890',
          '!!! ??? ...',
          '😀😀😀',
          '# Tiêu đề',
          '<p>Trang</p>',
          '<html><body><img src="a.jpg"></body></html>',
          'Đọc thêm',
        ]),
      ),
      expect: 'refuse',
    }),
  },
  'non-latin': {
    weight: 3,
    make: (r) => {
      const words = Array.from({ length: r.int(20, 400) }, () => r.chars(r.int(2, 6), NON_LATIN));
      return {
        kind: 'non-latin',
        format: 'txt',
        bytes: Buffer.from(`${words.join(' ')}.`),
        expect: 'refuse',
      };
    },
  },
  'random-text': {
    weight: 5,
    make: (r, s) => ({
      kind: 'random-text',
      format: r.pick(['txt', 'md', 'html'] as const),
      bytes: Buffer.from(r.chars(r.int(1, Math.min(s.maxBytes / 4, 20_000)), ANY_TEXT)),
      expect: 'either',
    }),
  },
  'slow-patterns': {
    weight: 5,
    make: (r, s) => {
      const n = r.int(1000, s.maxBytes / 4);
      const body = r.pick([
        'a'.repeat(n),
        '.'.repeat(n),
        '1.'.repeat(n / 2),
        '1/1/'.repeat(n / 4),
        '(('.repeat(n / 2),
        '“'.repeat(n),
        'Ủy ban MTTQ tỉnh '.repeat(n / 17),
        'TP. '.repeat(n / 4),
        `${'Cụm thi đua, '.repeat(n / 13)}gồm:`,
        ' \n'.repeat(n / 2),
        `- ${'• '.repeat(n / 2)}`,
      ]);
      return {
        kind: 'slow-patterns',
        format: r.pick(['txt', 'md'] as const),
        bytes: Buffer.from(body),
        expect: 'either',
      };
    },
  },
  'large-article': {
    weight: 2,
    make: (r, s, real) => {
      const text = r.pick(real);
      const times = Math.max(1, Math.floor(r.int(s.maxBytes / 4, s.maxBytes) / Buffer.byteLength(text)));
      return {
        kind: 'large-article',
        format: 'txt',
        bytes: Buffer.from(Array(times).fill(text).join('\n\n')),
        expect: 'either',
      };
    },
  },
};

const BROKEN_SIDECARS = [
  '{not json',
  '[]',
  '"a string"',
  'null',
  JSON.stringify({ date: '9999-99-99', url: 'javascript:alert(1)' }),
  JSON.stringify({ date: '2023-02-30', url: 'file:///etc/passwd', title: 42 }),
  JSON.stringify({ title: 'Tiêu đề\u0000có ký tự điều khiển', publisher: ['x'] }),
  JSON.stringify({ title: 'x'.repeat(5000), date: '2023-12-01T10:00:00Z' }),
  JSON.stringify({ url: 'https://baomoi.com/tin.html', date: '2024-02-29', title: 'Tiêu đề hợp lệ' }),
  '{"__proto__": {"polluted": true}, "constructor": "x", "title": ""}',
];

const NAMES = ['bai', 'tin tức', 'Bài viết', 'a\nb', 'x\u0007y', '\u202Eevil', 'dup', 'dup', 'bài...', 'ả'];

/** The `i`-th generated document of a run. */
export function generateDocument(
  r: Random,
  i: number,
  scale: DocumentScale,
  real: string[],
  pages: string[],
): FuzzDocument {
  const entries = Object.values(MAKERS);
  const total = entries.reduce((n, e) => n + e.weight, 0);
  let roll = r.next() * total;
  let maker = entries[0] as (typeof entries)[number];
  for (const e of entries) {
    roll -= e.weight;
    if (roll < 0) {
      maker = e;
      break;
    }
  }
  const doc = maker.make(r, scale, real, pages);
  const ext = doc.format === 'md' ? 'md' : doc.format === 'html' ? r.pick(['html', 'htm']) : 'txt';
  const stem = r.chance(0.1) ? r.pick(NAMES) : `${doc.kind}-${i}`;
  return { ...doc, name: `${stem}.${ext}`, ...(r.chance(0.15) ? { sidecar: r.pick(BROKEN_SIDECARS) } : {}) };
}
