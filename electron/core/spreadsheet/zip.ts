// A minimal zip reader: the central directory (names, methods, declared sizes, CRCs) and where each entry's
// compressed data lies. It tells an xlsx from a renamed .docx or .ods and notices a truncated file. It never
// inflates anything itself: every read goes through zipGuard.ts, which caps what a part may inflate to.

export interface ZipEntry {
  name: string;
  method: number;
  /** general-purpose flags; bit 0 = the entry is encrypted */
  flags: number;
  crc: number;
  compressedSize: number;
  /** the size the directory declares; a hostile file may lie, so inflating is capped regardless */
  size: number;
  localOffset: number;
}

export type ZipIndex = Map<string, ZipEntry>;

export class ZipError extends Error {
  override readonly name = 'ZipError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The entries of a zip; throws ZipError when the end record or the directory is missing or cut off. */
export function readZipIndex(bytes: Uint8Array): ZipIndex {
  const dv = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new ZipError('end of central directory not found');
  const count = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  const entries: ZipIndex = new Map();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) throw new ZipError('central directory damaged');
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      crc: dv.getUint32(at + 16, true),
      compressedSize: dv.getUint32(at + 20, true),
      size: dv.getUint32(at + 24, true),
      localOffset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's compressed bytes (a view, not a copy); throws ZipError when its header or data are cut off. */
export function rawEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL) throw new ZipError(`local header of ${entry.name} damaged`);
  if ((entry.flags & 1) !== 0) throw new ZipError(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`${entry.name}: compression method ${entry.method}`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`${entry.name} cut off`);
  return bytes.subarray(start, end);
}
