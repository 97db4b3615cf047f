// The public, complete way through exceljs: `Workbook.xlsx.load`. Slower than the fast path (xlsxFast.ts) and
// holding the whole workbook in memory, but it reads whatever exceljs reads; merged cells already carry their
// value. Used when the fast path declines a file, and by the tests as the reference reader. exceljs inflates
// every part with no cap of its own and parses XML with saxes: the guard inflates every part first (capped,
// DOCTYPE refused) and lets through only a workbook small enough for a reader that holds it all as objects.
import type ExcelJS from 'exceljs';
import type { RawCell, RawRow, SheetSource } from './cells';
import { columnLetter, isHiddenSheet } from './cells';
import { FULL_READER_BYTES, MAX_CELL_CHARS, MAX_COLUMNS, SpreadsheetLimitError } from './limits';
import type { GuardedZip } from './zipGuard';

type Value = ExcelJS.CellValue | undefined;

function toRawCell(value: Value): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toRawCell(value.result as Value);
  if ('hyperlink' in value) return toRawCell(value.text as Value);
  return null; // error values (#N/A, #REF!)
}

function toRawRow(row: ExcelJS.Row): RawRow {
  // row.values is a fresh 1-based array: reuse it.
  const cells = row.values as Value[] as RawCell[];
  cells.shift();
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] as Value;
    if (v === undefined) cells[i] = null;
    else if (typeof v === 'object' && v !== null && !(v instanceof Date)) cells[i] = toRawCell(v);
    // the fast scanner's limits (sheetScan.ts), so that a file it declines is held to them as well
    const cell = cells[i];
    if (cell === null) continue;
    if (i + 1 >= MAX_COLUMNS) throw new SpreadsheetLimitError('columns', MAX_COLUMNS, `${columnLetter(i)}${row.number}`, i + 1);
    if (typeof cell === 'string' && cell.length > MAX_CELL_CHARS) throw new SpreadsheetLimitError('cell-chars', MAX_CELL_CHARS, `${columnLetter(i)}${row.number}`, cell.length);
  }
  return { number: row.number, cells };
}

function loadedRows(sheet: ExcelJS.Worksheet): Pick<SheetSource, 'rows' | 'readFraction'> {
  const rows = (sheet.getRows(1, sheet.rowCount) ?? []).filter((row) => row.hasValues);
  let yielded = 0;
  async function* batches(): AsyncGenerator<RawRow[]> {
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500).map(toRawRow);
      yielded = i + batch.length;
      yield batch;
    }
  }
  return { rows: batches(), readFraction: () => (rows.length ? yielded / rows.length : 1) };
}

/** Sheets through exceljs's public full reader: slower; merged cells already carry their value. */
export async function* loadedSheets(bytes: Uint8Array, zip: GuardedZip, signal?: AbortSignal): AsyncGenerator<SheetSource> {
  await zip.verifyAll(FULL_READER_BYTES, signal);
  // loaded on first use: the fast path never needs it, and it is the slowest module to load
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, {
    ignoreNodes: ['dataValidations'],
  } as Partial<ExcelJS.XlsxReadOptions>);
  for (const sheet of workbook.worksheets) {
    yield { name: sheet.name, hidden: isHiddenSheet(sheet.state), lastRow: sheet.rowCount || null, ...loadedRows(sheet) };
  }
}
