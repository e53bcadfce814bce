/**
 * The fuzz suite, bounded for every `npm test`: a few hundred generated documents (hostile HTML,
 * binary, empty, junk, damaged real articles, broken sidecars) and a thousand generated question
 * lines, always the same (seeded). Nothing crashes, nothing runs over its budget, no junk is
 * stored and no damaged real article is lost. `npm run fuzz` runs the long version.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_SCALE } from './documents.ts';
import { formatReport, runFuzz } from './fuzz-run.ts';

describe('fuzz (bounded)', () => {
  it('200 documents and 1,000 question lines: no crash, no hang, no garbage stored, every line answered', async () => {
    const report = await runFuzz({
      seed: 20_251_129,
      documents: 200,
      questions: 1000,
      scale: SHORT_SCALE,
      batch: 100,
    });
    const summary = formatReport(report);
    const d = report.documents;
    const q = report.questions;
    expect(d.total, summary).toBe(200);
    expect([d.crashes, d.hangs, d.garbage, d.wronglyRefused], summary).toEqual([[], [], [], []]);
    expect(d.accepted, summary).toBeGreaterThan(50);
    expect(Object.keys(d.refused).length, summary).toBeGreaterThanOrEqual(4);
    expect([q.crashes, q.hangs, q.invalid], summary).toEqual([[], [], []]);
    expect(q.total).toBe(1000);
  }, 120_000);
});
