// What a spreadsheet reader accepts, whatever it reads (a roster today; recaps and backups later): limits on
// what a zip's parts may inflate to, and on a sheet's shape. No real office file comes near them; a file past
// one is refused with a SpreadsheetLimitError before it can exhaust memory or time (a zip bomb, an XML entity
// bomb, a sheet filled out to Excel's last column). The caller words the refusal for its user.

export interface ZipLimits {
  /** What one part may inflate to when it is streamed (a worksheet: read a window at a time). */
  partBytes: number;
  /** What one part may inflate to when it is held whole (workbook, relationships, styles, shared strings). */
  heldPartBytes: number;
  /** What all the parts read from one file may inflate to together (each part counted once). */
  totalBytes: number;
  /** How many entries the zip may list. */
  entries: number;
}

const MiB = 1024 * 1024;

/** A 50,000-row roster with 40 columns inflates to well under 100 MB of sheet XML; its strings to a few MB. */
export const ZIP_LIMITS: ZipLimits = { partBytes: 128 * MiB, heldPartBytes: 48 * MiB, totalBytes: 256 * MiB, entries: 10_000 };

/** exceljs's full reader holds the whole workbook as objects (tens of times the XML): it gets far less. */
export const FULL_READER_BYTES = 24 * MiB;

/** A sheet that reaches Excel's last column (XFD, the 16,384th) is not a roster; neither is a longer cell. */
export const MAX_COLUMNS = 16_384;
export const MAX_CELL_CHARS = 2_000;
/** A CSV is parsed whole (no zip cap bounds it): twice the roster's 50,000 rows, blank lines included. A file of
 * millions of one-character lines (8 MB) would otherwise take a minute and gigabytes to parse. */
export const MAX_CSV_RECORDS = 100_000;

export type LimitKind =
  | 'part-bytes' // a part inflates past its cap
  | 'total-bytes' // the parts together inflate past the total
  | 'entries' // the zip lists too many entries
  | 'xml-entities' // an XML part declares a DOCTYPE or entities (entity expansion)
  | 'columns' // a cell at or past MAX_COLUMNS
  | 'cell-chars' // a cell longer than MAX_CELL_CHARS
  | 'rows'; // a sheet with more rows than its reader takes (rowCap.ts)

export class SpreadsheetLimitError extends Error {
  override readonly name = 'SpreadsheetLimitError';

  constructor(
    readonly kind: LimitKind,
    /** the limit passed (bytes, entries, columns or characters) */
    readonly limit: number,
    /** the zip part, or the cell reference ("XFD20") */
    readonly where: string,
    /** what was found (bytes so far, the column number, the length), when known */
    readonly found: number | null = null,
  ) {
    super(`${kind}: ${where} ${found ?? ''} (limit ${limit})`);
  }
}

export function isLimitError(e: unknown): e is SpreadsheetLimitError {
  return e instanceof SpreadsheetLimitError;
}
