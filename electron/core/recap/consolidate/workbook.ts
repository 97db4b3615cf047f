// The consolidated workbook: the kabupaten table (one row per OPD, every Ringkasan figure, the kabupaten's
// totals as SUM formulas with cached values), the OPDs that have not sent a recap, and the problems.
import ExcelJS from 'exceljs';
import { fillTemplate, ui } from '../../../shared/messages';
import { formatDateLong } from '../../../shared/format';
import type { PaperSize } from '../../documents/types';
import { addSheetRow, putText } from '../../text/sheetText';
import { columnLetter } from '../../spreadsheet/cells';
import { COUNT_FORMAT, fitColumns, printSetup, putIdentifier, styleHeader, tableView, wrapLongText } from '../workbook/layout';
import { furthestBehindFirst } from './order';
import type { Consolidation } from './types';

const c = ui.consolidation;

/** Row of the kabupaten table's header (title lines above it). */
export const TABLE_HEADER_ROW = 5;

interface FigureColumn {
  key: string;
  part: 'period' | 'cumulative';
  header: string;
}

export function figureColumns(k: Consolidation): FigureColumn[] {
  return k.keys.flatMap((key): FigureColumn[] => {
    const label = k.labels[key] ?? key;
    const cumulative: FigureColumn = { key, part: 'cumulative', header: label };
    return k.totals[key]?.period === null ? [cumulative] : [{ key, part: 'period', header: fillTemplate(c.periodSuffix, { label }) }, cumulative];
  });
}

function writeTable(ws: ExcelJS.Worksheet, k: Consolidation): void {
  const from = formatDateLong(k.period.from);
  const to = formatDateLong(k.period.to);
  putText(ws.getCell(1, 1), c.heading);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  putText(ws.getCell(2, 1), fillTemplate(c.periodLine, { from, to }));
  putText(ws.getCell(3, 1), fillTemplate(c.countsLine, { opds: k.opds.length, files: k.files, missing: k.missing.length, problems: k.problems.length }));
  const columns = figureColumns(k);
  const header = ws.getRow(TABLE_HEADER_ROW);
  [c.colNo, c.colOpd, ...columns.map((col) => col.header), c.colFile].forEach((text, i) => putText(header.getCell(i + 1), text));
  styleHeader(header);
  header.height = 75;
  const opds = furthestBehindFirst(k.opds);
  opds.forEach((o, i) => {
    const row = addSheetRow(ws, [i + 1, o.opdName, ...columns.map((col) => o.figures[col.key]?.[col.part] ?? null), o.file]);
    columns.forEach((_, j) => (row.getCell(j + 3).numFmt = COUNT_FORMAT));
  });
  const first = TABLE_HEADER_ROW + 1;
  const last = TABLE_HEADER_ROW + opds.length;
  const total = addSheetRow(ws, [null, c.total]);
  columns.forEach((col, j) => {
    const letter = columnLetter(j + 2);
    const cell = total.getCell(j + 3);
    cell.value = { formula: `SUM(${letter}${first}:${letter}${Math.max(first, last)})`, result: k.totals[col.key]?.[col.part] ?? 0 };
    cell.numFmt = COUNT_FORMAT;
  });
  total.font = { bold: true };
  total.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  tableView(ws, TABLE_HEADER_ROW, columns.length + 3, opds.length);
  ws.views = [{ state: 'frozen', ySplit: TABLE_HEADER_ROW, xSplit: 2 }];
  fitColumns(ws, TABLE_HEADER_ROW + 1, { min: 9, max: 40, fixed: { 1: 5 } });
  wrapLongText(ws, [[2, 36]], TABLE_HEADER_ROW + 1);
}

function writeMissing(ws: ExcelJS.Worksheet, k: Consolidation, haveList: boolean): void {
  styleHeader(addSheetRow(ws, [c.colNo, c.colOpd]));
  k.missing.forEach((o, i) => addSheetRow(ws, [i + 1, o.name]));
  if (k.missing.length === 0) addSheetRow(ws, [null, haveList ? c.noneMissing : c.noOpdList]);
  tableView(ws, 1, 2, k.missing.length);
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 70;
}

function writeProblems(ws: ExcelJS.Worksheet, k: Consolidation): void {
  styleHeader(addSheetRow(ws, [c.colNo, c.colFile, c.colProblem, c.colCode, c.colMessage, c.colNip]));
  k.problems.forEach((p, i) => {
    const row = addSheetRow(ws, [i + 1, p.file, c.codes[p.code], p.code, p.message, null]);
    putIdentifier(row.getCell(6), p.nip ?? null);
  });
  if (k.problems.length === 0) addSheetRow(ws, [null, c.noProblems]);
  tableView(ws, 1, 6, k.problems.length);
  fitColumns(ws, 1, { max: 40, fixed: { 1: 5, 5: 70, 6: 21 } });
  wrapLongText(ws, [[2, 36], [5, 70]]);
}

export async function consolidationWorkbook(k: Consolidation, opts: { paper: PaperSize; haveOpdList: boolean; now?: Date }): Promise<{ fileName: string; bytes: Buffer }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = ui.appName;
  wb.created = opts.now ?? new Date();
  const footer = fillTemplate(c.periodLine, { from: formatDateLong(k.period.from), to: formatDateLong(k.period.to) });
  const regency = k.opds.find((o) => o.regency)?.regency ?? '';
  const sheet = (name: string, titleRows: string) => {
    const ws = wb.addWorksheet(name);
    printSetup(ws, { paper: opts.paper, title: c.heading, opdName: regency, footer, titleRows });
    return ws;
  };
  writeTable(sheet(c.sheetTable, `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`), k);
  writeMissing(sheet(c.sheetMissing, '1:1'), k, opts.haveOpdList);
  writeProblems(sheet(c.sheetProblems, '1:1'), k);
  return { fileName: fillTemplate(c.fileName, { date: k.period.to }), bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}
