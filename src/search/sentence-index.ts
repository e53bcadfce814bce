/**
 * Where answering first found the search index's hit type; the index itself is search-index.ts
 * (interface) and segmented-search-index.ts (the embedded implementation).
 */
export type { SentenceHit } from './search-index.ts';
