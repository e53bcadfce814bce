/**
 * One segment of the store on disk: a lowdb file holding the records of a shard of articles, one
 * JSON record per line, so that a record can be read alone by its byte offset:
 *
 *   {"format":1,"segment":"s000003","generation":12,"records":[
 *   {"article":{…},"facts":[…],"scope":{…}},
 *   …
 *   ]}
 *
 * A segment file is never changed: a write makes the next generation's file, and the manifest says
 * which generation is current.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';

/** Version of the layout above. */
export const SEGMENT_FORMAT = 1;

export interface SegmentFileData {
  segment: string;
  generation: number;
  /** Each record's JSON text, in the segment's order. */
  records: string[];
}

const SEPARATOR = ',\n';
const SUFFIX = '\n]}\n';

function prefixOf(d: Pick<SegmentFileData, 'segment' | 'generation'>): string {
  return `{"format":${SEGMENT_FORMAT},"segment":${JSON.stringify(d.segment)},"generation":${d.generation},"records":[\n`;
}

function render(d: SegmentFileData): string {
  return prefixOf(d) + d.records.join(SEPARATOR) + SUFFIX;
}

/** Byte offset and length of each record in the file `render` makes. */
export function recordOffsets(d: SegmentFileData): Array<[number, number]> {
  let at = Buffer.byteLength(prefixOf(d));
  const separator = Buffer.byteLength(SEPARATOR);
  return d.records.map((r) => {
    const length = Buffer.byteLength(r);
    const place: [number, number] = [at, length];
    at += length + separator;
    return place;
  });
}

export class SegmentFileError extends Error {}

function parse(text: string): SegmentFileData {
  const raw = JSON.parse(text) as { format: number; segment: string; generation: number; records: unknown[] };
  if (raw.format !== SEGMENT_FORMAT) throw new SegmentFileError(`segment format ${raw.format}`);
  const data = {
    segment: raw.segment,
    generation: raw.generation,
    records: raw.records.map((r) => JSON.stringify(r)),
  };
  if (render(data) !== text) throw new SegmentFileError('records are not laid out one per line');
  return data;
}

/** Writes a segment file atomically (lowdb writes a temporary file and renames it). */
export async function writeSegmentFile(path: string, data: SegmentFileData): Promise<void> {
  const db = new Low<SegmentFileData>(new DataFile(path, { parse, stringify: render }), data);
  await db.write();
}

/** Reads a whole segment file (to rebuild what is derived from it). */
export function readSegmentFile(path: string): SegmentFileData {
  return parse(readFileSync(path, 'utf8'));
}

/** Reads the records at these byte ranges of a segment file, in one open. */
export function readRecords(path: string, places: ReadonlyArray<readonly [number, number]>): string[] {
  const fd = openSync(path, 'r');
  try {
    return places.map(([offset, length]) => {
      const buf = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, buf, got, length - got, offset + got);
        if (n === 0) throw new SegmentFileError(`${path} is shorter than its catalog says`);
        got += n;
      }
      return buf.toString('utf8');
    });
  } finally {
    closeSync(fd);
  }
}
