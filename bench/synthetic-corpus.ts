/**
 * A synthetic archive N times the seed and dev articles (1× = 21 articles): each copy swaps the
 * provinces for others, shifts the years and scales the figures, so the store, the facts and the
 * index grow as a province's archive would. Sidecars (NAME.meta.json) are copied with the same
 * changes. Written once per scale and kept (it is deterministic).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES } from '../src/lexicon/provinces.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const names = PROVINCES.map((p) => p.name);
const nameRes = names.map((n) => new RegExp(escapeRegExp(n), 'g'));

/** Copy number `v` of a text: provinces rotated, years shifted back, figures scaled. */
export function variant(text: string, v: number): string {
  if (v === 0) return text;
  let out = text;
  names.forEach((_, i) => {
    out = out.replace(nameRes[i] as RegExp, `\u0000${i}\u0000`);
  });
  out = out.replace(/\u0000(\d+)\u0000/g, (_, i) => names[(Number(i) + 7 * v) % names.length] as string);
  const shift = v % 10;
  out = out.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) - shift));
  const factor = 1 + (v % 13) / 10;
  return out.replace(/\b(\d{1,3}(?:\.\d{3})+)\b/g, (m) =>
    Math.round(Number(m.replace(/\./g, '')) * factor).toLocaleString('de-DE'),
  );
}

/**
 * Writes `copies` copies of every article of `sourceDirs` (with sidecars) into `outDir`; returns the
 * number of articles. Reuses `outDir` when it already holds this many.
 */
export function writeSyntheticCorpus(sourceDirs: readonly string[], outDir: string, copies: number): number {
  const files = sourceDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md|html)$/.test(f))
      .map((f) => ({ dir, file: f })),
  );
  const expected = files.length * copies;
  const stamp = join(outDir, '.complete');
  if (existsSync(stamp) && Number(readFileSync(stamp, 'utf8')) === expected) return expected;
  rmSync(outDir, { recursive: true, force: true });
  for (let v = 0; v < copies; v++) {
    // a few hundred files per folder, as an archive would be kept
    const folder = join(outDir, `part${String(Math.floor(v / 10)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (const { dir, file } of files) {
      const name = `syn${String(v).padStart(4, '0')}-${file}`;
      writeFileSync(join(folder, name), variant(readFileSync(join(dir, file), 'utf8'), v));
      const sidecar = join(dir, file.replace(/\.\w+$/, '.meta.json'));
      if (existsSync(sidecar))
        writeFileSync(
          join(folder, name.replace(/\.\w+$/, '.meta.json')),
          variant(readFileSync(sidecar, 'utf8'), v),
        );
    }
  }
  writeFileSync(stamp, String(expected));
  return expected;
}
