// The Unit Kerja sheet: active staff per unit and, with the pledge source, who must sign, who has, who has not
// and the coverage; totals as formulas (values cached), the coverage as a formula of its row.
import type ExcelJS from 'exceljs';
import { ui } from '../../../shared/messages';
import { addSheetRow } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { COUNT_FORMAT, fitColumns, PERCENT_FORMAT, styleHeader, tableView } from './layout';

const t = ui.recap;

export function writeUnits(ws: ExcelJS.Worksheet, f: RecapFigures): void {
  const pledges = f.pledges;
  styleHeader(addSheetRow(ws, [t.colNo, t.colUnit, t.colActive, ...(pledges ? [t.colTarget, t.colSigned, t.colNotSigned, t.colCoverage] : [])]));
  const names = [...new Set([...f.staff.units.map((u) => u.name), ...(pledges?.units.map((u) => u.name) ?? [])])];
  names.forEach((name, i) => {
    const active = f.staff.units.find((u) => u.name === name)?.active ?? 0;
    const p = pledges?.units.find((u) => u.name === name);
    const row = addSheetRow(ws, [i + 1, name ?? t.noUnit, active, ...(pledges ? [p?.target ?? 0, p?.signed ?? 0, (p?.target ?? 0) - (p?.signed ?? 0)] : [])]);
    const n = row.number;
    if (pledges) row.getCell(7).value = { formula: `IF(D${n}=0,0,E${n}/D${n})`, result: p && p.target > 0 ? p.signed / p.target : 0 };
    for (let c = 3; c <= 6; c++) row.getCell(c).numFmt = COUNT_FORMAT;
    row.getCell(7).numFmt = PERCENT_FORMAT;
  });
  const last = names.length + 1;
  const total = addSheetRow(ws, [null, t.total]);
  const n = total.number;
  const sums: [string, number][] = [['C', f.staff.active], ...(pledges ? [['D', pledges.target], ['E', pledges.signed.cumulative], ['F', pledges.notSigned]] as [string, number][] : [])];
  sums.forEach(([col, result], i) => {
    const cell = total.getCell(3 + i);
    cell.value = { formula: `SUM(${col}2:${col}${last})`, result };
    cell.numFmt = COUNT_FORMAT;
  });
  if (pledges) {
    total.getCell(7).value = { formula: `IF(D${n}=0,0,E${n}/D${n})`, result: pledges.target === 0 ? 0 : pledges.signed.cumulative / pledges.target };
    total.getCell(7).numFmt = PERCENT_FORMAT;
  }
  total.font = { bold: true };
  tableView(ws, 1, pledges ? 7 : 3, names.length);
  fitColumns(ws, 1, { fixed: { 1: 6 } });
}
