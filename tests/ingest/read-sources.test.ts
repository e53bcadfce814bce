import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/ingest/read-sources.ts';

describe('readSources', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'b02.txt'), 'Bài b02');
    writeFileSync(
      join(dir, 'b02.meta.json'),
      JSON.stringify({
        url: 'https://baogialai.com.vn/x',
        title: 'Tiêu đề',
        publisher: 'Báo Gia Lai',
        date: '2026-02-12',
        extra: 1,
      }),
    );
    writeFileSync(join(dir, 'a01.md'), '# Tiêu đề\n\nNội dung.');
    writeFileSync(join(dir, 'sub', 'c03.html'), '<html><body><p>Trang</p></body></html>');
    writeFileSync(join(dir, 'sub', 'deeper', 'd04.HTM'), '<html></html>');
    writeFileSync(join(dir, 'sub', 'notes.pdf'), '%PDF');
    writeFileSync(join(dir, 'sub', 'c03.meta.json'), '{not json');
    writeFileSync(join(dir, '.hidden.txt'), 'ẩn');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads txt, md and html files recursively, sorted by id, with sidecars', async () => {
    const { sources } = await readSources([dir]);
    expect(sources.map((s) => [s.id, s.format])).toEqual([
      ['a01', 'md'],
      ['b02', 'txt'],
      ['c03', 'html'],
      ['d04', 'html'],
    ]);
    const b02 = sources.find((s) => s.id === 'b02');
    expect(b02?.raw).toBe('Bài b02');
    expect(b02?.meta).toEqual({
      url: 'https://baogialai.com.vn/x',
      title: 'Tiêu đề',
      publisher: 'Báo Gia Lai',
      date: '2026-02-12',
    });
    expect(sources.find((s) => s.id === 'a01')?.meta).toBeUndefined();
  });

  it('reports skipped files, missing paths and broken sidecars', async () => {
    const missing = join(dir, 'nope');
    const { sources, skipped } = await readSources([dir, missing]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        { path: join(dir, 'sub', 'notes.pdf'), reason: 'unknown-extension' },
        { path: join(dir, 'sub', 'c03.meta.json'), reason: 'invalid-sidecar' },
        { path: missing, reason: 'not-found' },
      ]),
    );
    expect(skipped).toHaveLength(3);
    expect(sources.find((s) => s.id === 'c03')?.meta).toBeUndefined();
  });

  it('accepts single files and does not read a file twice', async () => {
    const file = join(dir, 'b02.txt');
    const { sources } = await readSources([file, file]);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.meta?.publisher).toBe('Báo Gia Lai');
  });
});
