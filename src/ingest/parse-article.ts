/**
 * One source → one Article: convert (HTML, Markdown), clean, infer the metadata, split into
 * sentences. Sentence 0 is the headline (the title, or in full the first sentence the title was made
 * from); then the lead paragraph's sentences ('lead'), the body
 * ('body') and the photo captions ('caption') where they occurred. All text is NFC.
 */
import { createHash } from 'node:crypto';
import { normalizeText, squeeze } from '../text/normalize.ts';
import { shorten } from '../text/shorten.ts';
import type { Article, ArticleMeta, Sentence, SourceFormat } from './article.ts';
import { cleanText } from './clean-text.ts';
import { htmlToText } from './html-to-text.ts';
import { inferMetadata, type PageMeta } from './infer-metadata.ts';
import { markdownToText } from './markdown-to-text.ts';
import { removeControls } from './screen-content.ts';
import { splitSentences } from './split-sentences.ts';

/** What parseArticle needs: a Source from read-sources, or a document an admin sent. */
export interface ArticleSource {
  id: string;
  format: SourceFormat;
  raw: string;
  meta?: ArticleMeta;
}

/** sha256 of the raw input plus the sidecar's JSON. */
export function articleHash(raw: string, meta?: ArticleMeta): string {
  return createHash('sha256')
    .update(raw)
    .update('\n')
    .update(JSON.stringify(meta ?? null))
    .digest('hex');
}

function toText(source: ArticleSource): { text: string; page?: PageMeta } {
  if (source.format === 'html') {
    // entities may decode to what screening removed from the source (&#0; → U+FFFD)
    const { text, title, publisher, date, url } = htmlToText(source.raw);
    const page: PageMeta = { date, url };
    if (title) page.title = removeControls(title);
    if (publisher) page.publisher = removeControls(publisher);
    return { text: removeControls(text), page };
  }
  if (source.format === 'md') {
    const md = markdownToText(source.raw);
    return { text: md.text, page: { title: md.title, ...md.meta } };
  }
  return { text: source.raw };
}

/**
 * Bounds that no real article comes near (the longest sentence of the seed, dev and held-out
 * articles is about 700 characters, the longest lead 940, the longest title 200) and that keep
 * what every question reads of an article — its title and lead — small whatever a page holds.
 */
const MAX_TITLE = 300;
const MAX_SENTENCE = 2000;
const MAX_LEAD = 2000;

/** A sentence longer than MAX_SENTENCE, in pieces cut at word boundaries. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_SENTENCE) {
    const space = rest.lastIndexOf(' ', MAX_SENTENCE);
    const cut = space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Parses one source into an Article; see the module comment. */
export function parseArticle(source: ArticleSource): Article {
  const { text, page } = toText(source);
  const cleaned = cleanText(text, { title: source.meta?.title ?? page?.title });
  const info = inferMetadata({ cleaned, meta: source.meta, page });
  const title = shorten(squeeze(normalizeText(info.title)), MAX_TITLE);
  const headline = shorten(squeeze(normalizeText(info.headline)), MAX_SENTENCE);

  const sentences: Sentence[] = [{ index: 0, text: headline, kind: 'title', paragraph: 0 }];
  let paragraph = 0;
  let leadDone = false;
  let leadChars = 0;
  for (const block of cleaned.blocks) {
    paragraph++;
    let kind: Sentence['kind'] = 'caption';
    if (block.kind === 'paragraph') {
      kind = leadDone ? 'body' : 'lead';
      leadDone = true;
    }
    // a caption is one unit, even when it holds two short sentences
    const parts = kind === 'caption' ? [block.text] : splitSentences(block.text);
    for (const part of parts) {
      for (const t of pieces(squeeze(normalizeText(part)))) {
        // a lead longer than MAX_LEAD goes on as body
        if (kind === 'lead' && leadChars > MAX_LEAD) kind = 'body';
        if (kind === 'lead') leadChars += t.length;
        sentences.push({ index: sentences.length, text: t, kind, paragraph });
      }
    }
  }

  const article: Article = {
    id: source.id,
    title,
    format: source.format,
    hash: articleHash(source.raw, source.meta),
    sentences,
  };
  if (info.publisher) article.publisher = normalizeText(info.publisher);
  if (info.publisherProvince) article.publisherProvince = info.publisherProvince;
  if (info.date) article.date = info.date;
  if (info.year) article.year = info.year;
  if (info.url) article.url = info.url;
  if (info.place) article.place = normalizeText(info.place);
  return article;
}
