/**
 * The postings of one segment for one kind of document (sentences, or articles with their title,
 * lead and metadata fields): for every term, the documents that contain it and how often, kept in
 * typed arrays — a few bytes per posting instead of a Map entry.
 *
 * Documents are numbered 0…n−1 in the order they were added; a term's postings list its documents in
 * that order. Terms are numbered in the order of their first occurrence (document by document, field
 * by field, token by token), which is the order MiniSearch inserts them into its term tree.
 */

/** Postings of one field: `docs`/`freqs` of term t are at `offsets[t]` … `offsets[t + 1]`. */
export interface FieldPostings {
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Occurrences of the term in the document's field (capped at 255). */
  freqs: Uint8Array;
}

export interface SegmentPostings {
  /** The segment's terms, in order of first occurrence. */
  terms: string[];
  /** Number of documents. */
  documents: number;
  /** Number of fields per document. */
  fields: number;
  /** Length of each field (distinct terms), document by document: `lengths[doc * fields + field]`. */
  lengths: Uint16Array;
  /** Postings by field. */
  byField: FieldPostings[];
}

/** A document to index: the tokens of each of its fields, in order, repeats included. */
export type TokenizedDocument = string[][];

const MAX_FREQ = 255;
const MAX_LENGTH = 65_535;

/** Builds the postings of documents (each with the same number of fields). */
export function buildPostings(docs: readonly TokenizedDocument[], fields: number): SegmentPostings {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const lengths = new Uint16Array(docs.length * fields);
  // per field, per term: [doc, freq, doc, freq, …]
  const lists: number[][][] = Array.from({ length: fields }, () => []);
  docs.forEach((doc, d) => {
    for (let f = 0; f < fields; f++) {
      const tokens = doc[f] ?? [];
      const counts = new Map<number, number>();
      for (const token of tokens) {
        let id = termIds.get(token);
        if (id === undefined) {
          id = terms.length;
          termIds.set(token, id);
          terms.push(token);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      lengths[d * fields + f] = Math.min(counts.size, MAX_LENGTH);
      const byTerm = lists[f] as number[][];
      for (const [id, n] of counts) {
        let list = byTerm[id];
        if (!list) {
          list = [];
          byTerm[id] = list;
        }
        list.push(d, Math.min(n, MAX_FREQ));
      }
    }
  });
  const byField = lists.map((byTerm) => pack(byTerm, terms.length));
  return { terms, documents: docs.length, fields, lengths, byField };
}

function pack(byTerm: number[][], termCount: number): FieldPostings {
  let total = 0;
  for (let t = 0; t < termCount; t++) total += (byTerm[t]?.length ?? 0) / 2;
  const offsets = new Uint32Array(termCount + 1);
  const docs = new Uint32Array(total);
  const freqs = new Uint8Array(total);
  let at = 0;
  for (let t = 0; t < termCount; t++) {
    offsets[t] = at;
    const list = byTerm[t] ?? [];
    for (let i = 0; i < list.length; i += 2) {
      docs[at] = list[i] as number;
      freqs[at] = list[i + 1] as number;
      at++;
    }
  }
  offsets[termCount] = at;
  return { offsets, docs, freqs };
}

/**
 * The documents back as token lists, one entry per distinct term repeated as often as it occurred,
 * in the segment's term order: what `buildPostings` needs to build the same postings again (for a
 * segment that keeps some of its documents and gains others).
 */
export function documentsOf(p: SegmentPostings): TokenizedDocument[] {
  const docs: TokenizedDocument[] = Array.from({ length: p.documents }, () =>
    Array.from({ length: p.fields }, () => []),
  );
  p.byField.forEach((field, f) => {
    for (let t = 0; t < p.terms.length; t++) {
      const term = p.terms[t] as string;
      for (let i = field.offsets[t] as number; i < (field.offsets[t + 1] as number); i++) {
        const tokens = (docs[field.docs[i] as number] as string[][])[f] as string[];
        for (let n = field.freqs[i] as number; n > 0; n--) tokens.push(term);
      }
    }
  });
  return docs;
}

/** Field lengths of one document. */
export function lengthsOf(p: SegmentPostings, doc: number): Uint16Array {
  return p.lengths.subarray(doc * p.fields, (doc + 1) * p.fields);
}
