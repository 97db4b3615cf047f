// The consolidated workbook: the kabupaten table (one row per OPD, every Ringkasan figure, the kabupaten's
// totals as SUM formulas with cached values), the OPDs that have not sent a recap, and the problems.
import ExcelJS from 'exceljs';
import { fillTemplate, ui } from '../../../shared/messages';
import { formatDateLong } from '../../../shared/format';
import type { PaperSize } from '../../documents/types';
import { addSheetRow, putText } from '../../text/sheetText';
import { columnLetter } from '../../spreadsheet/cells';
import { PLEDGE_SIGNED_KEY, PLEDGE_TARGET_KEY } from '../summary';
import { COUNT_FORMAT, DATE_FORMAT, excelDate, fitColumns, PERCENT_FORMAT, printSetup, putIdentifier, styleHeader, tableView, wrapLongText } from '../workbook/layout';
import { coverageOf, furthestBehindFirst } from './order';
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
  // the pledge coverage beside the OPD's name, as a formula of the row's own figures
  const target = columns.findIndex((col) => col.key === PLEDGE_TARGET_KEY && col.part === 'cumulative');
  const signed = columns.findIndex((col) => col.key === PLEDGE_SIGNED_KEY && col.part === 'cumulative');
  const withCoverage = target >= 0 && signed >= 0;
  const first = TABLE_HEADER_ROW + 1;
  const coverageCell = (cell: ExcelJS.Cell, row: number, result: number | null) => {
    const [t, s] = [columnLetter(target + 3), columnLetter(signed + 3)];
    cell.value = { formula: `IF(${t}${row}=0,0,${s}${row}/${t}${row})`, result: result ?? 0 };
    cell.numFmt = PERCENT_FORMAT;
  };
  const offset = withCoverage ? 4 : 3;
  const header = ws.getRow(TABLE_HEADER_ROW);
  [c.colNo, c.colOpd, ...(withCoverage ? [c.colCoverage] : []), ...columns.map((col) => col.header), c.colFile].forEach((text, i) => putText(header.getCell(i + 1), text));
  styleHeader(header);
  header.height = 75;
  const opds = furthestBehindFirst(k.opds);
  opds.forEach((o, i) => {
    const row = addSheetRow(ws, [i + 1, o.opdName, ...(withCoverage ? [null] : []), ...columns.map((col) => o.figures[col.key]?.[col.part] ?? null), o.file]);
    columns.forEach((_, j) => (row.getCell(j + offset).numFmt = COUNT_FORMAT));
    if (withCoverage) coverageCell(row.getCell(3), row.number, coverageOf(o));
  });
  const last = TABLE_HEADER_ROW + opds.length;
  const total = addSheetRow(ws, [null, c.total]);
  if (withCoverage) {
    const t = k.totals[PLEDGE_TARGET_KEY]?.cumulative ?? 0;
    coverageCell(total.getCell(3), total.number, t === 0 ? 0 : (k.totals[PLEDGE_SIGNED_KEY]?.cumulative ?? 0) / t);
  }
  columns.forEach((col, j) => {
    const letter = columnLetter(j + offset - 1);
    const cell = total.getCell(j + offset);
    cell.value = { formula: `SUM(${letter}${first}:${letter}${Math.max(first, last)})`, result: k.totals[col.key]?.[col.part] ?? 0 };
    cell.numFmt = COUNT_FORMAT;
  });
  total.font = { bold: true };
  total.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  tableView(ws, TABLE_HEADER_ROW, columns.length + offset, opds.length);
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

function writeOpenFindings(ws: ExcelJS.Worksheet, k: Consolidation): void {
  styleHeader(addSheetRow(ws, [c.colNo, c.colOpd, c.colCaseNo, c.colViolation, c.colStage, c.colKnownDate, c.colAge]));
  const open = k.opds.flatMap((o) => o.openFindings.map((f) => ({ opd: o.opdName, ...f })))
    .sort((a, b) => b.ageDays - a.ageDays || a.opd.localeCompare(b.opd, 'id'));
  open.forEach((f, i) => {
    const row = addSheetRow(ws, [i + 1, f.opd, f.caseNo, f.violation, f.stage, f.knownDate ? excelDate(f.knownDate) : null, f.ageDays]);
    row.getCell(6).numFmt = DATE_FORMAT;
    row.getCell(7).numFmt = COUNT_FORMAT;
  });
  if (open.length === 0) addSheetRow(ws, [null, c.noOpenFindings]);
  tableView(ws, 1, 7, open.length);
  fitColumns(ws, 1, { max: 44, fixed: { 1: 5, 6: 19 } });
  wrapLongText(ws, [[2, 36], [4, 44]]);
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
  writeOpenFindings(sheet(c.sheetOpenFindings, '1:1'), k);
  writeProblems(sheet(c.sheetProblems, '1:1'), k);
  return { fileName: fillTemplate(c.fileName, { date: k.period.to }), bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}
