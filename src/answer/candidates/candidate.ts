/**
 * A candidate answer, in the same form whether a fact extractor found it at ingest or a recogniser
 * read it off a retrieved sentence: what it is, the words as the article writes them, and the exact
 * place of its evidence.
 */
import type { PersonTitle, QuantityFact, RoleFact } from '../../extract/fact.ts';
import type { AnswerType } from '../../qa/question.ts';
import type { DateMention } from '../../text/dates.ts';

export type CandidateLevel = 'province' | 'district' | 'commune' | 'village' | 'org' | 'venue';

export interface Candidate {
  type: AnswerType;
  /** The answer as the article writes it: "Lê Thị Bích Liên", "116 ủy viên", "16/4". */
  text: string;
  /** The line shown for it, when more than the text ("Lào Cai (…) — Cụm trưởng … năm 2024"). */
  line?: string;
  /** Candidates with equal keys say the same thing (folded name, value and unit, ISO date). */
  key: string;
  articleId: string;
  sentenceIndex: number;
  /** The answer's span in its sentence. */
  span: [number, number];
  /** Where it comes from: "fact:role", "span:venue", … (shown by explain). */
  origin: string;
  /** How much its generator trusts it, 0..1: a typed fact more than a span read at answer time. */
  prior: number;
  /** For units and places: the level of the locality, an organisation, or a venue. */
  level?: CandidateLevel;
  /** For figures: the extracted quantity. */
  quantity?: QuantityFact;
  /** For people: the titles written with them. */
  titles?: PersonTitle[];
  /** For cluster roles: the role fact. */
  role?: RoleFact;
  /** A rounded figure ("hơn 900 cuộc") whose exact value the article also writes: shown as that one. */
  rounded?: boolean;
  /** For award recipients: the award, as written. */
  award?: string;
  /** For dates. */
  date?: DateMention;
  /** For lists: the items, as written. */
  items?: string[];
  /** What the answer is about (cluster, province, event, year), shown with it. */
  subject?: string;
  /**
   * Folded words an extractor attached to the answer although they are not written next to it: the
   * subject a list of deadlines shares ("Đại hội Mặt trận … cấp tỉnh"). They count as its own words.
   */
  own?: string[];
}

/** Admin words and the Front's own words before a unit's name ("Ủy ban MTTQ tỉnh", "huyện"), folded. */
const UNIT_PREFIX =
  /^(?:(?:uy ban|ban thuong truc|mat tran to quoc|mat tran|mttq|ubmttq|ubmttqvn|viet nam|tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran|thon|ap|cac)\s+)+/;

/** The key of a unit: its name without admin words, so that a fact and a span about it agree. */
export function unitKey(folded: string): string {
  return folded.replace(UNIT_PREFIX, '').trim() || folded;
}
