// A small downscaled copy of a PNG (a screenshot, most evidence is one), made in plain Node: the chunks read, the
// image data inflated with node:zlib (its output capped by the size the header announces), the scanlines
// unfiltered, the pixels averaged into a box of at most `side` pixels, and written back as an 8-bit RGBA PNG.
// Interlaced and below-8-bit images are not decoded (null: the screen shows the kind instead).
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** the biggest image decoded for a thumbnail (a 4K screenshot is 33 MB of RGBA at 16 bits) */
const MAX_RAW_BYTES = 160 * 1024 * 1024;

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes */
  pixels: Uint8Array;
}

interface Header { width: number; height: number; depth: number; colour: number; interlace: number }

function chunks(png: Buffer): { header: Header; idat: Buffer; palette: Buffer | null; trns: Buffer | null } | null {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) return null;
  let pos = 8;
  let header: Header | null = null;
  const idat: Buffer[] = [];
  let palette: Buffer | null = null;
  let trns: Buffer | null = null;
  while (pos + 12 <= png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (data.length !== length) return null;
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8]!, colour: data[9]!, interlace: data[12]! };
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  return header ? { header, idat: Buffer.concat(idat), palette, trns } : null;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The PNG as 8-bit RGBA, or null when it is not one this decoder reads. */
export function decodePng(png: Buffer): Rgba | null {
  const found = chunks(png);
  if (!found) return null;
  const { header: h, palette, trns } = found;
  const channels = CHANNELS[h.colour];
  if (!channels || (h.depth !== 8 && h.depth !== 16) || h.interlace !== 0 || h.width === 0 || h.height === 0) return null;
  if (h.colour === 3 && !palette) return null;
  const bpp = channels * (h.depth / 8);
  const stride = h.width * bpp;
  const rawSize = (stride + 1) * h.height;
  if (rawSize > MAX_RAW_BYTES) return null;
  let raw: Buffer;
  try {
    raw = zlib.inflateSync(found.idat, { maxOutputLength: rawSize });
  } catch {
    return null;
  }
  if (raw.length !== rawSize) return null;
  const line = new Uint8Array(stride);
  const prev = new Uint8Array(stride);
  const pixels = new Uint8Array(h.width * h.height * 4);
  for (let y = 0; y < h.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    if (filter > 4) return null;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const v = src[i]!;
      line[i] = filter === 0 ? v : filter === 1 ? v + a : filter === 2 ? v + b : filter === 3 ? v + ((a + b) >> 1) : filter === 4 ? v + paeth(a, b, c) : v;
    }
    for (let x = 0; x < h.width; x++) {
      const s = (k: number) => line[x * bpp + k * (h.depth / 8)]!; // the high byte of a 16-bit sample
      const o = (y * h.width + x) * 4;
      if (h.colour === 3) {
        const idx = s(0);
        pixels[o] = palette![idx * 3] ?? 0;
        pixels[o + 1] = palette![idx * 3 + 1] ?? 0;
        pixels[o + 2] = palette![idx * 3 + 2] ?? 0;
        pixels[o + 3] = trns && idx < trns.length ? trns[idx]! : 255;
      } else if (h.colour === 0 || h.colour === 4) {
        pixels[o] = pixels[o + 1] = pixels[o + 2] = s(0);
        pixels[o + 3] = h.colour === 4 ? s(1) : 255;
      } else {
        pixels[o] = s(0);
        pixels[o + 1] = s(1);
        pixels[o + 2] = s(2);
        pixels[o + 3] = h.colour === 6 ? s(3) : 255;
      }
    }
    prev.set(line);
  }
  return { width: h.width, height: h.height, pixels };
}

/** Each output pixel the average of the source pixels it covers (a box filter): sharp enough for a thumbnail. */
export function downscale(img: Rgba, side: number): Rgba {
  const scale = Math.min(1, side / Math.max(img.width, img.height));
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * img.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * img.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * img.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * img.width) / width));
      const sum = [0, 0, 0, 0];
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const i = (yy * img.width + xx) * 4;
          for (let k = 0; k < 4; k++) sum[k]! += img.pixels[i + k]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      for (let k = 0; k < 4; k++) out[(y * width + x) * 4 + k] = Math.round(sum[k]! / n);
    }
  }
  return { width, height, pixels: out };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let c = 0xffffffff;
  for (const b of body) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((c ^ 0xffffffff) >>> 0);
  return Buffer.concat([head, body, crc]);
}

export function encodePngRgba(img: Rgba): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((img.width * 4 + 1) * img.height);
  for (let y = 0; y < img.height; y++) Buffer.from(img.pixels.buffer, img.pixels.byteOffset + y * img.width * 4, img.width * 4).copy(raw, y * (img.width * 4 + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
