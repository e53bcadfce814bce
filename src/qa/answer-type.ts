/**
 * What kind of thing answers a question, at which level, and whether it asks for one answer or for
 * every answer that fits. Read from the folded question with the patterns of
 * `lexicon/question-patterns.ts`.
 */
import {
  ANSWER_TYPE_PATTERNS,
  type AnswerType,
  ASKS_FOR_LIST,
  ASKS_FOR_SEVERAL,
  INTENT_TYPES,
  type Intent,
  ORG_ASKED,
} from '../lexicon/question-patterns.ts';
import type { ClusterRole } from '../lexicon/roles.ts';
import type { AskedLevel } from './question.ts';

export interface AnswerTypeReading {
  expected: AnswerType;
  level?: AskedLevel;
  several: boolean;
}

const ADMIN_LEVELS = new Set(['province', 'district', 'commune', 'village']);

export function answerTypeOf(
  question: string,
  intent: Intent,
  askedLevel: string | undefined,
  role: ClusterRole | undefined,
): AnswerTypeReading {
  // "Việt Nam nào" is not "năm nào" (which year), though both fold to "nam nao"
  const folded = question.replace(/(?<![a-z])viet nam(?![a-z])/g, 'vietnam');
  const several = intent === 'members' || ASKS_FOR_LIST.test(folded) || ASKS_FOR_SEVERAL.test(folded);
  const adminLevel = askedLevel && ADMIN_LEVELS.has(askedLevel) ? (askedLevel as AskedLevel) : undefined;
  // counting and membership are told by their own words, whatever else the question says
  if (intent === 'how_many') return { expected: 'quantity', several: false };
  if (intent === 'members') return { expected: 'members', level: adminLevel, several };
  const pattern = ANSWER_TYPE_PATTERNS.find((p) => p.re.test(folded))?.type;
  if (pattern) return { expected: pattern, several };
  const expected = INTENT_TYPES[intent];
  if (expected === 'place') return { expected, level: adminLevel, several };
  if (expected === 'person' || expected === 'description') {
    // "tỉnh nào làm cụm trưởng", "cho huyện nào", "ngân hàng nào": a unit, not a person or a text
    if (role)
      return { expected: 'unit', level: adminLevel ?? (askedLevel === 'unit' ? 'unit' : undefined), several };
    if (adminLevel) return { expected: 'unit', level: adminLevel, several };
    if (askedLevel === 'unit') return { expected: 'unit', level: 'unit', several };
    if (ORG_ASKED.test(folded)) return { expected: 'unit', level: 'org', several };
  }
  return { expected, several };
}
