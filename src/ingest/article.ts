/**
 * An ingested article: clean sentences with their role on the page, and the metadata
 * (title, publisher, date, place, link) every citation shows.
 */

export type SentenceKind = 'title' | 'lead' | 'body' | 'caption';

export interface Sentence {
  /** Position in the article's sentence list (0-based); citations point here. */
  index: number;
  /** NFC text as written (diacritics and case kept). */
  text: string;
  /** 'title' for the headline, 'lead' for the first paragraph, 'caption' for photo captions kept apart. */
  kind: SentenceKind;
  /** Paragraph number in the cleaned body (captions and title have their own). */
  paragraph: number;
}

/** Metadata a sidecar NAME.meta.json may give; it overrides what is inferred. */
export interface ArticleMeta {
  url?: string;
  title?: string;
  publisher?: string;
  /** ISO date, "2023-12-11". */
  date?: string;
}

export type SourceFormat = 'txt' | 'md' | 'html';

export interface Article {
  /** File name without extension, or the id an admin gave. */
  id: string;
  title: string;
  publisher?: string;
  /**
   * The province a local outlet belongs to (Báo Gia Lai → "Gia Lai", "ĐBP -" → "Điện Biên"):
   * what a bare "tỉnh" in its text refers to.
   */
  publisherProvince?: string;
  /** ISO date (yyyy-mm-dd) of publication, or of the event when that is all the text gives. */
  date?: string;
  /** Reference year for dates written without one. */
  year?: number;
  url?: string;
  /** Where the reported event took place, as written ("tỉnh Điện Biên", "TP Hạ Long"). */
  place?: string;
  format: SourceFormat;
  /** sha256 of the raw input plus sidecar, for idempotent re-ingest. */
  hash: string;
  sentences: Sentence[];
}

/** The title and lead of an article, joined: what the article says it is about. */
export function headText(a: Article): string {
  return a.sentences
    .filter((s) => s.kind === 'title' || s.kind === 'lead')
    .map((s) => s.text)
    .join(' ');
}
