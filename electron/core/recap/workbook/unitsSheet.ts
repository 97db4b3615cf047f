// The Unit Kerja sheet: active staff per unit, with the total as a formula (value cached).
import type ExcelJS from 'exceljs';
import { ui } from '../../../shared/messages';
import { addSheetRow } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { COUNT_FORMAT, fitColumns, styleHeader, tableView } from './layout';

const t = ui.recap;

export function writeUnits(ws: ExcelJS.Worksheet, f: RecapFigures): void {
  styleHeader(addSheetRow(ws, [t.colNo, t.colUnit, t.colActive]));
  f.staff.units.forEach((u, i) => {
    const row = addSheetRow(ws, [i + 1, u.name ?? t.noUnit, u.active]);
    row.getCell(3).numFmt = COUNT_FORMAT;
  });
  const last = f.staff.units.length + 1;
  const total = addSheetRow(ws, [null, t.total]);
  total.getCell(3).value = { formula: `SUM(C2:C${last})`, result: f.staff.active };
  total.getCell(3).numFmt = COUNT_FORMAT;
  total.font = { bold: true };
  tableView(ws, 1, 3, f.staff.units.length);
  fitColumns(ws, 1, { fixed: { 1: 6 } });
}
