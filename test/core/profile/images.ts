// Real images from an independent writer (Debian's Pillow): PNGs and JPEGs of the kinds emblems come in, and a
// decoder to check that what the app stores still opens as the same picture.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../../helpers/tempDir';

const PYTHON = '/usr/bin/python3';

const WRITE = `
import sys
from PIL import Image, ImageDraw
out = sys.argv[1]
def emblem(mode, size=(90, 108)):
    im = Image.new('RGBA', size, (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(4, 2), (86, 2), (86, 64), (45, 105), (4, 64)], fill=(30, 120, 60, 255), outline=(20, 60, 20, 255))
    d.ellipse((27, 27, 63, 63), fill=(230, 180, 30, 255))
    if mode == 'RGBA':
        return im
    bg = Image.new('RGB', size, (255, 255, 255))
    bg.paste(im, mask=im.split()[3])
    return bg.convert(mode)
emblem('RGBA').save(out + '/rgba.png')
emblem('RGB').convert('P', palette=Image.ADAPTIVE, colors=16).save(out + '/palette.png')
emblem('L').save(out + '/gray.png')
emblem('RGBA').save(out + '/interlaced.png', interlace=1)
emblem('RGB').save(out + '/baseline.jpg', quality=90)
emblem('RGB').save(out + '/progressive.jpg', quality=90, progressive=True)
emblem('L').save(out + '/gray.jpg', quality=90)
emblem('CMYK').save(out + '/cmyk.jpg', quality=90)
exif = Image.Exif(); exif[0x0112] = 1; exif[0x010e] = '<script>alert(1)</script>'
emblem('RGB').save(out + '/exif.jpg', quality=90, exif=exif.tobytes())
from PIL import PngImagePlugin
info = PngImagePlugin.PngInfo(); info.add_text('Comment', '<html><script>alert(1)</script></html>')
emblem('RGBA').save(out + '/text-chunk.png', pnginfo=info)
`;

const READ = `
import json, sys
from PIL import Image
out = []
for f in sys.argv[1:]:
    im = Image.open(f); im.load()
    out.append({'format': im.format, 'size': list(im.size), 'mode': im.mode, 'info': sorted(k for k in im.info.keys() if k not in ('dpi', 'jfif', 'jfif_version', 'jfif_unit', 'jfif_density', 'progressive', 'progression', 'transparency', 'adobe', 'adobe_transform'))})
print(json.dumps(out))
`;

export type PillowImage = 'rgba.png' | 'palette.png' | 'gray.png' | 'interlaced.png' | 'text-chunk.png' | 'baseline.jpg' | 'progressive.jpg' | 'gray.jpg' | 'cmyk.jpg' | 'exif.jpg';

let made: string | null = null;

export function pillowImage(name: PillowImage): Buffer {
  if (!made) {
    made = makeTempDir('pillow');
    execFileSync(PYTHON, ['-c', WRITE, made]);
  }
  return fs.readFileSync(path.join(made, name));
}

export interface Decoded {
  format: string;
  size: [number, number];
  mode: string;
  /** metadata keys Pillow found (text chunks, exif, icc_profile…) */
  info: string[];
}

/** Decodes each image fully with Pillow. */
export function decodeWithPillow(images: Buffer[]): Decoded[] {
  const dir = makeTempDir('decode');
  const files = images.map((bytes, i) => {
    const file = path.join(dir, `${i}.img`);
    fs.writeFileSync(file, bytes);
    return file;
  });
  return JSON.parse(execFileSync(PYTHON, ['-c', READ, ...files], { encoding: 'utf8' })) as Decoded[];
}
