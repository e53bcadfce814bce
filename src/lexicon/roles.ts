/**
 * Cluster roles and the phrasings that give them. Folded forms.
 */
export type ClusterRole = 'leader' | 'deputy';

/** Role words as written in articles and questions, longest first. */
export const ROLE_WORDS: ReadonlyArray<readonly [string, ClusterRole]> = [
  ['pho cum truong', 'deputy'],
  ['cum truong', 'leader'],
  ['truong cum', 'leader'],
  ['cum pho', 'deputy'],
  ['pho cum', 'deputy'],
  ['don vi chu tri khoi', 'leader'],
  ['don vi chu tri cum', 'leader'],
  ['truong khoi', 'leader'],
  ['khoi truong', 'leader'],
  ['khoi pho', 'deputy'],
  ['pho khoi', 'deputy'],
];

/** Words that, in the same clause, hand the role to the unit that comes AFTER "cho". */
export const HANDOVER_WORDS: readonly string[] = ['trao co luan luu', 'ban giao', 'trao lai', 'chuyen giao'];

/**
 * What may stand between a unit and the role it holds, folded: "X là/làm Cụm trưởng", "X được bầu
 * làm Cụm phó", "X giữ vai trò Cụm trưởng", "X (Cụm trưởng)", "X - Cụm trưởng"; and, written the
 * other way round, "Cụm trưởng là X", "cụm trưởng … năm 2023 là X".
 */
export const ROLE_AFTER_UNIT =
  /^\s*(?:[(,–-]\s*|\s*(?:la|lam|duoc(?: [a-z]+){0,3}? (?:lam|la)|giu vai tro|nhan nhiem vu|dam nhan|tiep nhan)\s+)$/;
export const ROLE_BEFORE_UNIT = /^\s*(?:[a-z0-9 ]{0,60}?\s)?(?:la|:)\s*(?:[a-z]+\s+){0,8}?$/;
