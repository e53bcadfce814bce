/**
 * The typed facts extracted from articles. Every fact carries its provenance: the article, the
 * sentence, the exact quote and the character span of the evidence inside that sentence.
 */

import type { Qualifier } from '../lexicon/numbers.ts';
import type { ClusterRole } from '../lexicon/roles.ts';
import type { QuantityKind } from '../lexicon/units.ts';

export interface Provenance {
  articleId: string;
  sentenceIndex: number;
  /** The sentence, as the article writes it. */
  quote: string;
  /** Character span of the evidence inside `quote`. */
  span: [number, number];
}

interface FactBase {
  /** Stable id: `${articleId}:${type}:${n}`. */
  id: string;
  source: Provenance;
  /** Years the fact is about (written in the sentence, else the article's reference year). */
  years: number[];
  /** Provincial units in scope (display names from the gazetteer). */
  provinces: string[];
}

export interface ClusterFact extends FactBase {
  type: 'cluster';
  /** As written: "Cụm thi đua các tỉnh Miền núi biên giới phía Bắc". */
  name: string;
  /** Folded distinctive words: "mien nui bien gioi phia bac", "so 2". */
  key: string;
  level: 'national' | 'province' | 'district' | 'commune';
  /** For clusters inside a province or district: that parent (e.g. "Gia Lai"). */
  parent?: string;
  /** Member units as written ("Điện Biên", "huyện Đức Cơ"). */
  members: string[];
  memberCount?: number;
}

export interface RoleFact extends FactBase {
  type: 'role';
  role: ClusterRole;
  /** Cluster key and name, when known. */
  clusterKey?: string;
  clusterName?: string;
  /** The unit holding the role, short ("Lào Cai", "huyện Kon Rẫy", "xã Vạn Khánh"). */
  holder: string;
  /** The person representing it, when the article names one. */
  person?: string;
  /** The person's title, when given. */
  personTitle?: string;
  year?: number;
}

export interface PersonTitle {
  /** As written. */
  text: string;
  /** Folded with abbreviations expanded. */
  folded: string;
  /** The locality the title belongs to (display), resolved from the sentence or article. */
  locality?: string;
  /** True for central bodies (Ủy ban Trung ương, Chủ tịch nước, Quốc hội). */
  central: boolean;
  /** "nguyên" (former) or "tân" (new). */
  status?: 'former' | 'new';
}

export interface PersonFact extends FactBase {
  type: 'person';
  name: string;
  titles: PersonTitle[];
  /** What the person did in this sentence: "chủ trì", "dự", "phát biểu", "được bầu", … (folded verbs). */
  actions: string[];
}

export interface MeetingFact extends FactBase {
  type: 'meeting';
  /** Canonical kind: "tổng kết", "giao ban", "ký kết giao ước", … */
  kind: string;
  /** The meeting's name as written: "Hội nghị tổng kết hoạt động Cụm thi đua … năm 2023". */
  name: string;
  date?: { surface: string; iso: string };
  place?: string;
  chairs: string[];
  attendees: string[];
  clusterKey?: string;
}

export interface QuantityFact extends FactBase {
  type: 'quantity';
  value: number;
  /** The number with its qualifier and scale, as written: "hơn 70 tỷ". */
  amount: string;
  /** The number and what it counts, as written: "6.690 nhà Đại đoàn kết". */
  phrase: string;
  kind: QuantityKind;
  /** Canonical unit label ("tỷ đồng", "ngày công", "nhà"), when recognized. */
  unit?: string;
  qualifier?: Qualifier;
  /** Folded words of what is counted (after the number). */
  counted: string;
  /** Folded words of the clause before the number (its label: "tổng kinh phí", "trị giá"). */
  label: string;
  /** Folded words after the counted phrase up to the clause end. */
  tail: string;
  /** True when "mỗi" (each) governs the number: a per-unit value. */
  perUnit: boolean;
}

export interface AwardFact extends FactBase {
  type: 'award';
  /** "Cờ thi đua xuất sắc toàn diện", "Bằng khen của Ủy ban Trung ương MTTQ Việt Nam". */
  award: string;
  recipients: string[];
  /** "đề nghị" when only proposed. */
  proposed: boolean;
}

export interface CampaignFact extends FactBase {
  type: 'campaign';
  /** "Cuộc vận động", "phong trào thi đua", "Chương trình", "Quỹ". */
  kind: string;
  /** The quoted name, without quotes. */
  name: string;
  /** Who launched it, when written ("do Thủ tướng phát động"). */
  launchedBy?: string;
}

export interface DocumentFact extends FactBase {
  type: 'document';
  /** "Chỉ thị", "Nghị quyết", "Kế hoạch", "Hướng dẫn", "Kết luận", "Quyết định". */
  kind: string;
  /** "22-CT/TW", "96/KH-MTTW-BTT". */
  code: string;
  date?: { surface: string; iso: string };
  /** What the document is about, when written after "về". */
  about?: string;
}

export interface DeadlineFact extends FactBase {
  type: 'deadline';
  /** What must be done: "Đại hội Mặt trận cấp xã". */
  subject: string;
  /** Folded subject words. */
  subjectFolded: string;
  /** As written: "trong tháng 4", "tháng 8/2024". */
  when: string;
  iso: string;
}

export type Fact =
  | ClusterFact
  | RoleFact
  | PersonFact
  | MeetingFact
  | QuantityFact
  | AwardFact
  | CampaignFact
  | DocumentFact
  | DeadlineFact;

export type FactType = Fact['type'];
export type FactOf<T extends FactType> = Extract<Fact, { type: T }>;
