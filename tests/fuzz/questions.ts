/**
 * Generated `ask --jsonl` input lines for the fuzz suite: real questions damaged every way a
 * phone keyboard or a copy-paste can (no diacritics, capitals, typos, repeated, glued to junk),
 * random text with control characters, emoji and bidi marks, very long questions, injection-looking
 * strings, and lines that are not what the contract says (not JSON, JSON of the wrong shape,
 * `q` not a string, a byte-order mark, lone surrogates, deep nesting).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Random } from './random.ts';

const ROOT = new URL('../../', import.meta.url);

/** Real questions of the repository's held-out sets. */
export function realQuestions(): string[] {
  const out: string[] = [];
  const fixtures = new URL('tests/fixtures/', ROOT);
  for (const dir of readdirSync(fixtures).sort()) {
    if (!dir.startsWith('heldout')) continue;
    const text = readFileSync(new URL(`${dir}/qa.jsonl`, fixtures), 'utf8');
    for (const line of text.split('\n')) if (line.trim()) out.push((JSON.parse(line) as { q: string }).q);
  }
  return out;
}

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xc0, 0x1b0],
  [0x1ea0, 0x1ef9],
  [0x0, 0x1f],
  [0x200b, 0x206f],
  [0x1f300, 0x1f64f],
  [0x4e00, 0x4e80],
  [0xd800, 0xdfff], // lone surrogates
];
const INJECTIONS = [
  "'; DROP TABLE articles; --",
  '<script>alert(1)</script>',
  '<b>đậm</b> & "ngoặc"',
  '{{7*7}} ${process.exit(1)}',
  '__proto__',
  'constructor',
  'toString',
  '%s%s%n',
  '../../../../etc/passwd',
  '\\u0000',
  'NaN',
  'undefined',
  '1e309',
  '-0',
  '9'.repeat(400),
  '31/2/2023',
  'năm 99999',
  'Cụm thi đua số 18446744073709551616',
];

const unaccent = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

function damaged(r: Random, q: string): string {
  let s = q;
  if (r.chance(0.3)) s = unaccent(s);
  if (r.chance(0.2)) s = s.toUpperCase();
  if (r.chance(0.3)) {
    const chars = Array.from(s);
    for (let i = 0; i < r.int(1, 4); i++)
      chars.splice(r.int(0, chars.length), r.int(0, 1), r.chars(1, RANGES));
    s = chars.join('');
  }
  if (r.chance(0.1)) s = s.repeat(r.int(2, 50));
  if (r.chance(0.1)) s = `${s} ${r.pick(INJECTIONS)}`;
  if (r.chance(0.05)) s = s.normalize('NFD');
  return s;
}

/** One input line (without its newline); `id` is what a well-formed line carries. */
export function generateQuestionLine(r: Random, id: number, real: string[]): string {
  const roll = r.next();
  let q: string;
  if (roll < 0.45) q = damaged(r, r.pick(real));
  else if (roll < 0.6) q = r.chars(r.int(0, 200), RANGES);
  else if (roll < 0.65) q = r.chars(r.int(1000, 20_000), RANGES);
  else if (roll < 0.72) q = r.pick(INJECTIONS);
  else if (roll < 0.75) q = r.pick(['', ' ', '\t', '?', '...', '😀', 'ai', 'khi nào', 'bao nhiêu', 'ở đâu']);
  else {
    // lines that break the contract
    return r.pick([
      () => 'this is not JSON',
      () => `{"id": ${id}, "q": `,
      () => JSON.stringify([id, 'Ai là cụm trưởng?']),
      () => JSON.stringify({ id, q: r.int(0, 99) }),
      () => JSON.stringify({ id, q: { text: 'Ai là cụm trưởng?' } }),
      () => JSON.stringify({ id, q: null }),
      () => JSON.stringify({ q: r.pick(real) }),
      () => JSON.stringify(null),
      () => JSON.stringify(r.pick(real)),
      () => `\uFEFF${JSON.stringify({ id, q: r.pick(real) })}`,
      () => `${'['.repeat(r.int(10, 100_000))}${']'.repeat(r.int(0, 10))}`,
      () => `${JSON.stringify({ id, q: r.pick(real) })}\r`,
      () => `   ${JSON.stringify({ id, q: r.pick(real) })}   `,
    ])();
  }
  return JSON.stringify({ id, q });
}
