/**
 * A synthetic corpus N times the seeds: each copy swaps the provinces for others, shifts the years
 * and scales the figures, so the index and the fact store grow like a real archive would.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROVINCES } from '../src/lexicon/provinces.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function writeSyntheticCorpus(seedDir: string, outDir: string, copies: number): number {
  mkdirSync(outDir, { recursive: true });
  const names = PROVINCES.map((p) => p.name);
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  let n = 0;
  for (let v = 0; v < copies; v++) {
    for (const file of seeds) {
      let text = readFileSync(join(seedDir, file), 'utf8');
      // provinces: a rotation through the gazetteer
      names.forEach((name, i) => {
        const other = names[(i + 7 * (v + 1)) % names.length] as string;
        text = text.replace(new RegExp(escapeRegExp(name), 'g'), `\u0000${i}\u0000`);
        text = text.replace(new RegExp(`\u0000${i}\u0000`, 'g'), other);
      });
      // years: shifted back by up to 9 years
      const shift = v % 10;
      text = text.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) - shift));
      // figures: scaled, written the Vietnamese way
      const factor = 1 + (v % 13) / 10;
      text = text.replace(/\b(\d{1,3}(?:\.\d{3})+)\b/g, (m) =>
        Math.round(Number(m.replace(/\./g, '')) * factor).toLocaleString('de-DE'),
      );
      writeFileSync(join(outDir, `syn${String(v).padStart(3, '0')}-${basename(file)}`), text);
      n++;
    }
  }
  return n;
}
