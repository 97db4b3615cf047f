// A PNG is taken only when it is one, whole: the signature, an IHDR chunk (13 bytes, a valid combination of
// bit depth and colour type, sane dimensions), every chunk's length and CRC, a PLTE where the colour type needs
// one, the image data (IDAT, consecutive) inflating to exactly the size the header announces, and IEND as the
// very last bytes. Anything after IEND (an HTML page glued to a PNG) or any damage refuses the file.
//
// What is stored is rebuilt from the chunks that draw the image (IHDR, PLTE, IDAT, IEND and the colour/
// transparency ones): text, EXIF and other metadata chunks are left out, so no hidden payload travels with the
// letterhead into printed documents.
import zlib from 'node:zlib';
import type { ImageCheck } from './types';
import { MAX_EMBLEM_SIDE, MAX_EMBLEM_RAW_BYTES } from './types';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Ancillary chunks that change how the image looks; every other ancillary chunk is dropped. */
const KEPT_ANCILLARY = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'pHYs']);

/** colour type → allowed bit depths and channel count */
const COLOUR_TYPES: Record<number, { depths: number[]; channels: number }> = {
  0: { depths: [1, 2, 4, 8, 16], channels: 1 },
  2: { depths: [8, 16], channels: 3 },
  3: { depths: [1, 2, 4, 8], channels: 1 },
  4: { depths: [8, 16], channels: 2 },
  6: { depths: [8, 16], channels: 4 },
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPngSignature(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(SIGNATURE);
}

/** Bytes of filtered image data the header announces (Adam7: the seven passes, each row with its filter byte). */
function rawSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  return passes.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0);
}

interface Chunk {
  type: string;
  data: Buffer;
  /** the whole chunk: length, type, data, CRC */
  bytes: Buffer;
}

function readChunks(bytes: Buffer): Chunk[] | null {
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return null;
    const length = bytes.readUInt32BE(at);
    if (length > 0x7fffffff || at + 12 + length > bytes.length) return null;
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) return null;
    const body = bytes.subarray(at + 4, at + 8 + length);
    if (crc32(body) !== bytes.readUInt32BE(at + 8 + length)) return null;
    chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + length), bytes: bytes.subarray(at, at + 12 + length) });
    at += 12 + length;
    if (type === 'IEND') return at === bytes.length ? chunks : null;
  }
  return null;
}

export function checkPng(bytes: Buffer): ImageCheck {
  const chunks = readChunks(bytes);
  if (!chunks) return { ok: false, reason: 'damaged' };
  const [ihdr] = chunks;
  if (ihdr?.type !== 'IHDR' || ihdr.data.length !== 13) return { ok: false, reason: 'damaged' };
  const width = ihdr.data.readUInt32BE(0);
  const height = ihdr.data.readUInt32BE(4);
  const [depth, colour, compression, filter, interlace] = ihdr.data.subarray(8);
  const kind = COLOUR_TYPES[colour!];
  if (!kind || !kind.depths.includes(depth!) || compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) {
    return { ok: false, reason: 'damaged' };
  }
  if (width === 0 || height === 0) return { ok: false, reason: 'damaged' };
  if (width > MAX_EMBLEM_SIDE || height > MAX_EMBLEM_SIDE) return { ok: false, reason: 'dimensions', width, height };
  const expected = rawSize(width, height, depth! * kind.channels, interlace === 1);
  if (expected > MAX_EMBLEM_RAW_BYTES) return { ok: false, reason: 'dimensions', width, height };

  // chunk order: IHDR first and once, PLTE (once) before the image data, IDATs together, IEND last
  const types = chunks.map((c) => c.type);
  const firstIdat = types.indexOf('IDAT');
  const lastIdat = types.lastIndexOf('IDAT');
  const plte = types.indexOf('PLTE');
  if (firstIdat < 0 || types.slice(firstIdat, lastIdat + 1).some((t) => t !== 'IDAT')) return { ok: false, reason: 'damaged' };
  if (types.lastIndexOf('IHDR') !== 0 || types.indexOf('IEND') !== types.length - 1) return { ok: false, reason: 'damaged' };
  if (types.filter((t) => t === 'PLTE').length > 1 || (plte >= 0 && plte > firstIdat) || (colour === 3 && plte < 0)) return { ok: false, reason: 'damaged' };
  if (plte >= 0 && (chunks[plte]!.data.length === 0 || chunks[plte]!.data.length % 3 !== 0 || chunks[plte]!.data.length > 768)) return { ok: false, reason: 'damaged' };
  // an unknown critical chunk (upper-case first letter) is one a viewer must refuse
  if (types.some((t) => t[0]! <= 'Z' && !['IHDR', 'PLTE', 'IDAT', 'IEND'].includes(t))) return { ok: false, reason: 'damaged' };

  // the image data must be a zlib stream of exactly the announced size
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  let inflated: Buffer;
  try {
    inflated = zlib.inflateSync(idat, { maxOutputLength: expected + 1 });
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (inflated.length !== expected) return { ok: false, reason: 'damaged' };

  const kept = chunks.filter((c) => c.type[0]! <= 'Z' || KEPT_ANCILLARY.has(c.type));
  return { ok: true, mime: 'image/png', bytes: Buffer.concat([SIGNATURE, ...kept.map((c) => c.bytes)]), width, height };
}
