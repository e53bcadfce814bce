/**
 * Kinds of Front meetings and events, as written after "Hội nghị"/"Lễ". Folded, longest first.
 */
export const MEETING_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['tong ket', 'tổng kết'],
  ['so ket', 'sơ kết'],
  ['giao ban', 'giao ban'],
  ['ky ket giao uoc', 'ký kết giao ước'],
  ['ky giao uoc', 'ký kết giao ước'],
  ['hiep thuong', 'hiệp thương'],
  ['dai hoi', 'đại hội'],
  ['phat dong', 'phát động'],
  ['ban giao', 'bàn giao'],
  ['trien khai', 'triển khai'],
  ['trao', 'trao tặng'],
  ['ky niem', 'kỷ niệm'],
  ['doi thoai', 'đối thoại'],
  ['giam sat', 'giám sát'],
  ['phan bien', 'phản biện'],
];

/**
 * Delegations that are an event of their own: what "Đoàn giám sát … giám sát tại những xã nào" asks of
 * is a supervision, which an article about a house handover in the same province does not tell of.
 */
export const DELEGATION_EVENTS: readonly string[] = ['doan giam sat', 'doan kiem tra'];

/** Words that open a meeting's name. */
export const MEETING_HEADS: readonly string[] = ['hoi nghi', 'le', 'dai hoi', 'hoi thao', 'toa dam', 'buoi'];
