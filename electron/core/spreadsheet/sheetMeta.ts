// What a worksheet says about itself outside its rows: its last row (from <dimension>, at its head, for
// progress), the namespace prefix of its element names, and its merged ranges (<mergeCells> follows
// <sheetData>: in the XML only the top-left cell of a merged range holds the value).

export interface MergeRange { top: number; left: number; bottom: number; right: number }

export interface SheetHead {
  /** the root element's namespace prefix ("x:" in <x:worksheet>, as the OpenXML SDK can write), or null */
  prefix: string | null;
  lastRow: number | null;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const ROOT = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/g;
const DIMENSION = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]+(\d+)"/;
const MERGE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

/** From the first few KB of a sheet part. */
export function sheetHead(head: string): SheetHead {
  let root: RegExpExecArray | null = null;
  for (const m of head.matchAll(ROOT)) {
    root = m;
    break;
  }
  const dimension = DIMENSION.exec(head);
  return {
    prefix: root?.[1] ?? null,
    lastRow: dimension ? Number(dimension[1]) : null,
  };
}

/** The merged ranges listed in the part's text after </sheetData>. */
export function mergeRanges(tail: string): MergeRange[] {
  const merges: MergeRange[] = [];
  for (const m of tail.matchAll(MERGE)) {
    merges.push({ left: columnIndex(m[1] ?? 'A'), top: Number(m[2]), right: columnIndex(m[3] ?? 'A'), bottom: Number(m[4]) });
  }
  return merges;
}
