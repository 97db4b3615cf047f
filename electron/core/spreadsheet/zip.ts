// A minimal zip reader (central directory, stored and deflated entries, CRC check): tells an xlsx from a
// renamed .docx or .ods, notices a truncated file, and inflates the parts of an xlsx the fast path reads, each
// in one piece.
import * as zlib from 'node:zlib';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
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

/** One entry's bytes, inflated and checked against its CRC; throws ZipError when damaged. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL) throw new ZipError(`local header of ${entry.name} damaged`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`${entry.name} cut off`);
  const raw = bytes.subarray(start, end);
  let data: Buffer;
  try {
    if (entry.method === 0) data = Buffer.from(raw);
    else if (entry.method === 8) data = inflateRawSync(raw);
    else throw new ZipError(`${entry.name}: compression method ${entry.method}`);
  } catch (e) {
    throw e instanceof ZipError ? e : new ZipError(`${entry.name}: ${(e as Error).message}`);
  }
  // zlib.crc32 exists from Node 20.15; skip the check where it does not.
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (crc32 && crc32(data) >>> 0 !== entry.crc >>> 0) throw new ZipError(`${entry.name}: checksum mismatch`);
  return data;
}
