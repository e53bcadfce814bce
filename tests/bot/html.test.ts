import { describe, expect, it } from 'vitest';
import { esc, link, splitMessage, stripHtml } from '../../src/bot/html.ts';
import { LruCache } from '../../src/bot/lru.ts';
import { expectSafeHtml } from './harness.ts';

describe('esc', () => {
  it('escapes &, <, >, " and folds line breaks', () => {
    expect(esc('<b>x</b> & "y"\nz')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; z');
    expect(stripHtml(`<b>${esc('<i> & "q"')}</b>`)).toBe('<i> & "q"');
  });
  it('links only http(s) URLs', () => {
    expect(link('https://a.b/?x=1&y=2', 'T')).toBe('<a href="https://a.b/?x=1&amp;y=2">T</a>');
    expect(link('javascript:alert(1)', 'T')).toBe('T');
  });
});

describe('splitMessage', () => {
  it('keeps short messages whole', () => {
    expect(splitMessage('<b>a</b>\nb')).toEqual(['<b>a</b>\nb']);
  });

  it('splits on line boundaries, preferring blank lines, never inside a tag', () => {
    const items = Array.from(
      { length: 200 },
      (_, i) => `${i}. <b>Mục ${i} &amp; nội dung</b>\n<i>— Nguồn ${i}</i>`,
    );
    const html = items.join('\n\n');
    const chunks = splitMessage(html, 500);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(500);
      expectSafeHtml(c);
      // Items are never separated from their source line.
      expect(c.startsWith('<i>')).toBe(false);
    }
    expect(chunks.join('\n\n')).toBe(html);
  });

  it('cuts an over-long single line at spaces, dropping its tags but not breaking entities', () => {
    const line = `<b>${'từ &amp; '.repeat(2000)}</b>`;
    const chunks = splitMessage(line, 4096);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(4096);
      expect(c).not.toContain('<b>');
      expect(/&(?!amp;)/.test(c)).toBe(false);
    }
  });

  it('never splits a surrogate pair', () => {
    const chunks = splitMessage('😀'.repeat(3000), 4096);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(4096);
    expect(chunks.join('')).toBe('😀'.repeat(3000));
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entry and expires by TTL', () => {
    let now = 0;
    const c = new LruCache<string, number>(2, 100, () => now);
    c.set('a', 1);
    c.set('b', 2);
    c.get('a');
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    now = 150;
    expect(c.get('a')).toBeUndefined();
  });
});
