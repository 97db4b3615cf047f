// The daftar hadir as an editable Word file, for offices that adjust it before printing: the same kop, lines and
// table as the PDF — the signature column split (odd numbers left, even right), the header row repeated on
// every page, rows that do not split — and the same closing block.
import {
  AlignmentType, BorderStyle, Document, Footer, HeightRule, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType,
  TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { ui } from '../../../shared/messages';
import { FONT, letterheadParts } from '../docx/letterhead';
import { MARGINS, PAPER } from '../paper';
import type { AttendanceSheet, ClosingBlock, SheetRow, SheetSection } from './sheet';
import { detailLines as sheetDetailLines } from './sheet';
import { columnWidths } from './pdf';

/** points → twips */
const tw = (pt: number) => Math.round(pt * 20);
const TABLE_SIZE = 16; // half-points: 8 pt, as in the PDF
const BODY_SIZE = 22;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NIL = { style: BorderStyle.NIL, size: 0, color: 'FFFFFF' } as const;
const HEADER_FILL = 'E6E6E6';
const CELL_MARGIN = { top: 50, bottom: 50, left: 60, right: 60 };

function para(text: string, opts: { size?: number; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; underline?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.align,
    children: [new TextRun({ text, size: opts.size ?? TABLE_SIZE, bold: opts.bold, font: FONT, underline: opts.underline ? {} : undefined })],
  });
}

function cell(text: string, width: number, opts: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; fill?: boolean; span?: number; size?: number; borders?: Record<string, typeof LINE | typeof NIL> } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGIN,
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.TOP,
    shading: opts.fill ? { fill: HEADER_FILL } : undefined,
    borders: opts.borders,
    children: [para(text, { bold: opts.bold, align: opts.align, size: opts.size })],
  });
}

function headerRow(w: number[]): TableRow {
  const h = ui.documents.columns;
  const head = (text: string, i: number, span?: number) => cell(text, span ? w[i]! + w[i + 1]! : w[i]!, { bold: true, align: AlignmentType.CENTER, fill: true, span });
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [head(h.no, 0), head(h.name, 1), head(h.nip, 2), head(h.rank, 3), head(h.position, 4), head(h.unit, 5), head(h.signature, 6, 2)],
  });
}

function sectionRow(heading: string, total: number): TableRow {
  return new TableRow({ tableHeader: true, cantSplit: true, children: [cell(heading, total, { bold: true, fill: true, span: 8 })] });
}

function bodyRow(r: SheetRow, w: number[], keepNext = false): TableRow {
  const odd = r.no % 2 === 1;
  const mark = `${r.no}.`;
  return new TableRow({
    cantSplit: true,
    keepNext,
    height: { value: tw(26), rule: HeightRule.ATLEAST },
    children: [
      cell(String(r.no), w[0]!, { align: AlignmentType.CENTER }),
      cell(r.name, w[1]!),
      cell(r.nip, w[2]!),
      cell(r.rank, w[3]!),
      cell(r.position, w[4]!),
      cell(r.unit, w[5]!),
      cell(odd ? mark : '', w[6]!, { size: 14, borders: { top: LINE, bottom: LINE, left: LINE, right: NIL } }),
      cell(odd ? '' : mark, w[7]!, { size: 14, borders: { top: LINE, bottom: LINE, left: NIL, right: LINE } }),
    ],
  });
}

/** `keepTail`: the last two rows kept on the page of the closing block that follows them */
function sectionTable(section: SheetSection, w: number[], extra: SheetRow[], keepTail: boolean): Table {
  const total = w.reduce((a, b) => a + b, 0);
  const all = [...section.rows, ...extra];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      ...(section.heading ? [sectionRow(section.heading, total)] : []),
      headerRow(w),
      ...all.map((r, i) => bodyRow(r, w, keepTail && i >= all.length - 2)),
    ],
  });
}

function detailLines(sheet: AttendanceSheet, width: number): Table {
  const none = { top: NIL, bottom: NIL, left: NIL, right: NIL, insideHorizontal: NIL, insideVertical: NIL };
  const cols = [tw(86), tw(10), width - tw(96)];
  const lines = sheetDetailLines(sheet);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: none,
    rows: lines.map(([label, value]) => new TableRow({
      children: [label, ':', value ?? ui.documents.blankLong].map((text, i) => new TableCell({ width: { size: cols[i]!, type: WidthType.DXA }, borders: none, children: [para(text, { size: BODY_SIZE })] })),
    })),
  });
}

export function closingParagraphs(c: ClosingBlock, indent: number, heading?: string): Paragraph[] {
  const line = (text: string, opts: { bold?: boolean; underline?: boolean; keep?: boolean; before?: number } = {}) => new Paragraph({
    indent: { left: indent },
    keepNext: opts.keep ?? true,
    keepLines: true,
    spacing: opts.before ? { before: opts.before } : undefined,
    children: [new TextRun({ text, size: BODY_SIZE, font: FONT, bold: opts.bold, underline: opts.underline ? {} : undefined })],
  });
  return [
    line(c.placeDate, { before: 320 }),
    ...(heading ? [line(heading)] : []),
    ...(c.position ? [line(c.position)] : []),
    line(c.name || ui.documents.blankLong, { bold: true, underline: Boolean(c.name), before: 1100 }),
    ...(c.rank ? [line(c.rank)] : []),
    ...(c.nip ? [line(c.nip, { keep: false })] : []),
  ];
}

export function pageProperties(sheet: Pick<AttendanceSheet, 'paper'>) {
  const paper = PAPER[sheet.paper];
  return {
    page: {
      size: { width: tw(paper.width), height: tw(paper.height) },
      margin: { left: tw(MARGINS[0]), top: tw(MARGINS[1]), right: tw(MARGINS[2]), bottom: tw(MARGINS[3]), footer: tw(22) },
    },
  };
}

export function pageNumberFooter(): Footer {
  const [before, after] = ui.documents.pageOf.split('{page}') as [string, string];
  const [between, rest] = after.split('{pages}') as [string, string];
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new TextRun({ text: before, size: 16, font: FONT }),
        new TextRun({ children: [PageNumber.CURRENT], size: 16, font: FONT }),
        new TextRun({ text: between, size: 16, font: FONT }),
        new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, font: FONT }),
        new TextRun({ text: rest, size: 16, font: FONT }),
      ],
    })],
  });
}

export async function attendanceSheetDocx(sheet: AttendanceSheet): Promise<Buffer> {
  const paper = PAPER[sheet.paper];
  const widthPt = paper.width - MARGINS[0] - MARGINS[2];
  const width = tw(widthPt);
  // the PDF's column widths plus its cell padding, in twips; the last column takes the rounding
  const w = columnWidths(widthPt).map((c) => tw(c + 6));
  w[w.length - 1]! += width - w.reduce((a, b) => a + b, 0);
  const lastNo = sheet.sections.reduce((n, s) => n + s.rows.length, 0);
  const blanks: SheetRow[] = Array.from({ length: sheet.blankRows }, (_, i) => ({ no: lastNo + i + 1, staffId: 0, name: '', nip: '', rank: '', position: '', unit: '' }));
  const last = sheet.sections.length - 1;
  const body: (Paragraph | Table)[] = [
    ...letterheadParts(sheet.letterhead, width),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 200 }, children: [new TextRun({ text: sheet.title, bold: true, size: 24, font: FONT })] }),
    detailLines(sheet, width),
    new Paragraph({ children: [] }),
  ];
  sheet.sections.forEach((s, i) => {
    if (i > 0) body.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    body.push(sectionTable(s, w, i === last ? blanks : [], i === last));
  });
  body.push(...closingParagraphs(sheet.closing, Math.round(width * 0.55)));
  const doc = new Document({
    creator: 'Satgas Netralitas ASN',
    title: sheet.title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [{ properties: pageProperties(sheet), footers: { default: pageNumberFooter() }, children: body }],
  });
  return Packer.toBuffer(doc);
}
