// The Pegawai sheet: every active person, by unit then name. NIP and NIK are text cells (all 18/16 digits);
// the consolidation reads the NIP column to find a person active in two OPDs.
import type ExcelJS from 'exceljs';
import { ui } from '../../../shared/messages';
import { addSheetRow } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { columnStyles, DATE_FORMAT, excelDate, fitColumns, putIdentifier, styleHeader, tableView, wrapLongText } from './layout';

const t = ui.recap;

/** The NIP column (1-based): the consolidation reads it. */
export const STAFF_NIP_COLUMN = 4;

export const STAFF_COLUMNS = [t.colNo, t.colUnit, t.colName, t.colNip, t.colNik, t.colEmployment, t.colPositionType, t.colPosition, t.colRank];

/** With the pledge source: each person's status and the date they signed. */
const PLEDGE_COLUMNS = [t.colPledge, t.colSignedOn];

export function writeStaff(ws: ExcelJS.Worksheet, f: RecapFigures): void {
  const pledges = f.pledges !== null;
  const columns = [...STAFF_COLUMNS, ...(pledges ? PLEDGE_COLUMNS : [])];
  styleHeader(addSheetRow(ws, columns));
  columnStyles(ws, columns.length, { text: [4, 5], wrap: [2, 3, 8] });
  f.staff.people.forEach((p, i) => {
    const row = addSheetRow(ws, [
      i + 1, p.unit ?? t.noUnit, p.name, null, null, ui.roster.employment[p.employment], ui.roster.positionType[p.positionType], p.position, p.rank,
      ...(pledges && p.pledge ? [t.pledgeStatus[p.pledge], p.signedOn ? excelDate(p.signedOn) : null] : []),
    ]);
    if (pledges && p.signedOn) row.getCell(11).numFmt = DATE_FORMAT;
    putIdentifier(row.getCell(STAFF_NIP_COLUMN), p.nip);
    putIdentifier(row.getCell(5), p.nik);
  });
  tableView(ws, 1, columns.length, f.staff.people.length);
  fitColumns(ws, 1, { max: 48, fixed: { 1: 7, 4: 21, 5: 19, 11: 19 } });
  wrapLongText(ws, [[2, 30], [3, 34], [8, 40]]);
}
