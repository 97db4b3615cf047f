// The common form of a sheet row, whatever file it came from. CSV gives only strings; xlsx gives strings,
// numbers (an 18-digit NIP typed as a number arrives here already cut to 15 significant digits) and dates
// (UTC midnight, as exceljs makes them: read them with getUTC*).

export type RawCell = string | number | Date | null;

export interface RawRow {
  /** The row number as Excel shows it (1-based); for CSV the line number. */
  number: number;
  /** cells[0] is column A. */
  cells: RawCell[];
}

/** One sheet of a workbook (a CSV file is one sheet without a name). */
export interface SheetSource {
  name: string | null;
  hidden: boolean;
  /** The last row number, for progress: from an xlsx sheet's <dimension>; null when unknown. */
  lastRow: number | null;
  /** Rows in order, in batches (one per window of XML read: bounded work), so that a row costs no await of its own. */
  rows: AsyncIterable<RawRow[]>;
  /** How much of the sheet has been read, 0 to 1, for progress; null when unknown. */
  readFraction(): number | null;
}

export function isHiddenSheet(state: string | undefined): boolean {
  return state === 'hidden' || state === 'veryHidden';
}

export function isoFromUtcDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

/** The digits of an integer number without exponent notation: 1.96805231998031e17 → "196805231998031000". */
export function integerDigits(value: number): string | null {
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) return null;
  return value < 1e21 ? String(value) : BigInt(value).toString();
}

/** A cell as text, trimmed. Numbers keep every digit they still have; dates become YYYY-MM-DD. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return integerDigits(cell) ?? String(cell);
  return isoFromUtcDate(cell) ?? '';
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
