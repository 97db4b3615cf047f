// The daftar hadir as a PDF (DOMAIN.md "Printed documents"): the kop on the first page, the title, Hari/Tanggal,
// Waktu, Tempat, Kegiatan; the table NO | NAMA | NIP | PANGKAT/GOL | JABATAN | UNIT KERJA | TANDA TANGAN whose
// signature column is split in two — odd row numbers in the left half, even ones in the right, so neighbours do
// not sign over each other — with its header on every page and no row split across pages; the closing block;
// "Halaman x dari y" on every page.
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ui } from '../../../shared/messages';
import { contentWidth } from '../paper';
import { labelledLines, signaturePart, titlePart } from '../pdf/blocks';
import { letterheadPart } from '../pdf/letterhead';
import { pageSetup } from '../pdf/page';
import type { PdfOptions } from '../pdf';
import { renderPdf } from '../pdf';
import type { AttendanceSheet, SheetRow, SheetSection } from './sheet';
import { detailLines } from './sheet';

const TABLE_SIZE = 8;
const PAD_X = 3;
const PAD_Y = 3;
const LINE = 0.6;
/** room for a signature: a row is never lower than this */
const ROW_MIN = 26;
const HEADER_FILL = '#E6E6E6';

/** Fixed columns in points; NAMA takes the rest of the width. Eight columns: the signature column is two. */
const FIXED = { no: 18, nip: 66, rank: 62, position: 88, unit: 62, sign: 38 } as const;

export function columnWidths(width: number): number[] {
  const fixed = FIXED.no + FIXED.nip + FIXED.rank + FIXED.position + FIXED.unit + 2 * FIXED.sign;
  const name = width - fixed - 8 * 2 * PAD_X - 9 * LINE;
  return [FIXED.no, name, FIXED.nip, FIXED.rank, FIXED.position, FIXED.unit, FIXED.sign, FIXED.sign];
}

function headerRow(): TableCell[] {
  const h = ui.documents.columns;
  const cell = (text: string, colSpan?: number): TableCell => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL, ...(colSpan ? { colSpan } : {}) });
  return [cell(h.no), cell(h.name), cell(h.nip), cell(h.rank), cell(h.position), cell(h.unit), cell(h.signature, 2), {}];
}

function sectionRow(heading: string): TableCell[] {
  return [{ text: heading, bold: true, colSpan: 8, fillColor: HEADER_FILL, margin: [2, 1, 0, 1] }, {}, {}, {}, {}, {}, {}, {}];
}

/** "Penata Tk. I (III/d)": the golongan in brackets never broken over two lines. */
function rankCell(rank: string): TableCell {
  const m = /^(.*\S)\s+(\([^()]+\))$/.exec(rank);
  return m ? { text: [`${m[1]} `, { text: m[2]!, noWrap: true }] } : rank;
}

/** The row number sits in the left half of the signature column for odd rows, in the right half for even ones. */
function bodyRow(r: SheetRow): TableCell[] {
  const odd = r.no % 2 === 1;
  const mark = `${r.no}.`;
  return [
    { text: String(r.no), alignment: 'center' },
    r.name,
    r.nip,
    rankCell(r.rank),
    r.position,
    r.unit,
    { text: odd ? mark : '', fontSize: 7, border: [true, true, false, true] },
    { text: odd ? '' : mark, fontSize: 7, border: [false, true, true, true] },
  ];
}

function blankRow(no: number): TableCell[] {
  return bodyRow({ no, staffId: 0, name: '', nip: '', rank: '', position: '', unit: '' });
}

interface TableParts {
  head: TableCell[][];
  rows: TableCell[][];
}

/** `repeatHeader` false: the header is an ordinary first row (a table kept whole on one page; pdfmake does not
 * draw header rows inside a block kept whole). */
function table(parts: TableParts, widths: number[], pageBreak: boolean, repeatHeader = true): ContentTable {
  return {
    table: {
      headerRows: repeatHeader ? parts.head.length : 0,
      dontBreakRows: true,
      widths,
      heights: (row: number) => (row < parts.head.length ? 'auto' : ROW_MIN),
      body: [...parts.head, ...parts.rows],
    },
    layout: {
      hLineWidth: () => LINE,
      vLineWidth: () => LINE,
      paddingLeft: () => PAD_X,
      paddingRight: () => PAD_X,
      paddingTop: () => PAD_Y,
      paddingBottom: () => PAD_Y,
    },
    fontSize: TABLE_SIZE,
    ...(pageBreak ? { pageBreak: 'before' as const } : {}),
  };
}

export interface LayoutChoice {
  /** the last rows of the sheet printed in one block with the closing, under their own header row */
  tailRows: number;
}

export function attendanceSheetDefinition(sheet: AttendanceSheet, choice: LayoutChoice = { tailRows: 0 }): TDocumentDefinitions {
  const width = contentWidth(sheet.paper);
  const widths = columnWidths(width);
  const lastNo = sheet.sections.reduce((n, s) => n + s.rows.length, 0);
  const blanks = Array.from({ length: sheet.blankRows }, (_, i) => blankRow(lastNo + i + 1));
  const parts: TableParts[] = sheet.sections.map((s: SheetSection, i) => ({
    head: s.heading ? [sectionRow(s.heading), headerRow()] : [headerRow()],
    rows: [...s.rows.map(bodyRow), ...(i === sheet.sections.length - 1 ? blanks : [])],
  }));
  const last = parts[parts.length - 1]!;
  const tail = Math.min(choice.tailRows, last.rows.length);
  // fresh header cells: pdfmake writes into the cells it lays out, so no cell object may appear twice
  const lastSection = sheet.sections[sheet.sections.length - 1]!;
  const tailParts: TableParts = { head: lastSection.heading ? [sectionRow(lastSection.heading), headerRow()] : [headerRow()], rows: last.rows.slice(last.rows.length - tail) };
  last.rows = last.rows.slice(0, last.rows.length - tail);
  const tables: Content[] = parts.filter((p) => p.rows.length > 0).map((p, i) => table(p, widths, i > 0));
  const tailOnNewPage = parts.length > 1 && last.rows.length === 0;
  const closing = signaturePart(sheet.closing);
  return {
    ...pageSetup(sheet.paper, true),
    defaultStyle: { fontSize: 11, lineHeight: 1.05 },
    content: [
      letterheadPart(sheet.letterhead, width),
      titlePart(sheet.title),
      labelledLines(detailLines(sheet)),
      ...tables,
      tail > 0 ? { unbreakable: true, stack: [table(tailParts, widths, false, false), closing], ...(tailOnNewPage ? { pageBreak: 'before' as const } : {}) } : closing,
    ],
  };
}

/** The last page a laid-out table reaches (pdfmake writes the positions of its lines into the description). */
function lastPage(node: Content | undefined): number {
  const positions = (node as { positions?: { pageNumber: number }[] } | undefined)?.positions ?? [];
  return positions.reduce((max, p) => Math.max(max, p.pageNumber), 0);
}

/**
 * The closing block is kept whole; when it does not fit under the last row it would stand alone on a page
 * with no table — no header, nothing to sign beside. Then the sheet is laid out again with the last two rows
 * moved down with it, under their own header row. (The closing's own positions cannot tell: pdfmake records
 * those of a block kept whole before moving it, so the page count from the footer decides.)
 */
export async function attendanceSheetPdf(sheet: AttendanceSheet, options: PdfOptions = {}): Promise<Buffer> {
  const def = attendanceSheetDefinition(sheet);
  const footer = def.footer as (page: number, pages: number, size: unknown) => Content;
  let pages = 0;
  def.footer = (page: number, count: number, size: unknown) => {
    pages = count;
    return footer(page, count, size);
  };
  const bytes = await renderPdf(def, { title: sheet.title, ...options });
  const content = def.content as Content[];
  if (pages <= lastPage(content[content.length - 2])) return bytes;
  return renderPdf(attendanceSheetDefinition(sheet, { tailRows: 2 }), { title: sheet.title, ...options });
}
