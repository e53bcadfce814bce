/**
 * Version of the stored facts: bump it when extraction changes what facts hold or how they are
 * found. A data directory whose facts come from another version is extracted again on open, from its
 * stored articles (store/archive.ts).
 */
export const STORE_VERSION = 6;
