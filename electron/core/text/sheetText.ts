// Writer-side: how user text goes into a workbook the app writes (exceljs), so that no spreadsheet ever runs it.
// Every writer (the roster's template and refused rows, the recap, …) puts text with putText()/putCell().
//
// - The value is always a plain string: exceljs writes it as a shared string (t="s"), which Excel and
//   LibreOffice show as text, never evaluate (checked in test/core/text/sheetText.test.ts with openpyxl and a
//   LibreOffice conversion to CSV and to xlsx).
// - Text that starts like a formula (= + - @, their full-width forms, a tab or a line break) also gets the Text
//   number format ("@"): a user who edits the cell and presses Enter keeps text, not a formula. (exceljs cannot
//   write quotePrefix; "@" does the same job in Excel and LibreOffice.) The text itself is not changed.
// - What XML 1.0 cannot hold (C0 controls other than tab and line feed, U+FFFE/U+FFFF, lone surrogates) is
//   dropped, CR and CRLF become LF (an XML reader would turn a raw CR into LF anyway), and the text is cut to
//   Excel's 32,767 characters a cell: a workbook the app writes always opens without "repair".
import type ExcelJS from 'exceljs';

/** Excel's limit for one cell. */
export const MAX_CELL_CHARS = 32_767;

export const TEXT_FORMAT = '@';

const FORMULA_START = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when a spreadsheet would read this text, typed into a cell, as a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as it can be written into a cell: XML-safe, LF line breaks, at most 32,767 characters. */
export function sheetText(text: string): string {
  const safe = text.replace(NOT_XML, '').replace(/\r\n?/g, '\n');
  if (safe.length <= MAX_CELL_CHARS) return safe;
  // do not cut a surrogate pair in half
  const end = /[\ud800-\udbff]/.test(safe[MAX_CELL_CHARS - 1]!) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return safe.slice(0, end);
}

/** Puts user text into a cell as a string; one that starts like a formula is also formatted as Text. */
export function putText(cell: ExcelJS.Cell, text: string | null | undefined): void {
  if (text === null || text === undefined || text === '') {
    cell.value = null;
    return;
  }
  const value = sheetText(text);
  cell.value = value;
  // a new style object: the cell's may be shared with its column's other cells (recap/workbook/layout.ts)
  if (startsLikeFormula(value) || startsLikeFormula(text)) cell.style = { ...cell.style, numFmt: TEXT_FORMAT };
}

export type SheetValue = string | number | boolean | Date | null | undefined;

/** Any value a writer puts into a cell: strings through putText(), numbers, booleans and dates as they are. */
export function putCell(cell: ExcelJS.Cell, value: SheetValue): void {
  if (typeof value === 'string' || value === null || value === undefined) putText(cell, value);
  else cell.value = value;
}

/** Puts a row of values into the worksheet's next row (ws.addRow without exceljs guessing at strings). */
export function addSheetRow(ws: ExcelJS.Worksheet, values: readonly SheetValue[]): ExcelJS.Row {
  const row = ws.addRow([]);
  values.forEach((v, i) => putCell(row.getCell(i + 1), v));
  return row;
}
