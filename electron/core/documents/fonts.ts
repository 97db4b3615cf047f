// The one typeface of printed documents: Arimo, metric-compatible with Arial (DOMAIN.md: official letters are
// set in Arial; Arial itself cannot be shipped), from the @fontsource/arimo package. Its WOFF files are turned
// into plain TrueType once per process: fontkit would otherwise inflate the whole compressed glyph table again
// for every glyph it reads, a third of the time of a long sheet.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

export const FONT_FAMILY = 'Arimo';

const STYLES = {
  normal: 'arimo-latin-400-normal.woff',
  bold: 'arimo-latin-700-normal.woff',
  italics: 'arimo-latin-400-italic.woff',
  bolditalics: 'arimo-latin-700-italic.woff',
} as const;

export type FontStyle = keyof typeof STYLES;

let folder: string | null = null;

/** The folder the font files are read from (the only local files a document may touch). */
export function fontFolder(): string {
  if (!folder) folder = path.dirname(createRequire(import.meta.url).resolve(`@fontsource/arimo/files/${STYLES.normal}`));
  return folder;
}

/** WOFF 1.0 → the TrueType/OpenType file it wraps: the same tables, each inflated when it was compressed. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    return { tag: woff.readUInt32BE(o), offset: woff.readUInt32BE(o + 4), compLength: woff.readUInt32BE(o + 8), origLength: woff.readUInt32BE(o + 12), checksum: woff.readUInt32BE(o + 16) };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(12 + 16 * numTables + tables.reduce((sum, t) => sum + padded(t.origLength), 0));
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor: the sfnt version
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  let at = 12 + 16 * numTables;
  tables.forEach((t, i) => {
    const raw = woff.subarray(t.offset, t.offset + t.compLength);
    const data = t.compLength < t.origLength ? zlib.inflateSync(raw) : raw;
    if (data.length !== t.origLength) throw new Error('damaged WOFF table');
    const entry = 12 + i * 16;
    out.writeUInt32BE(t.tag, entry);
    out.writeUInt32BE(t.checksum, entry + 4);
    out.writeUInt32BE(at, entry + 8);
    out.writeUInt32BE(t.origLength, entry + 12);
    data.copy(out, at);
    at += padded(t.origLength);
  });
  return out;
}

let cache: Record<FontStyle, Buffer> | null = null;

/** The four styles as TrueType bytes, read and converted once. */
export function fontFiles(): Record<FontStyle, Buffer> {
  if (!cache) {
    const dir = fontFolder();
    cache = Object.fromEntries(Object.entries(STYLES).map(([style, file]) => [style, woffToSfnt(fs.readFileSync(path.join(dir, file)))])) as Record<FontStyle, Buffer>;
  }
  return cache;
}
