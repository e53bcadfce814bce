/**
 * Region and cluster-area names: they follow "các tỉnh" but are not localities.
 * Folded forms.
 */
export const REGION_NAMES: readonly string[] = [
  'mien nui bien gioi phia bac',
  'trung du va mien nui phia bac',
  'mien nui phia bac',
  'tay bac',
  'dong bac',
  'tay nguyen',
  'dong nam bo',
  'mien dong nam bo',
  'tay nam bo',
  'nam bo',
  'bac bo',
  'trung bo',
  'nam trung bo',
  'bac trung bo',
  'duyen hai mien trung',
  'dong bang song cuu long',
  'dong bang song hong',
  'nam song hau',
  'bac song hau',
  'mien trung',
  'mien bac',
  'mien nam',
  'mien dong',
  'mien tay',
];

/** First words of a capitalized phrase that make it a region, not a place name. */
export const REGION_HEADS: ReadonlySet<string> = new Set([
  'mien',
  'vung',
  'khu',
  'trung',
  'duyen',
  'dong bang',
]);
