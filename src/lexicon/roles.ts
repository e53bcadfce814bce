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
