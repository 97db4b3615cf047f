// Thumbnails of image evidence made in core: a PNG decoded, downscaled (box filter) and written back as a small
// PNG (read back by the independent decoder in Python's Pillow); a JPEG's EXIF thumbnail taken as it is; nothing
// for a JPEG without one, an interlaced PNG or a PDF.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../../electron/core/evidence/types';
import { thumbnailOf } from '../../../electron/core/findings/thumbnail';
import { exifThumbnail } from '../../../electron/core/findings/thumbnail/exif';
import { decodePng, downscale } from '../../../electron/core/findings/thumbnail/png';
import { encodePng } from '../../helpers/png';
import { makeTempDir } from '../../helpers/tempDir';

const item = (mime: string): EvidenceItem => ({
  id: 1, kind: 'file', sha256: 'a'.repeat(64), url: null, originalName: 'x', size: 0, mime, ext: mime.split('/')[1]!, fileKind: mime.startsWith('image') ? 'image' : 'pdf', caption: '', addedAt: '',
});

function pillow(file: string): { size: [number, number]; corner: number[]; centre: number[] } {
  const py = 'import json,sys\nfrom PIL import Image\nim=Image.open(sys.argv[1]).convert("RGBA")\nw,h=im.size\nprint(json.dumps({"size":[w,h],"corner":list(im.getpixel((0,0))),"centre":list(im.getpixel((w//2,h//2)))}))';
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', py, file], { encoding: 'utf8' })) as ReturnType<typeof pillow>;
}

/** A JPEG with an APP1 Exif block whose IFD1 points at an embedded thumbnail (little-endian TIFF). */
function jpegWithExif(thumb: Buffer): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 4 + 2 + 2 * 12 + 4);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4); // IFD0 at 8: no entries, next IFD at 14
  tiff.writeUInt16LE(0, 8);
  tiff.writeUInt32LE(14, 10);
  tiff.writeUInt16LE(2, 14); // IFD1: two entries
  const dataAt = tiff.length;
  tiff.writeUInt16LE(0x0201, 16); tiff.writeUInt16LE(4, 18); tiff.writeUInt32LE(1, 20); tiff.writeUInt32LE(dataAt, 24);
  tiff.writeUInt16LE(0x0202, 28); tiff.writeUInt16LE(4, 30); tiff.writeUInt32LE(1, 32); tiff.writeUInt32LE(thumb.length, 36);
  tiff.writeUInt32LE(0, 40);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, thumb]);
  const app1 = Buffer.alloc(4);
  app1[0] = 0xff; app1[1] = 0xe1; app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, body, Buffer.from([0xff, 0xda, 0x00, 0x02]), Buffer.alloc(500, 3), Buffer.from([0xff, 0xd9])]);
}

describe('evidence thumbnails', () => {
  it('downscale a PNG to at most 160 pixels, keeping its picture', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'shot.png');
    // red top half, blue bottom half, 800 × 500
    fs.writeFileSync(file, encodePng(800, 500, (_x, y) => (y < 250 ? [255, 0, 0, 255] : [0, 0, 255, 255])));
    const url = thumbnailOf(item('image/png'), file)!;
    expect(url).toMatch(/^data:image\/png;base64,/);
    const out = path.join(dir, 'thumb.png');
    fs.writeFileSync(out, Buffer.from(url.split(',')[1]!, 'base64'));
    const back = pillow(out);
    expect(back.size).toEqual([160, 100]);
    expect(back.corner).toEqual([255, 0, 0, 255]);
    expect(back.centre).toEqual([0, 0, 255, 255]);
    expect(fs.statSync(out).size).toBeLessThan(4000);
  });

  it('averages the pixels a thumbnail pixel covers', () => {
    const img = decodePng(encodePng(4, 2, (x) => (x % 2 === 0 ? [0, 0, 0, 255] : [200, 100, 50, 255])))!;
    expect(Array.from(downscale(img, 2).pixels.slice(0, 4))).toEqual([100, 50, 25, 255]);
  });

  it('take the EXIF thumbnail of a photo, and nothing for a JPEG without one or a PDF', () => {
    const small = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(40, 1), Buffer.from([0xff, 0xd9])]);
    const photo = jpegWithExif(small);
    expect(exifThumbnail(photo)?.equals(small)).toBe(true);
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'p.jpg'), photo);
    expect(thumbnailOf(item('image/jpeg'), path.join(dir, 'p.jpg'))).toBe(`data:image/jpeg;base64,${small.toString('base64')}`);
    fs.writeFileSync(path.join(dir, 'plain.jpg'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]), Buffer.alloc(100, 5)]));
    expect(thumbnailOf(item('image/jpeg'), path.join(dir, 'plain.jpg'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'x.pdf'), '%PDF-1.4\n%%EOF\n');
    expect(thumbnailOf(item('application/pdf'), path.join(dir, 'x.pdf'))).toBeNull();
    // a damaged PNG is no thumbnail, and no crash
    fs.writeFileSync(path.join(dir, 'bad.png'), encodePng(10, 10, () => [1, 2, 3, 255]).subarray(0, 60));
    expect(thumbnailOf(item('image/png'), path.join(dir, 'bad.png'))).toBeNull();
  });
});
