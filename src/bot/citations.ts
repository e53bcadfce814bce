/**
 * Citations behind the 📄 buttons. Callback data must fit in 64 bytes:
 *  - when the engine can look a citation up by address (`citation(articleId, sentenceIndex)`)
 *    and the address fits, the button carries it ("a:v:12:trung-du-2024") and keeps working
 *    across restarts;
 *  - otherwise the button carries a short id ("c:k3x9a.1f") and the citation waits in a
 *    bounded LRU. Ids carry a per-process prefix so buttons from before a restart read as
 *    expired, never as another citation.
 */
import { randomBytes } from 'node:crypto';
import type { Citation } from '../answer/types.ts';
import type { Lang } from './i18n.ts';
import { LruCache } from './lru.ts';

export const CITATION_PREFIX = 'c:';
export const ADDRESS_PREFIX = 'a:';
/** Matches the callback data of every 📄 button. */
export const CITATION_DATA = /^[ac]:/;
const MAX_CALLBACK_BYTES = 64;

export type CitationLookup = (articleId: string, sentenceIndex: number) => Citation | undefined;

export interface StoredCitation {
  citation: Citation;
  lang: Lang;
}

export class CitationStore {
  private readonly byId: LruCache<string, StoredCitation>;
  private readonly idOf: LruCache<string, string>;
  private readonly epoch = randomBytes(3).readUIntBE(0, 3).toString(36);
  private counter = 0;

  constructor(
    private readonly lookup?: CitationLookup,
    maxEntries = 5000,
    ttlMs = 7 * 24 * 3600 * 1000,
  ) {
    this.byId = new LruCache(maxEntries, ttlMs);
    this.idOf = new LruCache(maxEntries, ttlMs);
  }

  /** Store a citation and return its callback data (≤ 64 bytes). */
  put(citation: Citation, lang: Lang): string {
    if (this.lookup) {
      const data = `${ADDRESS_PREFIX}${lang === 'en' ? 'e' : 'v'}:${citation.sentenceIndex}:${citation.articleId}`;
      if (Buffer.byteLength(data) <= MAX_CALLBACK_BYTES) return data;
    }
    const key = `${lang}\u0000${citation.articleId}\u0000${citation.sentenceIndex}\u0000${citation.quote}`;
    let id = this.idOf.get(key);
    if (!id || !this.byId.get(id)) {
      id = `${this.epoch}.${(this.counter++).toString(36)}`;
      this.idOf.set(key, id);
    }
    this.byId.set(id, { citation, lang });
    return CITATION_PREFIX + id;
  }

  /** Look up callback data produced by `put`; undefined when expired or unknown. */
  get(data: string): StoredCitation | undefined {
    if (data.startsWith(ADDRESS_PREFIX)) {
      const m = /^a:([ve]):(\d+):(.+)$/s.exec(data);
      if (!m || !this.lookup) return undefined;
      const citation = this.lookup(m[3]!, Number(m[2]));
      return citation ? { citation, lang: m[1] === 'e' ? 'en' : 'vi' } : undefined;
    }
    if (!data.startsWith(CITATION_PREFIX)) return undefined;
    return this.byId.get(data.slice(CITATION_PREFIX.length));
  }
}
