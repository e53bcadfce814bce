/**
 * A small binary container: a JSON header followed by typed arrays, each aligned on 8 bytes, so that
 * the arrays are read back as views on the file's bytes (outside the JavaScript heap) without copying.
 *
 *   "MTTQBIN1" · header length (uint32 LE) · header JSON · arrays
 *
 * The header lists the arrays (kind, byte offset, length); the caller's own header goes in `data`.
 */

const MAGIC = 'MTTQBIN1';

export type TypedArray = Uint8Array | Uint16Array | Uint32Array;
type Kind = 'u8' | 'u16' | 'u32';

const KIND_OF = (a: TypedArray): Kind =>
  a instanceof Uint32Array ? 'u32' : a instanceof Uint16Array ? 'u16' : 'u8';

interface ArrayRef {
  kind: Kind;
  offset: number;
  length: number;
}

interface Header<T> {
  data: T;
  arrays: ArrayRef[];
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function encodeBinary<T>(data: T, arrays: readonly TypedArray[]): Buffer {
  const refs: ArrayRef[] = [];
  // the header's length depends on the offsets it lists: lay out the arrays after a header of a size
  // fixed in advance, growing it until it fits
  let room = 1024;
  for (;;) {
    let at = align8(12 + room);
    refs.length = 0;
    for (const a of arrays) {
      refs.push({ kind: KIND_OF(a), offset: at, length: a.length });
      at = align8(at + a.byteLength);
    }
    const header = Buffer.from(JSON.stringify({ data, arrays: refs } satisfies Header<T>), 'utf8');
    if (header.length > room) {
      room = header.length * 2;
      continue;
    }
    const out = Buffer.alloc(at);
    out.write(MAGIC, 0, 'latin1');
    out.writeUInt32LE(header.length, 8);
    header.copy(out, 12);
    arrays.forEach((a, i) => {
      const ref = refs[i] as ArrayRef;
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, ref.offset);
    });
    return out;
  }
}

export class BinaryFormatError extends Error {}

export function decodeBinary<T>(bytes: Buffer): { data: T; arrays: TypedArray[] } {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC)
    throw new BinaryFormatError('not an index file');
  const headerLength = bytes.readUInt32LE(8);
  if (12 + headerLength > bytes.length) throw new BinaryFormatError('truncated index file');
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as Header<T>;
  // views need their byte offset aligned: copy once if the file's buffer is not
  const base =
    bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(Uint8Array.prototype.slice.call(bytes).buffer);
  const arrays = header.arrays.map((ref) => {
    const size = ref.kind === 'u32' ? 4 : ref.kind === 'u16' ? 2 : 1;
    if (ref.offset + ref.length * size > base.length) throw new BinaryFormatError('truncated index file');
    const at = base.byteOffset + ref.offset;
    if (ref.kind === 'u32') return new Uint32Array(base.buffer, at, ref.length);
    if (ref.kind === 'u16') return new Uint16Array(base.buffer, at, ref.length);
    return new Uint8Array(base.buffer, at, ref.length);
  });
  return { data: header.data, arrays };
}
