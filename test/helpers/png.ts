// A tiny PNG encoder so tests can make real images (an emblem-like shield) without binary fixtures.
import zlib from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (width * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A green shield with a gold star-ish centre: looks like a regency emblem placeholder. */
export function emblemPng(size = 120): Buffer {
  const h = Math.round(size * 1.2);
  return encodePng(size, h, (x, y) => {
    const cx = size / 2;
    const half = y < h * 0.6 ? size * 0.46 : size * 0.46 * (1 - (y - h * 0.6) / (h * 0.4));
    if (Math.abs(x - cx) > half || y < 2) return [0, 0, 0, 0];
    const dx = x - cx;
    const dy = y - h * 0.42;
    if (dx * dx + dy * dy < (size * 0.2) ** 2) return [230, 180, 30, 255];
    return Math.abs(x - cx) > half - 4 ? [20, 60, 20, 255] : [30, 120, 60, 255];
  });
}
