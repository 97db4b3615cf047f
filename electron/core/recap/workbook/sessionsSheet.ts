// The Sosialisasi sheet: every session dated up to the period's end, with its real date, phase, status,
// audience and (with the pledge source: the tick-off) who came and who signed; "Dalam periode" says which fall in the period.
import type ExcelJS from 'exceljs';
import { ui } from '../../../shared/messages';
import { addSheetRow } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { COUNT_FORMAT, DATE_FORMAT, excelDate, fitColumns, styleHeader, tableView } from './layout';

const t = ui.recap;

export function writeSessions(ws: ExcelJS.Worksheet, f: RecapFigures): void {
  const attendance = f.pledges !== null;
  const columns = [t.colNo, t.colDate, t.colTime, t.colPlace, t.colTopic, t.colPhase, t.colStatus, t.colInPeriod, t.colInvited, ...(attendance ? [t.colAttended, t.colSignedAtSession] : [])];
  styleHeader(addSheetRow(ws, columns));
  f.sessions.list.forEach((s, i) => {
    const row = addSheetRow(ws, [
      i + 1, excelDate(s.date), s.startTime, s.place, s.topic, s.phase ? ui.elections.phases[s.phase] : t.phaseUnknown,
      ui.sessions.statuses[s.status], s.inPeriod ? t.yes : t.no, s.invited, ...(attendance ? [s.attended ?? 0, s.signed ?? 0] : []),
    ]);
    row.getCell(2).numFmt = DATE_FORMAT;
    for (let c = 9; c <= columns.length; c++) row.getCell(c).numFmt = COUNT_FORMAT;
  });
  tableView(ws, 1, columns.length, f.sessions.list.length);
  fitColumns(ws, 1, { max: 50, fixed: { 1: 6, 2: 20 } });
}
