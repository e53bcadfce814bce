/**
 * A saved news page (HTML) → plain text the cleaner understands, plus the page's metadata.
 *
 * The article body is found by @mozilla/readability over a linkedom DOM; when it finds nothing the
 * whole body is used (without scripts, navigation, header, footer). Block elements become blank
 * lines, <br> a line break. Photo captions (<figcaption>, elements whose class says caption, the
 * text cell of an image table, an italic line right under an image) are emitted on their own line
 * prefixed with CAPTION_MARK so the cleaner keeps them apart. Image alt texts are not emitted.
 * Metadata: og:title, og:site_name, article:published_time (or <time datetime>), canonical URL
 * (or og:url; only an absolute http(s) link).
 *
 * Hostile pages stay cheap: nesting beyond MAX_DOM_DEPTH is flattened before the DOM is built
 * (bound-depth.ts) and the text is walked with an explicit stack, never recursively.
 */
import { createRequire } from 'node:module';
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { isHttpUrl } from '../config/http-url.ts';
import { boundDepth } from './bound-depth.ts';
import { CAPTION_MARK } from './clean-text.ts';
import { hasProse } from './screen-content.ts';

/** The DOM and Readability, loaded on the first page (~0.2 s): a process that reads no HTML never pays. */
let htmlTools: { Readability: typeof Readability; parseHTML: typeof parseHTML } | undefined;
function tools(): NonNullable<typeof htmlTools> {
  if (!htmlTools) {
    const require = createRequire(import.meta.url);
    htmlTools = {
      Readability: (require('@mozilla/readability') as { Readability: typeof Readability }).Readability,
      parseHTML: (require('linkedom') as { parseHTML: typeof parseHTML }).parseHTML,
    };
  }
  return htmlTools;
}

export interface HtmlPage {
  /** og:title, else the title readability found, else the first <h1>, else <title>. */
  title?: string;
  /** The article's text: paragraphs separated by blank lines, captions marked. */
  text: string;
  /** og:site_name. */
  publisher?: string;
  /** Publication date, "2023-12-01". */
  date?: string;
  /** Canonical URL (or og:url), when it is an absolute http(s) link. */
  url?: string;
  /** The byline readability found, if any. */
  byline?: string;
  /** True when readability found no article and the whole body was used. */
  fallback: boolean;
}

// linkedom's DOM, typed loosely: the project compiles without the DOM library.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  localName: string;
  className?: string;
  children: ArrayLike<DomElement>;
  previousElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  insertBefore(node: DomNode, ref: DomNode | null): DomNode;
  remove(): void;
}
interface DomDocument {
  title?: string;
  body: DomElement | null;
  documentElement: DomElement;
  createTextNode(text: string): DomNode;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'svg',
  'button',
  'input',
  'select',
  'textarea',
  'template',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'object',
  'embed',
  'canvas',
  'map',
  'head',
  'link',
  'meta',
]);
/** Page chrome removed from the body when readability finds nothing. */
const CHROME_TAGS = ['nav', 'header', 'footer', 'aside', 'form', 'menu'];
/** A caption mark anywhere in rendered text starts a line of its own. */
const CAPTION_SPLIT = new RegExp(`\\s*${CAPTION_MARK.trim().replace(/[[\]]/g, '\\$&')}\\s*`, 'g');
const CAPTION_CLASS =
  /caption|image[-_]?desc|desc[-_]?image|img[-_]?desc|photo[-_]?note|chu[-_]?thich|expnote/i;

function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

function isElement(node: DomNode): node is DomElement {
  return node.nodeType === 1;
}

function textOf(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function hasImage(el: DomElement): boolean {
  return el.localName === 'img' || el.querySelector('img') !== null;
}

/** Marks caption elements by prefixing their text with CAPTION_MARK (outermost only). */
function markCaptions(doc: DomDocument): void {
  const marked = new Set<DomElement>();
  const mark = (el: DomElement) => {
    for (let p = el.parentNode; p; p = p.parentNode) if (marked.has(p as DomElement)) return;
    if (!textOf(el)) return;
    marked.add(el);
    el.insertBefore(doc.createTextNode(`\n${CAPTION_MARK}`), el.childNodes[0] ?? null);
  };
  for (const el of Array.from(doc.querySelectorAll('figcaption'))) mark(el);
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    if (CAPTION_CLASS.test(el.getAttribute('class') ?? '') && !hasImage(el)) mark(el);
  }
  // image tables: <table><tr><td><img></td></tr><tr><td>caption</td></tr></table>
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    if (!hasImage(table)) continue;
    const cells = Array.from(table.querySelectorAll('td'));
    if (cells.length > 4) continue;
    for (const td of cells) if (!hasImage(td) && textOf(td)) mark(td);
  }
  // <p><img></p><p><em>caption</em></p>
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const prev = p.previousElementSibling;
    if (!prev || !hasImage(prev) || textOf(prev)) continue;
    const kids = Array.from(p.children);
    const text = textOf(p);
    if (text && text.length < 300 && kids.length === 1 && ['em', 'i'].includes(kids[0]?.localName ?? '')) {
      if (textOf(kids[0] as DomElement) === text) mark(p);
    }
  }
}

/** Renders a DOM subtree as text: blocks separated by blank lines, <br> as line breaks. */
function render(root: DomNode): string {
  const out: string[] = [];
  // an explicit stack, never recursion: the page's nesting must not reach the call stack
  const stack: Array<DomNode | string> = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode | string;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.localName.toLowerCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n\n');
    if (tag === 'li') {
      // an item that is a bare link is a headline in a list of links, not a list item of the text
      const links = Array.from(node.querySelectorAll('a'));
      const linkText = links.map(textOf).join(' ').trim();
      if (!(links.length > 0 && linkText === textOf(node))) out.push('- ');
    }
    if (block) stack.push('\n\n');
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as DomNode);
  }
  return out
    .join('')
    .replace(CAPTION_SPLIT, `\n${CAPTION_MARK}`)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function meta(doc: DomDocument, ...selectors: string[]): string | undefined {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const v = (
      el?.getAttribute('content') ??
      el?.getAttribute('href') ??
      el?.getAttribute('datetime') ??
      ''
    ).trim();
    if (v) return v;
  }
  return undefined;
}

/** "2023-12-01T12:41:00+07:00" → "2023-12-01"; "01/12/2023 12:41" → "2023-12-01". */
export function isoDateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const vn = value.match(/(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/);
  if (vn) return `${vn[3]}-${(vn[2] ?? '').padStart(2, '0')}-${(vn[1] ?? '').padStart(2, '0')}`;
  return undefined;
}

/** Removes a " - Site name" / " | Site name" suffix from a page title. */
function stripSiteSuffix(title: string, site: string | undefined): string {
  let t = title.trim();
  if (site) {
    const esc = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\s*[-|–—]\\s*${esc}\\s*$`, 'iu'), '');
  }
  return t;
}

/**
 * A fragment (`<p>…</p>`, or plain text saved as .html) wrapped in <html><body> so that it has a
 * body to read: linkedom builds one only when the source has a <body> tag.
 */
function asDocument(html: string): string {
  return /<body[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`;
}

/** Converts a saved page to text and metadata; see the module comment. */
export function htmlToText(page: string): HtmlPage {
  const { Readability, parseHTML } = tools();
  const html = asDocument(boundDepth(page));
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const publisher = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const ogTitle = meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const date = isoDateOf(
    meta(
      document,
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'time[datetime]',
    ),
  );
  // only an absolute http(s) link is a page's address (never javascript:, data: or a relative path)
  const url = [meta(document, 'link[rel="canonical"]'), meta(document, 'meta[property="og:url"]')].find(
    (u) => u !== undefined && isHttpUrl(u),
  );
  const h1 = document.querySelector('h1');
  const h1Title = h1 ? textOf(h1) : undefined;
  const docTitle = (document.title ?? '').trim() || undefined;

  markCaptions(document);
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as never, {
      keepClasses: true,
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    article = null;
  }
  let text = article?.content ? render(article.content) : '';
  let fallback = false;
  if (text.replace(/\s+/g, '').length < 140 || !hasProse(text)) {
    // readability found nothing, or picked a block that is no prose (a giant table, a list of
    // links): the whole body, without page chrome
    const { document: fresh } = parseHTML(html) as unknown as { document: DomDocument };
    markCaptions(fresh);
    for (const tag of CHROME_TAGS) for (const el of Array.from(fresh.querySelectorAll(tag))) el.remove();
    text = fresh.body ? render(fresh.body) : '';
    fallback = true;
  }
  const rawTitle = ogTitle ?? article?.title ?? h1Title ?? docTitle;
  const title = rawTitle
    ? stripSiteSuffix(rawTitle.replace(/\s+/g, ' '), publisher ?? article?.siteName ?? undefined)
    : undefined;
  return {
    title: title || undefined,
    text,
    publisher: publisher ?? article?.siteName ?? undefined,
    date: date ?? isoDateOf(article?.publishedTime ?? undefined),
    url,
    byline: article?.byline?.trim() || undefined,
    fallback,
  };
}
