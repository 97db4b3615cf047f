// The pixel size of an emblem image (PNG, JPEG, SVG), to keep its proportions where a document needs a size.

export function imageSize(mime: string, bytes: Buffer): { width: number; height: number } | null {
  if (mime === 'image/png' && bytes.length > 24) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (mime === 'image/jpeg') {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1]!;
      const length = bytes.readUInt16BE(i + 2);
      // SOF0…SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC)
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
      i += 2 + length;
    }
    return null;
  }
  if (mime === 'image/svg+xml') {
    const text = bytes.subarray(0, 4096).toString('utf8');
    const box = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(text);
    if (box) return { width: Number(box[1]), height: Number(box[2]) };
    const w = /\bwidth\s*=\s*["']([\d.]+)/i.exec(text);
    const h = /\bheight\s*=\s*["']([\d.]+)/i.exec(text);
    return w && h ? { width: Number(w[1]), height: Number(h[1]) } : null;
  }
  return null;
}

/** Fits (width, height) inside a box, keeping proportions. */
export function fitInto(size: { width: number; height: number } | null, box: { width: number; height: number }): { width: number; height: number } {
  if (!size || size.width <= 0 || size.height <= 0) return box;
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
