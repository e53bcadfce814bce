/**
 * The search index of one segment of the store: the postings of its sentences (one field, `text`)
 * and of its articles (three fields: title, lead, metadata), which sentence of which article each
 * sentence document is, and the generation of the segment it was built from.
 */
import type { Article } from '../ingest/article.ts';
import { indexTerms } from '../text/tokenize.ts';
import { decodeBinary, encodeBinary } from './binary-file.ts';
import {
  buildPostings,
  documentsOf,
  type SegmentPostings,
  type TokenizedDocument,
} from './segment-postings.ts';

/** The article fields searched by `searchArticles`, in this order, with their boosts. */
export const ARTICLE_FIELDS = ['title', 'lead', 'meta'] as const;
export const ARTICLE_BOOSTS: readonly number[] = [2, 1, 0.5];

/** An article as the index sees it: tokens of each sentence, and of its title, lead and metadata. */
export interface TokenizedArticle {
  id: string;
  /** Sentence index in the article and its tokens. */
  sentences: Array<{ index: number; tokens: string[] }>;
  /** Tokens of the title, the lead and the metadata. */
  fields: TokenizedDocument;
}

/** The index's tokenizer: folded syllables and syllable bigrams (see `indexTerms`). */
export const tokenize = (text: string): string[] => indexTerms(text);

export function tokenizeArticle(article: Article): TokenizedArticle {
  const lead = article.sentences
    .filter((s) => s.kind === 'lead')
    .map((s) => s.text)
    .join(' ');
  const meta = [article.publisher, article.place, article.date].filter(Boolean).join(' ');
  return {
    id: article.id,
    sentences: article.sentences.map((s) => ({ index: s.index, tokens: tokenize(s.text) })),
    fields: [tokenize(article.title), tokenize(lead), tokenize(meta)],
  };
}

export interface SegmentIndex {
  segment: string;
  generation: number;
  /** The segment's articles, in order: article document n is `articleIds[n]`. */
  articleIds: string[];
  sentences: SegmentPostings;
  /** Sentence document → its article's number in the segment. */
  docArticle: Uint32Array;
  /** Sentence document → its index in the article. */
  docSentence: Uint32Array;
  articles: SegmentPostings;
}

export function buildSegmentIndex(
  segment: string,
  generation: number,
  articles: readonly TokenizedArticle[],
): SegmentIndex {
  const sentenceDocs: TokenizedDocument[] = [];
  const docArticle: number[] = [];
  const docSentence: number[] = [];
  articles.forEach((a, n) => {
    for (const s of a.sentences) {
      sentenceDocs.push([s.tokens]);
      docArticle.push(n);
      docSentence.push(s.index);
    }
  });
  return {
    segment,
    generation,
    articleIds: articles.map((a) => a.id),
    sentences: buildPostings(sentenceDocs, 1),
    docArticle: Uint32Array.from(docArticle),
    docSentence: Uint32Array.from(docSentence),
    articles: buildPostings(
      articles.map((a) => a.fields),
      ARTICLE_FIELDS.length,
    ),
  };
}

/** The articles of a segment index back as tokens, to build a changed segment without re-tokenizing. */
export function tokenizedArticlesOf(index: SegmentIndex): TokenizedArticle[] {
  const sentenceDocs = documentsOf(index.sentences);
  const fields = documentsOf(index.articles);
  const out: TokenizedArticle[] = index.articleIds.map((id, n) => ({
    id,
    sentences: [],
    fields: fields[n] as TokenizedDocument,
  }));
  sentenceDocs.forEach((doc, d) => {
    out[index.docArticle[d] as number]?.sentences.push({
      index: index.docSentence[d] as number,
      tokens: doc[0] as string[],
    });
  });
  return out;
}

interface Header {
  format: number;
  segment: string;
  generation: number;
  articleIds: string[];
  sentenceTerms: string[];
  sentenceDocuments: number;
  articleTerms: string[];
}

/** Version of the file layout below; a file of another version is rebuilt from the store. */
export const SEGMENT_INDEX_FORMAT = 1;

export function encodeSegmentIndex(index: SegmentIndex): Buffer {
  const { sentences: s, articles: a } = index;
  const header: Header = {
    format: SEGMENT_INDEX_FORMAT,
    segment: index.segment,
    generation: index.generation,
    articleIds: index.articleIds,
    sentenceTerms: s.terms,
    sentenceDocuments: s.documents,
    articleTerms: a.terms,
  };
  return encodeBinary(header, [
    index.docArticle,
    index.docSentence,
    s.lengths,
    ...s.byField.flatMap((f) => [f.offsets, f.docs, f.freqs]),
    a.lengths,
    ...a.byField.flatMap((f) => [f.offsets, f.docs, f.freqs]),
  ]);
}

export class SegmentIndexError extends Error {}

export function decodeSegmentIndex(bytes: Buffer): SegmentIndex {
  const { data: h, arrays } = decodeBinary<Header>(bytes);
  if (h.format !== SEGMENT_INDEX_FORMAT) throw new SegmentIndexError(`index format ${h.format}`);
  let next = 0;
  const take = <T>() => arrays[next++] as T;
  const docArticle = take<Uint32Array>();
  const docSentence = take<Uint32Array>();
  const postings = (terms: string[], documents: number, fields: number): SegmentPostings => ({
    terms,
    documents,
    fields,
    lengths: take<Uint16Array>(),
    byField: Array.from({ length: fields }, () => ({
      offsets: take<Uint32Array>(),
      docs: take<Uint32Array>(),
      freqs: take<Uint8Array>(),
    })),
  });
  const sentences = postings(h.sentenceTerms, h.sentenceDocuments, 1);
  const articles = postings(h.articleTerms, h.articleIds.length, ARTICLE_FIELDS.length);
  return {
    segment: h.segment,
    generation: h.generation,
    articleIds: h.articleIds,
    sentences,
    docArticle,
    docSentence,
    articles,
  };
}
