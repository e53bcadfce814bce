/**
 * A question, understood: its intent and the slots the answerers match facts against.
 */
import type { AnswerType, Intent } from '../lexicon/question-patterns.ts';
import type { ClusterRole } from '../lexicon/roles.ts';
import type { AdminLevel } from '../lexicon/titles.ts';
import type { QuantityKind } from '../lexicon/units.ts';

/** The level of unit or place asked ("huyện nào" → district), or an organisation ("ngân hàng nào"). */
export type AskedLevel = AdminLevel | 'unit' | 'org';

export type { AnswerType };

export interface TitleSlot {
  /** Folded title head ("pho chu tich", "truong ban"). */
  head: string;
  /** Folded organization words that must be in the fact's title ("hoi dong nhan dan tinh"). */
  org: string[];
  /** True when the title names a central body ("trung uong"). */
  central: boolean;
  /** Folded words written right after the title ("quang ninh", "dong anh"): the place it belongs to. */
  place?: string;
  /** True when the title ends in a bare admin word ("… tỉnh", "… huyện"): the places named elsewhere are not its. */
  bareAdmin?: boolean;
}

export interface ParsedQuestion {
  raw: string;
  lang: 'vi' | 'en';
  /** Folded Vietnamese (English translated), abbreviations expanded. */
  folded: string;
  intent: Intent;
  /** What a "X nào" asks for: province, district, commune, village, unit, person. */
  askedLevel?: string;
  role?: ClusterRole;
  years: number[];
  /** Provinces named (gazetteer names). */
  provinces: string[];
  /** Folded names of lower-level localities named ("dong anh", "dien huong"), with their admin word. */
  localities: Array<{ admin: string; name: string }>;
  /**
   * What the question names that no article knows, folded: lower-level localities ("huyen muong te"),
   * and who a question typed in lower case says did something ("buon don ban giao …"). The question is
   * out of the archive's scope.
   */
  unknownNames: string[];
  clusterKey?: string;
  title?: TitleSlot;
  /** Folded words of what is counted ("ngay cong", "nha dai doan ket"). */
  counted?: string;
  quantityKind?: QuantityKind;
  perUnit: boolean;
  /** Which one of a series: "đợt 2" → { word: 'dot', n: 2 }, "lần thứ ba" → { word: 'lan', n: 3 }. */
  identifiers: Array<{ word: string; n: number }>;
  /** Content words for search and overlap scoring (folded). */
  keywords: string[];
  /** For a part of a compound question, its own words (the rest is shared context). */
  focus?: string[];
  /** Sub-questions of "… bao nhiêu và … bao nhiêu". */
  parts: ParsedQuestion[];
  /** What kind of thing answers it. */
  expected: AnswerType;
  /** For unit and place answers: the level asked, when the question names one. */
  level?: AskedLevel;
  /** True when the question asks for every answer that fits ("những ai", "gồm những tỉnh nào"). */
  several: boolean;
  /** Dates the question names ("ngày 30-12", "đến ngày 11/3/2019"). */
  dates: Array<{ iso: string; surface: string }>;
  /**
   * Names the question writes that are neither places nor clusters: people ("ông Nguyễn Hữu Lạc"),
   * bodies and brands ("Agribank"), quoted names ("“Vì người nghèo”"). Folded words of each.
   */
  names: Array<{ surface: string; words: string[] }>;
  /** Events the question names ("hoi nghi tong ket", "dai hoi", "le ban giao"), folded. */
  events: string[];
  /** "… nhiều nhất?", "… ít nhất?": the unit with the largest or smallest figure is asked. */
  superlative?: 'most' | 'least';
}
