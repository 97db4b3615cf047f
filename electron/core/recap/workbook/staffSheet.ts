// The Pegawai sheet: every active person, by unit then name. NIP and NIK are text cells (all 18/16 digits);
// the consolidation reads the NIP column to find a person active in two OPDs. The biggest sheet by far: its data
// cells share one style object per column (sharedStyles) and the widths come from the values as they are put.
import type ExcelJS from 'exceljs';
import { ui } from '../../../shared/messages';
import { addSheetRow, putCell, type SheetValue } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { columnStyles, DATE_FORMAT, excelDate, putIdentifier, setWidths, sharedStyles, styleHeader, tableView, valueWidth, wrapLongText } from './layout';

const t = ui.recap;

/** The NIP column (1-based): the consolidation reads it. */
export const STAFF_NIP_COLUMN = 4;
const NIK_COLUMN = 5;
const SIGNED_ON_COLUMN = 11;

export const STAFF_COLUMNS = [t.colNo, t.colUnit, t.colName, t.colNip, t.colNik, t.colEmployment, t.colPositionType, t.colPosition, t.colRank];

/** With the pledge source: each person's status and the date they signed. */
const PLEDGE_COLUMNS = [t.colPledge, t.colSignedOn];

export function writeStaff(ws: ExcelJS.Worksheet, f: RecapFigures): void {
  const pledges = f.pledges !== null;
  const columns = [...STAFF_COLUMNS, ...(pledges ? PLEDGE_COLUMNS : [])];
  const header = addSheetRow(ws, columns);
  styleHeader(header);
  columnStyles(ws, columns.length, { text: [STAFF_NIP_COLUMN, NIK_COLUMN], wrap: [2, 3, 8] });
  const widths: number[] = [];
  header.eachCell((cell, col) => { widths[col] = valueWidth(cell.value); });
  const styles = sharedStyles(ws, columns.length);
  const dated = { ...styles[SIGNED_ON_COLUMN], numFmt: DATE_FORMAT };
  f.staff.people.forEach((p, i) => {
    const values: SheetValue[] = [
      i + 1, p.unit ?? t.noUnit, p.name, p.nip, p.nik, ui.roster.employment[p.employment], ui.roster.positionType[p.positionType], p.position, p.rank,
      ...(pledges && p.pledge ? [t.pledgeStatus[p.pledge], p.signedOn ? excelDate(p.signedOn) : null] : []),
    ];
    const row = ws.addRow([]);
    for (let c = 1; c <= values.length; c++) {
      const cell = row.getCell(c);
      const value = values[c - 1];
      cell.style = c === SIGNED_ON_COLUMN && value instanceof Date ? dated : styles[c]!;
      if (c === STAFF_NIP_COLUMN || c === NIK_COLUMN) putIdentifier(cell, value as string | null);
      else putCell(cell, value);
      widths[c] = Math.max(widths[c] ?? 0, valueWidth(cell.value));
    }
  });
  tableView(ws, 1, columns.length, f.staff.people.length);
  setWidths(ws, widths, { max: 48, fixed: { 1: 7, [STAFF_NIP_COLUMN]: 21, [NIK_COLUMN]: 19, [SIGNED_ON_COLUMN]: 19 } });
  wrapLongText(ws, [[2, 30], [3, 34], [8, 40]]);
}
