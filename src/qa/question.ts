/**
 * A question, understood: its intent and the slots the answerers match facts against.
 */
import type { Intent } from '../lexicon/question-patterns.ts';
import type { ClusterRole } from '../lexicon/roles.ts';
import type { QuantityKind } from '../lexicon/units.ts';

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
  /** Names of lower-level localities that no article knows (the question is out of scope). */
  unknownLocalities: string[];
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
}
