/**
 * Plain-text rendering of an answer for terminals: the answer, then each source with its quote.
 */
import type { Answer } from '../answer/types.ts';

export function formatAnswer(a: Answer): string {
  const lines = [a.text];
  if (a.citations.length) {
    lines.push('', a.lang === 'en' ? 'Sources:' : 'Nguồn:');
    a.citations.forEach((c, i) => {
      const meta = [c.publisher, c.date].filter(Boolean).join(', ');
      lines.push(`[${i + 1}] ${c.title}${meta ? ` (${meta})` : ''}`);
      lines.push(`    «${c.quote}»`);
      if (c.url) lines.push(`    ${c.url}`);
    });
  }
  return lines.join('\n');
}
