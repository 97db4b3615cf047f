// What every sheet of the recap (and of the consolidation) shares: the table header's look, text identifiers,
// real dates shown the Indonesian way, widths that fit, and the print setup (A4 or F4/Folio, landscape, one page
// wide, the header rows repeated, the OPD in the page header, page numbers in the footer).
import type ExcelJS from 'exceljs';
import type { PaperSize } from '../../documents/types';
import { PAPER_SIZE } from '../../staff/export/rosterWorkbook';
import { putText, TEXT_FORMAT } from '../../text/sheetText';
import { ui } from '../../../shared/messages';

/** A date as Excel shows it in Indonesian: "23 September 2024" (LCID 0x0421). */
export const DATE_FORMAT = '[$-421]d mmmm yyyy';
export const COUNT_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.0%';

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** A stored `YYYY-MM-DD` as an Excel date (UTC midnight, as Excel's serials are read). */
export function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** A NIP or NIK: always a text cell, every digit kept, never "number stored as text" guessed at. */
export function putIdentifier(cell: ExcelJS.Cell, digits: string | null): void {
  putText(cell, digits);
  // a column styled as Text (columnStyles) already gave the cell its format; the style may be shared (sharedStyles)
  if (cell.numFmt !== TEXT_FORMAT) cell.style = { ...cell.style, numFmt: TEXT_FORMAT };
}

/**
 * For big tables: one style object per column (a copy of the column's style, columnStyles), to give every data
 * cell of that column. exceljs's writer knows a style object it has filed already by its identity; a style per
 * cell is filed cell by cell (most of a big workbook's writing time). A cell whose style must differ gets its
 * own object, never a change to the shared one (putText and putIdentifier do so).
 */
export function sharedStyles(ws: ExcelJS.Worksheet, count: number): Partial<ExcelJS.Style>[] {
  const styles: Partial<ExcelJS.Style>[] = [];
  for (let c = 1; c <= count; c++) styles[c] = { ...ws.getColumn(c).style };
  return styles;
}

/**
 * Styles set on whole columns before the data rows are added, so that every new cell takes them without a style
 * of its own (thousands of per-cell styles are most of a big workbook's writing time): Text columns (NIP, NIK),
 * and every column aligned to the top, the long-text ones wrapping.
 */
export function columnStyles(ws: ExcelJS.Worksheet, count: number, opts: { text?: readonly number[]; wrap?: readonly number[] }): void {
  for (let c = 1; c <= count; c++) {
    const column = ws.getColumn(c);
    column.alignment = { vertical: 'top', ...(opts.wrap?.includes(c) ? { wrapText: true } : {}) };
    if (opts.text?.includes(c)) column.numFmt = TEXT_FORMAT;
  }
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEAD_FILL;
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  });
}

/** A table whose header is row `headerRow`: frozen below it, filtered over `columns`, `rows` data rows long. */
export function tableSettings(headerRow: number, columns: number, rows: number): { views: Partial<ExcelJS.WorksheetView>[]; autoFilter: ExcelJS.AutoFilter } {
  return {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    autoFilter: { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(rows, 0), column: columns } },
  };
}

/** tableSettings() applied to a sheet built whole. */
export function tableView(ws: ExcelJS.Worksheet, headerRow: number, columns: number, rows: number): void {
  const t = tableSettings(headerRow, columns, rows);
  ws.views = t.views;
  ws.autoFilter = t.autoFilter;
}

/** How wide a value is for fitColumns: its longest line; a number and a cached formula result two more, a date 18. */
export function valueWidth(v: ExcelJS.CellValue | undefined): number {
  return v instanceof Date ? 18
    : typeof v === 'number' ? String(v).length + 2
    : typeof v === 'string' ? longestLine(v)
    : v && typeof v === 'object' && 'result' in v ? String(v.result ?? '').length + 2 : 0;
}

function longestLine(text: string): number {
  if (!text.includes('\n')) return text.length;
  return Math.max(...text.split('\n').map((l) => l.length));
}

export interface FitLimits { min?: number; max?: number; fixed?: Record<number, number> }

/** Sets column widths from `widths[column]` (the widest value each holds), between `min` and `max`. */
export function setWidths(ws: ExcelJS.Worksheet, widths: readonly (number | undefined)[], limits: FitLimits = {}): void {
  const min = limits.min ?? 6;
  const max = limits.max ?? 60;
  for (let col = 1; col < widths.length; col++) {
    ws.getColumn(col).width = limits.fixed?.[col] ?? Math.min(max, Math.max(min, (widths[col] ?? 0) + 2));
  }
}

/** Column widths from the longest text each column holds (from `fromRow`), between `min` and `max`. */
export function fitColumns(ws: ExcelJS.Worksheet, fromRow: number, limits: FitLimits = {}): void {
  const widths: number[] = [];
  ws.eachRow((row, n) => {
    if (n < fromRow) return;
    row.eachCell((cell, col) => {
      widths[col] = Math.max(widths[col] ?? 0, valueWidth(cell.value));
    });
  });
  setWidths(ws, widths, limits);
}

/** The lines a wrapped text takes in a column `width` wide (a proportional font fits ~1.2 characters a unit). */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((sum, l) => sum + Math.max(1, Math.ceil((l.length * 0.85) / (width - 1))), 0);
}

/** The height of a row whose tallest wrapped cell takes `lines` lines. */
export const rowHeight = (lines: number): number => 14.5 * lines;

/**
 * Long text (unit names, jabatan) wraps inside its column, at most `max` characters wide, rather than run under
 * the next one; each data row gets the height its longest wrapped cell needs (a proportional font fits ~1.2 characters a width unit) (neither Excel nor LibreOffice
 * fits the height of a row it did not write itself).
 */
export function wrapLongText(ws: ExcelJS.Worksheet, columns: readonly (readonly [column: number, max: number])[], fromRow = 2): void {
  for (const [col, max] of columns) {
    const column = ws.getColumn(col);
    column.width = Math.min(column.width ?? max, max);
  }
  ws.eachRow((row, n) => {
    if (n < fromRow) return;
    let lines = 1;
    for (const [col] of columns) {
      const cell = row.getCell(col);
      const text = typeof cell.value === 'string' ? cell.value : '';
      if (!text) continue;
      if (!cell.alignment?.wrapText) cell.style = { ...cell.style, alignment: { wrapText: true, vertical: 'top' } };
      lines = Math.max(lines, wrappedLines(text, ws.getColumn(col).width ?? 10));
    }
    if (lines === 1) return;
    row.height = rowHeight(lines);
    row.eachCell((cell) => {
      if (cell.alignment?.vertical !== 'top') cell.style = { ...cell.style, alignment: { ...cell.alignment, vertical: 'top' } };
    });
  });
}

function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

export interface PrintSetup {
  paper: PaperSize;
  /** the rows repeated at the top of every printed page, e.g. "1:1" */
  titleRows?: string;
  /** printed in the page header: the title and the OPD */
  title: string;
  opdName: string;
  /** printed at the bottom left: what the file is */
  footer: string;
  portrait?: boolean;
}

export function printSettings(p: PrintSetup): { pageSetup: Partial<ExcelJS.PageSetup>; headerFooter: Partial<ExcelJS.HeaderFooter> } {
  return {
    pageSetup: {
      paperSize: PAPER_SIZE[p.paper] as ExcelJS.PaperSize,
      orientation: p.portrait ? 'portrait' : 'landscape',
      fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
    },
    headerFooter: {
      oddHeader: `&C&"Arial,Bold"&11${headerText(p.title)}\n&"Arial,Regular"&10${headerText(p.opdName.toUpperCase())}`,
      oddFooter: `&L&8${headerText(p.footer)}&R&8${ui.recap.page}`,
    },
  };
}

export function printSetup(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  const s = printSettings(p);
  ws.pageSetup = s.pageSetup;
  ws.headerFooter = s.headerFooter;
}
