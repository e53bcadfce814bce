/**
 * What the answering stage returns to every surface (CLI, terminal chat, Telegram).
 */

export type Lang = 'vi' | 'en';

export interface Citation {
  articleId: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** The sentence the answer comes from, exactly as the article writes it. */
  quote: string;
  sentenceIndex: number;
}

export interface AnswerItem {
  /** One short answer line, e.g. "Lào Cai — Cụm trưởng Cụm thi đua … năm 2024". */
  text: string;
  /** What the line is about, e.g. "Cụm thi đua các tỉnh Miền núi biên giới phía Bắc · 2023" (optional). */
  subject?: string;
  citation: Citation;
}

export interface Answer {
  /**
   * True for an exact answer. False when the bot does not know — then `text` says so, or, for a
   * passage (`kind: 'passage'`), gives the closest sentence with its citation, labelled as no exact answer.
   */
  found: boolean;

  /** 'fact' = an exact answer from extracted facts; 'passage' = best passages, not an exact answer. */
  kind: 'fact' | 'passage' | 'none';
  lang: Lang;
  /** The whole answer as plain text (items joined, without the citations block). */
  text: string;
  items: AnswerItem[];
  /** Distinct citations, in the order of the items. */
  citations: Citation[];
}
