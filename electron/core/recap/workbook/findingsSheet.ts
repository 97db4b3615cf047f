// The Temuan sheet: every finding with its act date up to the period's end, newest first — number, dates, the
// violation, the reported person's position type, phase, stage, whether it is still open and its age. The
// reported person's name and NIP/NIK only when the user includes identities (privacy by default).
import type ExcelJS from 'exceljs';
import { ui } from '../../../shared/messages';
import { addSheetRow } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { COUNT_FORMAT, DATE_FORMAT, excelDate, fitColumns, putIdentifier, styleHeader, tableView, wrapLongText } from './layout';

const t = ui.recap;

export const FINDING_COLUMNS = [t.colNo, t.colCaseNo, t.colKnownDate, t.colActDate, t.colViolation, t.colPositionType, t.colPhase, t.colStage, t.colOpen, t.colAge];

export function writeFindings(ws: ExcelJS.Worksheet, f: RecapFigures, includeIdentities: boolean): void {
  const columns = [...FINDING_COLUMNS, ...(includeIdentities ? [t.colReportedName, t.colReportedNip] : [])];
  styleHeader(addSheetRow(ws, columns));
  f.findings.cases.forEach((c, i) => {
    const row = addSheetRow(ws, [
      i + 1, c.id, excelDate(c.knownDate), excelDate(c.actDate), `${c.violationCode}. ${c.violationAct}`, ui.roster.positionType[c.positionType],
      c.phase ? ui.elections.phases[c.phase] : t.phaseNone, ui.findings.stages[c.stage], c.closed ? t.no : t.yes, c.ageDays,
      ...(includeIdentities ? [c.name] : []),
    ]);
    row.getCell(3).numFmt = row.getCell(4).numFmt = DATE_FORMAT;
    row.getCell(10).numFmt = COUNT_FORMAT;
    if (includeIdentities) putIdentifier(row.getCell(12), c.nip ?? c.nik);
  });
  if (f.findings.cases.length === 0) addSheetRow(ws, [null, t.noFindings]);
  tableView(ws, 1, columns.length, f.findings.cases.length);
  fitColumns(ws, 1, { max: 44, fixed: { 1: 6, 3: 19, 4: 19, 12: 21 } });
  wrapLongText(ws, [[5, 44]]);
}
