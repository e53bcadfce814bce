/**
 * `cli stats`: what the store holds, as a readable table (default) or as JSON (--json).
 */
import type { ArticleSummary, EngineStats } from '../engine.ts';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The table: one "label  value" row per line, labels aligned. */
export function statsTable(dataDir: string, stats: EngineStats, articles: readonly ArticleSummary[]): string {
  const dated = articles.filter((a) => a.date).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : -1));
  const newest = dated[0];
  const publishers = new Set(articles.map((a) => a.publisher).filter(Boolean)).size;
  const rows: Array<[string, string]> = [
    ['data directory', dataDir],
    ['articles', String(stats.articles)],
    ['publishers', String(publishers)],
    ['sentences', String(stats.sentences)],
    ['facts', String(stats.facts)],
    ['index size', size(stats.indexBytes)],
  ];
  if (newest) rows.push(['newest article', `${newest.date} ${newest.title}`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
