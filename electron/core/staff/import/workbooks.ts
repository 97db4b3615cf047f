// The spreadsheets the roster screen offers: the empty template, and the refused rows of an import (original
// cells plus the row number and reason) to fix and import again. Identifier columns are text, so Excel keeps
// all 18 digits of a NIP. Every text goes in through putText/addSheetRow (core/text/sheetText.ts): a cell from
// the user's file that starts with "=" comes back as the same text, never as a formula.
import ExcelJS from 'exceljs';
import type { RowRefusal } from './';
import { ui } from '../../../shared/messages';
import { addSheetRow, putText, TEXT_FORMAT } from '../../text/sheetText';

const TEXT = TEXT_FORMAT;

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** A workbook the app made, ready to be saved where the user chooses. */
export interface MadeFile {
  fileName: string;
  bytes: Buffer;
}

async function toBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = ui.appName;
  wb.created = new Date();
  return wb;
}

const t = ui.rosterFiles;

export const TEMPLATE_COLUMNS = [
  { header: t.colNo, width: 6 },
  { header: t.colName, width: 36 },
  { header: t.colNip, width: 24, text: true },
  { header: t.colRank, width: 26 },
  { header: t.colPosition, width: 34 },
  { header: t.colUnit, width: 28 },
  { header: t.colEmployment, width: 20 },
  { header: t.colGender, width: 6 },
] as const;

export async function rosterTemplate(): Promise<MadeFile> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(t.templateSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = TEMPLATE_COLUMNS.map((c) => ({ width: c.width, style: 'text' in c ? { numFmt: TEXT } : {} }));
  addSheetRow(ws, TEMPLATE_COLUMNS.map((c) => c.header));
  styleHeader(ws.getRow(1));
  // Lists for the two columns with a fixed vocabulary, on the first 2,000 rows.
  for (let r = 2; r <= 2001; r++) {
    ws.getCell(r, 7).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${t.employmentChoices}"`] };
    ws.getCell(r, 8).dataValidation = { type: 'list', allowBlank: true, formulae: ['"L,P"'] };
    ws.getCell(r, 3).numFmt = TEXT;
  }
  const help = wb.addWorksheet(t.helpSheet);
  help.getColumn(1).width = 110;
  t.helpLines.forEach((line, i) => {
    putText(help.getCell(i + 1, 1), line);
    if (i === 0) help.getCell(1, 1).font = { bold: true, size: 13 };
  });
  return { fileName: t.templateFile, bytes: await toBytes(wb) };
}

export async function refusedRowsWorkbook(refused: readonly RowRefusal[], sourceFile: string): Promise<MadeFile> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(t.refusedSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers: string[] = [];
  for (const r of refused) for (const h of Object.keys(r.raw)) if (!headers.includes(h)) headers.push(h);
  // rows from several sheets say which sheet each is on
  const bySheet = new Set(refused.map((r) => r.sheet)).size > 1;
  ws.columns = [
    ...(bySheet ? [{ width: 16 }] : []),
    { width: 8 },
    { width: 60 },
    ...headers.map((h) => ({ width: Math.min(40, Math.max(12, h.length + 4)), style: { numFmt: TEXT } })),
  ];
  // the headers are the user's file's own: text like any other cell of it
  addSheetRow(ws, [...(bySheet ? [t.colSheet] : []), t.colRow, t.colReason, ...headers]);
  styleHeader(ws.getRow(1));
  for (const r of refused) {
    const row = addSheetRow(ws, [...(bySheet ? [r.sheet] : []), r.row, r.message, ...headers.map((h) => r.raw[h] ?? null)]);
    row.getCell(bySheet ? 3 : 2).alignment = { wrapText: true, vertical: 'top' };
  }
  const base = sourceFile.replace(/\.[^.]+$/, '');
  return { fileName: `${base} - ${t.refusedSuffix}.xlsx`, bytes: await toBytes(wb) };
}
