// The Pegawai sheet: every active person, by unit then name. NIP and NIK are text cells (all 18/16 digits);
// the consolidation reads the NIP column to find a person active in two OPDs. The biggest sheet by far, so it is
// written row by row into the streaming writer (writer.ts): the widths and row heights are measured from the
// values first (as fitColumns and wrapLongText would from the cells), and the data cells share one style object
// per column (sharedStyles).
import { ui } from '../../../shared/messages';
import { addSheetRow, putCell, sheetText, type SheetValue } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { columnStyles, DATE_FORMAT, excelDate, putIdentifier, rowHeight, setWidths, sharedStyles, styleHeader, tableSettings, valueWidth, wrappedLines } from './layout';
import type { RecapWriter, SheetSettings } from './writer';

const t = ui.recap;

/** The NIP column (1-based): the consolidation reads it. */
export const STAFF_NIP_COLUMN = 4;
const NIK_COLUMN = 5;
const SIGNED_ON_COLUMN = 11;
/** Unit, name and jabatan wrap, at most this wide. */
const WRAP: readonly (readonly [column: number, max: number])[] = [[2, 30], [3, 34], [8, 40]];

export const STAFF_COLUMNS = [t.colNo, t.colUnit, t.colName, t.colNip, t.colNik, t.colEmployment, t.colPositionType, t.colPosition, t.colRank];

/** With the pledge source: each person's status and the date they signed. */
const PLEDGE_COLUMNS = [t.colPledge, t.colSignedOn];

/** Each person's cells, texts already made sheet-safe (sheetText), so that their widths are the written ones. */
function staffValues(f: RecapFigures): SheetValue[][] {
  const pledges = f.pledges !== null;
  const text = (s: string | null) => (s === null ? null : sheetText(s));
  return f.staff.people.map((p, i) => [
    i + 1, text(p.unit ?? t.noUnit), text(p.name), p.nip, p.nik, ui.roster.employment[p.employment], ui.roster.positionType[p.positionType], text(p.position), text(p.rank),
    ...(pledges && p.pledge ? [t.pledgeStatus[p.pledge], p.signedOn ? excelDate(p.signedOn) : null] : []),
  ]);
}

export function writeStaff(writer: RecapWriter, print: SheetSettings, f: RecapFigures): void {
  const columns = [...STAFF_COLUMNS, ...(f.pledges !== null ? PLEDGE_COLUMNS : [])];
  const people = staffValues(f);
  const ws = writer.addSheet(t.sheetStaff, { ...print, ...tableSettings(1, columns.length, people.length) });
  const header = addSheetRow(ws, columns);
  styleHeader(header);
  columnStyles(ws, columns.length, { text: [STAFF_NIP_COLUMN, NIK_COLUMN], wrap: WRAP.map(([c]) => c) });

  const widths = columns.map((_, i) => valueWidth(header.getCell(i + 1).value));
  widths.unshift(0);
  for (const values of people) values.forEach((v, i) => { widths[i + 1] = Math.max(widths[i + 1] ?? 0, valueWidth(v)); });
  setWidths(ws, widths, { max: 48, fixed: { 1: 7, [STAFF_NIP_COLUMN]: 21, [NIK_COLUMN]: 19, [SIGNED_ON_COLUMN]: 19 } });
  const wrapWidths = WRAP.map(([col, max]) => {
    const column = ws.getColumn(col);
    column.width = Math.min(column.width ?? max, max);
    return [col - 1, column.width] as const;
  });
  header.commit();

  const styles = sharedStyles(ws, columns.length);
  const dated = { ...styles[SIGNED_ON_COLUMN], numFmt: DATE_FORMAT };
  for (const values of people) {
    const row = ws.addRow([]);
    let lines = 1;
    for (const [at, width] of wrapWidths) {
      const v = values[at];
      if (typeof v === 'string' && v) lines = Math.max(lines, wrappedLines(v, width));
    }
    if (lines > 1) row.height = rowHeight(lines);
    for (let c = 1; c <= values.length; c++) {
      const cell = row.getCell(c);
      const value = values[c - 1];
      cell.style = c === SIGNED_ON_COLUMN && value instanceof Date ? dated : styles[c]!;
      if (c === STAFF_NIP_COLUMN || c === NIK_COLUMN) putIdentifier(cell, value as string | null);
      else putCell(cell, value);
    }
    row.commit();
  }
  ws.commit();
}
