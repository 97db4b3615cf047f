// Makes the installer's icons from resources/public/icon.svg: resources/icon.png (512 px, what electron-builder
// wants at least 256 px of) and resources/icon.ico (16–256 px, PNG-compressed entries, as Windows Vista+ reads
// them). Run after changing the SVG: `node electron/scripts/icons.mjs` (needs rsvg-convert: apt-get install
// librsvg2-bin). The outputs are committed, so a build machine needs neither.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const svg = path.join(root, 'resources/public/icon.svg');
const png = (size) => execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), svg]);

fs.writeFileSync(path.join(root, 'resources/icon.png'), png(512));

const sizes = [16, 24, 32, 48, 64, 128, 256];
const images = sizes.map(png);
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(sizes.length, 4);
let offset = 6 + 16 * sizes.length;
const entries = sizes.map((size, i) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
  e.writeUInt8(size >= 256 ? 0 : size, 1);
  e.writeUInt8(0, 2); // no palette
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4); // colour planes
  e.writeUInt16LE(32, 6); // bits per pixel
  e.writeUInt32LE(images[i].length, 8);
  e.writeUInt32LE(offset, 12);
  offset += images[i].length;
  return e;
});
fs.writeFileSync(path.join(root, 'resources/icon.ico'), Buffer.concat([header, ...entries, ...images]));
console.log('resources/icon.png, resources/icon.ico');
