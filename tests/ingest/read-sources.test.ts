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

  it('skips other extensions inside folders, refuses missing paths, warns about broken sidecars', async () => {
    const missing = join(dir, 'nope');
    const { sources, skipped, refused } = await readSources([dir, missing]);
    expect(skipped).toEqual([{ path: join(dir, 'sub', 'notes.pdf'), reason: 'unknown-extension' }]);
    expect(refused).toEqual([{ status: 'refused', path: missing, refusal: { reason: 'not-found' } }]);
    const c03 = sources.find((s) => s.id === 'c03');
    expect(c03?.meta).toBeUndefined();
    expect(c03?.warnings).toEqual([expect.stringMatching(/c03\.meta\.json: not valid JSON .* ignored/)]);
  });

  it('accepts single files and does not read a file twice, however it is named', async () => {
    const file = join(dir, 'b02.txt');
    const { sources } = await readSources([file, file, join(dir, 'sub', '..', 'b02.txt')]);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.meta?.publisher).toBe('Báo Gia Lai');
  });

  it('refuses a file named explicitly with another extension, and a folder with nothing to ingest', async () => {
    const empty = join(dir, 'sub', 'deeper', 'empty');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'photo.jpg'), 'x');
    const pdf = join(dir, 'sub', 'notes.pdf');
    const { sources, refused } = await readSources([pdf, empty]);
    expect(sources).toEqual([]);
    expect(refused).toEqual([
      { status: 'refused', path: pdf, refusal: { reason: 'unsupported-format' } },
      { status: 'refused', path: empty, refusal: { reason: 'no-articles' } },
    ]);
  });

  it('keeps the first of two files with the same name and refuses the second, naming the first', async () => {
    const batch = mkdtempSync(join(tmpdir(), 'ingest-dup-'));
    mkdirSync(join(batch, '2023'));
    mkdirSync(join(batch, '2024'));
    writeFileSync(join(batch, '2023', 'bai1.txt'), 'Bài năm 2023');
    writeFileSync(join(batch, '2024', 'bai1.txt'), 'Bài năm 2024');
    const { sources, refused } = await readSources([batch]);
    expect(sources.map((s) => [s.id, s.raw])).toEqual([['bai1', 'Bài năm 2023']]);
    expect(refused).toEqual([
      {
        status: 'refused',
        path: join(batch, '2024', 'bai1.txt'),
        id: 'bai1',
        refusal: { reason: 'duplicate-id', id: 'bai1', firstPath: join(batch, '2023', 'bai1.txt') },
      },
    ]);
    rmSync(batch, { recursive: true, force: true });
  });

  it('refuses a file over the size limit for its format without reading it', async () => {
    const limits = { maxTextBytes: 5, maxHtmlBytes: 1000, parseBudgetMs: 1000 };
    const { sources, refused } = await readSources(
      [join(dir, 'b02.txt'), join(dir, 'sub', 'c03.html')],
      limits,
    );
    expect(sources.map((s) => s.id)).toEqual(['c03']);
    expect(refused).toEqual([
      {
        status: 'refused',
        path: join(dir, 'b02.txt'),
        id: 'b02',
        refusal: { reason: 'too-large', bytes: 8, limit: 5 },
      },
    ]);
  });

  it('gives ids without control characters, and decodes UTF-16 files', async () => {
    const batch = mkdtempSync(join(tmpdir(), 'ingest-ids-'));
    writeFileSync(join(batch, 'bai\nmot\u0007.txt'), 'Nội dung');
    writeFileSync(
      join(batch, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mặt trận', 'utf16le')]),
    );
    const { sources } = await readSources([batch]);
    expect(sources.map((s) => [s.id, s.raw])).toEqual([
      ['bai_mot_', 'Nội dung'],
      ['utf16', 'Mặt trận'],
    ]);
    rmSync(batch, { recursive: true, force: true });
  });
});
