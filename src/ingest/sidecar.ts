/**
 * The sidecar `NAME.meta.json` next to an article: `url`, `title`, `publisher`, `date`, each
 * optional, validated with zod field by field. A field that is wrong is reported and ignored, the
 * others are kept; a file that is not a JSON object is reported and ignored as a whole. Dates must
 * be real days written yyyy-mm-dd; only http(s) links are kept; unknown fields are ignored.
 */
import { z } from 'zod';
import { httpUrl } from '../config/http-url.ts';
import type { ArticleMeta } from './article.ts';
import { realIsoDate } from './real-date.ts';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/[\u0000-\u001F\u007F-\u009F]/.test(v), 'must not contain control characters');

const FIELDS = {
  url: httpUrl('must be an absolute http(s) link'),
  title: text(300),
  publisher: text(200),
  date: z
    .string()
    .trim()
    .refine((v) => realIsoDate(v) !== undefined && v.length === 10, 'must be a real date written yyyy-mm-dd'),
} satisfies Record<keyof ArticleMeta, z.ZodType<string>>;

export interface Sidecar {
  meta: ArticleMeta;
  /** What was ignored and why ("date: must be a real date written yyyy-mm-dd"). */
  problems: string[];
}

/** Reads a sidecar's JSON text; see the module comment. Never throws. */
export function readSidecar(json: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { meta: {}, problems: [`not valid JSON (${(err as Error).message})`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { meta: {}, problems: ['not a JSON object'] };
  }
  const meta: ArticleMeta = {};
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(FIELDS) as Array<keyof ArticleMeta>) {
    const value = record[key];
    // absent, null and "" mean "not given"
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const parsed = FIELDS[key].safeParse(value);
    if (parsed.success) meta[key] = parsed.data;
    else
      problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'} (got ${JSON.stringify(value)})`);
  }
  return { meta, problems };
}

/** The sidecar's valid fields (tests and tools that read dev articles directly). */
export function parseSidecar(json: string): ArticleMeta {
  return readSidecar(json).meta;
}
