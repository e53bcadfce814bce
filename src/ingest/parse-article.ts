/**
 * One source → one Article: convert (HTML, Markdown), clean, infer the metadata, split into
 * sentences. Sentence 0 is the headline (the title, or in full the first sentence the title was made
 * from); then the lead paragraph's sentences ('lead'), the body
 * ('body') and the photo captions ('caption') where they occurred. All text is NFC.
 */
import { createHash } from 'node:crypto';
import { normalizeText, squeeze } from '../text/normalize.ts';
import type { Article, ArticleMeta, Sentence, SourceFormat } from './article.ts';
import { cleanText } from './clean-text.ts';
import { htmlToText } from './html-to-text.ts';
import { inferMetadata, type PageMeta } from './infer-metadata.ts';
import { markdownToText } from './markdown-to-text.ts';
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
    const page = htmlToText(source.raw);
    return { text: page.text, page };
  }
  if (source.format === 'md') {
    const md = markdownToText(source.raw);
    return { text: md.text, page: { title: md.title, ...md.meta } };
  }
  return { text: source.raw };
}

/** Parses one source into an Article; see the module comment. */
export function parseArticle(source: ArticleSource): Article {
  const { text, page } = toText(source);
  const cleaned = cleanText(text, { title: source.meta?.title ?? page?.title });
  const info = inferMetadata({ cleaned, meta: source.meta, page });
  const title = squeeze(normalizeText(info.title));
  const headline = squeeze(normalizeText(info.headline));

  const sentences: Sentence[] = [{ index: 0, text: headline, kind: 'title', paragraph: 0 }];
  let paragraph = 0;
  let leadDone = false;
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
      const t = squeeze(normalizeText(part));
      if (t) sentences.push({ index: sentences.length, text: t, kind, paragraph });
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
