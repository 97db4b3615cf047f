// A sheet's last row (from <dimension>, for progress) and its merged ranges (in the XML only the top-left cell
// of a merged range holds the value).

export interface MergeRange { top: number; left: number; bottom: number; right: number }
export interface SheetMeta { lastRow: number | null; merges: MergeRange[] }

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const DIMENSION = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]+(\d+)"/;
const MERGE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

export function sheetMeta(xml: string): SheetMeta {
  const dimension = DIMENSION.exec(xml.slice(0, 4096));
  const merges: MergeRange[] = [];
  // <mergeCells> follows <sheetData>: only the tail of the sheet needs scanning.
  const end = xml.lastIndexOf('sheetData');
  for (const m of (end >= 0 ? xml.slice(end) : xml).matchAll(MERGE)) {
    merges.push({ left: columnIndex(m[1] ?? 'A'), top: Number(m[2]), right: columnIndex(m[3] ?? 'A'), bottom: Number(m[4]) });
  }
  return { lastRow: dimension ? Number(dimension[1]) : null, merges };
}
