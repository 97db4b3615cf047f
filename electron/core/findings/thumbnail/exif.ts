// The thumbnail a camera or phone writes into a JPEG's EXIF block (IFD1: JPEGInterchangeFormat and its length),
// so a photo gets a thumbnail without decoding the photo. Null when the file carries none.
const SOI = [0xff, 0xd8];

export function exifThumbnail(jpeg: Buffer): Buffer | null {
  if (jpeg[0] !== SOI[0] || jpeg[1] !== SOI[1]) return null;
  let pos = 2;
  while (pos + 4 <= jpeg.length && jpeg[pos] === 0xff) {
    const marker = jpeg[pos + 1]!;
    if (marker === 0xda || marker === 0xd9) return null; // the picture itself starts: no EXIF before it
    const length = jpeg.readUInt16BE(pos + 2);
    if (marker === 0xe1 && jpeg.toString('latin1', pos + 4, pos + 10) === 'Exif\0\0') return fromTiff(jpeg.subarray(pos + 10, pos + 2 + length));
    pos += 2 + length;
  }
  return null;
}

function fromTiff(tiff: Buffer): Buffer | null {
  if (tiff.length < 8) return null;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (o + 2 <= tiff.length ? (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o)) : -1);
  const u32 = (o: number) => (o + 4 <= tiff.length ? (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o)) : -1);
  const ifd0 = u32(4);
  const count0 = u16(ifd0);
  if (ifd0 < 0 || count0 < 0) return null;
  const ifd1 = u32(ifd0 + 2 + count0 * 12);
  if (ifd1 <= 0) return null;
  const count1 = u16(ifd1);
  let offset = -1;
  let length = -1;
  for (let i = 0; i < count1; i++) {
    const entry = ifd1 + 2 + i * 12;
    const tag = u16(entry);
    if (tag === 0x0201) offset = u32(entry + 8);
    if (tag === 0x0202) length = u32(entry + 8);
  }
  if (offset <= 0 || length <= 0 || offset + length > tiff.length) return null;
  const thumb = tiff.subarray(offset, offset + length);
  return thumb[0] === 0xff && thumb[1] === 0xd8 ? Buffer.from(thumb) : null;
}
