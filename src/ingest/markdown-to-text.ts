/**
 * A Markdown article → plain text the cleaner understands. Front matter (title, date, url — only
 * an absolute http(s) link —, publisher/source) is read as metadata; the first "# " heading is the title; an image line
 * "![alt](src)" — or an italic line right under an image — becomes a caption marked with
 * CAPTION_MARK; links keep their text; emphasis, code marks, quotes and rules are removed.
 */
import { isHttpUrl } from '../config/http-url.ts';
import type { ArticleMeta } from './article.ts';
import { CAPTION_MARK } from './clean-text.ts';

export interface MarkdownPage {
  title?: string;
  text: string;
  /** What the front matter says. */
  meta?: ArticleMeta;
}

const IMAGE_LINE = /^!\[([^\]]*)\]\([^)]*\)\s*$/;

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\d])([*_])(?!\s)(.+?)(?<!\s)\1(?![\p{L}\d])/gu, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

function frontMatter(lines: string[]): { meta?: ArticleMeta; rest: string[] } {
  if (lines[0]?.trim() !== '---') return { rest: lines };
  const end = lines.indexOf('---', 1);
  if (end < 0) return { rest: lines };
  const meta: ArticleMeta = {};
  for (const line of lines.slice(1, end)) {
    const m = line.match(/^(\w+)\s*:\s*(.*)$/);
    if (!m) continue;
    const value = (m[2] ?? '').trim().replace(/^["']|["']$/g, '');
    const k = (m[1] ?? '').toLowerCase();
    if (!value) continue;
    if (k === 'title') meta.title = value;
    else if (k === 'date') meta.date = value.slice(0, 10);
    else if ((k === 'url' || k === 'link') && isHttpUrl(value)) meta.url = value;
    else if (k === 'publisher' || k === 'source') meta.publisher = value;
  }
  return { meta: Object.keys(meta).length ? meta : undefined, rest: lines.slice(end + 1) };
}

/** Converts Markdown to text and metadata; see the module comment. */
export function markdownToText(markdown: string): MarkdownPage {
  const { meta, rest } = frontMatter(markdown.replace(/\r\n?/g, '\n').split('\n'));
  const out: string[] = [];
  let title: string | undefined;
  let afterImage = false;
  let fenced = false;
  for (const raw of rest) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!line) {
      out.push('');
      continue;
    }
    if (!fenced && /^(?:[-*_]\s*){3,}$/.test(line)) continue;
    const image = line.match(IMAGE_LINE);
    if (image) {
      const alt = (image[1] ?? '').trim();
      if (alt) out.push(`${CAPTION_MARK}${alt}`);
      afterImage = true;
      continue;
    }
    if (afterImage && /^([*_])[^*_].*\1$/.test(line)) {
      out.push(`${CAPTION_MARK}${inline(line)}`);
      afterImage = false;
      continue;
    }
    afterImage = false;
    const heading = line.match(/^#{1,6}\s+(.*?)\s*#*$/);
    if (heading) {
      const text = inline(heading[1] ?? '');
      if (!title && line.startsWith('# ')) title = text;
      out.push(text, '');
      continue;
    }
    const text = inline(line.replace(/^>\s?/, '').replace(/^[*+]\s+/, '- '));
    out.push(text);
  }
  return { title: title ?? meta?.title, text: out.join('\n').trim(), meta };
}
