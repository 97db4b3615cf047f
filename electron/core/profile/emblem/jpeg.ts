// A JPEG is taken only when it is one, whole: SOI, well-formed segments, exactly one frame header (SOF0, SOF1
// or SOF2 — what every browser and PDF writer draws — 8-bit, 1 to 4 components, sane dimensions), at least one
// scan (SOS) after it, and EOI as the very last bytes. Anything after EOI (an HTML page glued to a JPEG) or any
// damage refuses the file.
//
// What is stored is the same image without comments and without metadata segments other than JFIF, EXIF
// (orientation), the ICC colour profile and Adobe's colour transform: no hidden payload travels with the
// letterhead into printed documents.
import type { ImageCheck } from './types';
import { MAX_EMBLEM_SIDE } from './types';

const SOF_DRAWN = new Set([0xc0, 0xc1, 0xc2]);
/** other frame types: lossless, hierarchical, arithmetic — valid JPEG, not drawn everywhere */
const SOF_OTHER = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** segments with a length that may appear and carry no picture metadata of their own */
const TABLES = new Set([0xc4, 0xcc, 0xdb, 0xdd]);

function keepApp(marker: number, data: Buffer): boolean {
  const id = (s: string) => data.subarray(0, s.length).toString('latin1') === s;
  if (marker === 0xe0) return id('JFIF\0') || id('JFXX\0');
  if (marker === 0xe1) return id('Exif\0');
  if (marker === 0xe2) return id('ICC_PROFILE\0');
  if (marker === 0xee) return id('Adobe');
  return false;
}

export function isJpegSignature(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

export function checkJpeg(bytes: Buffer): ImageCheck {
  const damaged: ImageCheck = { ok: false, reason: 'damaged' };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return { ok: false, reason: 'not-image' };
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let frame: { width: number; height: number } | null = null;
  let scans = 0;
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return damaged;
    let m = at + 1;
    while (m < bytes.length && bytes[m] === 0xff) m++; // fill bytes
    if (m >= bytes.length) return damaged;
    const marker = bytes[m]!;
    const start = m - 1;
    if (marker === 0xd9) {
      if (!frame || scans === 0 || m + 1 !== bytes.length) return damaged;
      kept.push(bytes.subarray(start, m + 1));
      return { ok: true, mime: 'image/jpeg', bytes: Buffer.concat(kept), width: frame.width, height: frame.height };
    }
    if (marker === 0xd8 || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) return damaged;
    if (m + 3 > bytes.length) return damaged;
    const length = bytes.readUInt16BE(m + 1);
    const end = m + 1 + length;
    if (length < 2 || end > bytes.length) return damaged;
    const data = bytes.subarray(m + 3, end);

    if (SOF_DRAWN.has(marker)) {
      if (frame) return damaged;
      const components = data[5] ?? 0;
      if (data.length < 6 || data[0] !== 8 || components < 1 || components > 4 || length !== 8 + 3 * components) return damaged;
      const height = data.readUInt16BE(1);
      const width = data.readUInt16BE(3);
      if (width === 0 || height === 0) return damaged;
      for (let c = 0; c < components; c++) {
        const sampling = data[7 + c * 3]!;
        const h = sampling >> 4;
        const v = sampling & 0x0f;
        if (h < 1 || h > 4 || v < 1 || v > 4 || data[8 + c * 3]! > 3) return damaged;
      }
      if (width > MAX_EMBLEM_SIDE || height > MAX_EMBLEM_SIDE) return { ok: false, reason: 'dimensions', width, height };
      frame = { width, height };
      kept.push(bytes.subarray(start, end));
      at = end;
    } else if (SOF_OTHER.has(marker)) {
      return damaged;
    } else if (marker === 0xda) {
      const count = data[0] ?? 0;
      if (!frame || count < 1 || count > 4 || length !== 6 + 2 * count) return damaged;
      // the entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker
      let scan = end;
      for (;;) {
        if (scan + 1 >= bytes.length) return damaged;
        if (bytes[scan] === 0xff) {
          const next = bytes[scan + 1]!;
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) { scan += 2; continue; }
          if (next === 0xff) { scan += 1; continue; }
          break;
        }
        scan++;
      }
      scans++;
      kept.push(bytes.subarray(start, scan));
      at = scan;
    } else if (TABLES.has(marker) || marker === 0xdc) {
      kept.push(bytes.subarray(start, end));
      at = end;
    } else if (marker >= 0xe0 && marker <= 0xef) {
      if (keepApp(marker, data)) kept.push(bytes.subarray(start, end));
      at = end;
    } else if (marker === 0xfe) {
      at = end; // a comment: dropped
    } else {
      return damaged;
    }
  }
  return damaged;
}
