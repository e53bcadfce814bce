/**
 * The ingest progress bar draws count, rate and time left on a terminal, and nothing elsewhere.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress-bar.ts';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number };
  stream.isTTY = isTTY;
  stream.columns = 100;
  let out = '';
  (stream as unknown as PassThrough).on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  return { stream, written: () => out };
}

describe('progressBar', () => {
  it('on a terminal: files done of the total, files per second and the time left', async () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar(stream);
    bar.update(0, 40);
    await new Promise((r) => setTimeout(r, 30));
    bar.update(10, 40);
    bar.stop();
    await new Promise((r) => setImmediate(r));
    expect(written()).toMatch(/ingest \|[=-]+\| 10\/40 files · [\d.]+ files\/s · ETA \S+/);
  });

  it('off a terminal: nothing at all', async () => {
    const { stream, written } = fakeStream(false);
    const bar = progressBar(stream);
    bar.update(5, 10);
    bar.stop();
    await new Promise((r) => setImmediate(r));
    expect(written()).toBe('');
  });
});
