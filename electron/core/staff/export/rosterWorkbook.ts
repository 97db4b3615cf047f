// The roster as an Excel workbook, as the screen shows it: the rows in the screen's order (its search, filters
// and sort), the columns it shows. Made for Excel users: NIP/NIK as text (all 18 digits kept), a frozen header
// with an autofilter, dates as date cells, and a print setup (A4 or F4/Folio, landscape, one page wide, the
// header repeated on every page, page numbers).
import ExcelJS from 'exceljs';
import type { Staff } from '../types';
import type { EXPORT_COLUMNS } from '../schema';
import { fillTemplate, ui } from '../../../shared/messages';
import type { SheetValue } from '../../text/sheetText';
import { addSheetRow } from '../../text/sheetText';

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type Paper = 'A4' | 'F4';

/** xlsx page setup codes: 9 = A4, 14 = Folio 8.5×13 in (F4). exceljs's enum lacks 14. */
export const PAPER_SIZE: Record<Paper, number> = { A4: 9, F4: 14 };

const r = ui.roster;

interface ColumnSpec {
  header: string;
  width: number;
  value: (s: Staff) => SheetValue;
  text?: boolean;
  date?: boolean;
}

function statusText(s: Staff): string {
  if (s.status === 'ACTIVE') return r.statusActive;
  const reason = s.leftReason ? r.leftReason[s.leftReason] : null;
  const when = s.leftDate ? ` (${s.leftDate.split('-').reverse().join('/')})` : '';
  return `${reason ? fillTemplate(r.statusLeftReason, { reason }) : r.statusLeft}${when}`;
}

const COLUMNS: Record<ExportColumn, ColumnSpec> = {
  name: { header: r.colName, width: 38, value: (s) => s.name },
  identifier: { header: r.colIdentifier, width: 22, value: (s) => s.nip ?? s.nik ?? '', text: true },
  rank: { header: r.colRank, width: 14, value: (s) => s.rank ?? '' },
  position: { header: r.colPosition, width: 40, value: (s) => s.position ?? '' },
  positionType: { header: r.colPositionType, width: 20, value: (s) => r.positionType[s.positionType] },
  unit: { header: r.colUnit, width: 34, value: (s) => s.unitName ?? '' },
  employment: { header: r.colEmployment, width: 18, value: (s) => r.employment[s.employment] },
  status: { header: r.colStatus, width: 22, value: statusText },
  gender: { header: r.colGender, width: 6, value: (s) => s.gender ?? '' },
  birthDate: {
    header: r.form.birthDate, width: 13, date: true,
    value: (s) => {
      const m = s.birthDate && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.birthDate);
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    },
  },
  birthPlace: { header: r.form.birthPlace, width: 18, value: (s) => s.birthPlace ?? '' },
};

export interface RosterExport {
  staff: readonly Staff[];
  columns: readonly ExportColumn[];
  paper: Paper;
  /** printed in the page header: the OPD's name */
  opdName: string;
  filterNote: string;
  now?: Date;
}

export async function rosterWorkbook(input: RosterExport): Promise<{ fileName: string; bytes: Buffer }> {
  const now = input.now ?? new Date();
  const wb = new ExcelJS.Workbook();
  wb.creator = ui.appName;
  wb.created = now;
  const specs = input.columns.map((c) => COLUMNS[c]);
  const ws = wb.addWorksheet(ui.rosterFiles.exportSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = [
    { header: ui.rosterFiles.colNo, width: 6 },
    ...specs.map((c) => ({ header: c.header, width: c.width, style: c.text ? { numFmt: '@' } : c.date ? { numFmt: 'dd/mm/yyyy' } : {} })),
  ];
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  input.staff.forEach((s, i) => {
    // every user text through sheetText.ts: a name like "=HYPERLINK(…)" stays inert text
    const row = addSheetRow(ws, [i + 1, ...specs.map((c) => c.value(s))]);
    specs.forEach((c, j) => {
      // a text cell: Excel keeps every digit and shows no "number stored as text" guess
      if (c.text) row.getCell(j + 2).numFmt = '@';
      if (c.date) row.getCell(j + 2).numFmt = 'dd/mm/yyyy';
    });
  });
  const last = ws.getRow(1).cellCount;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, input.staff.length + 1), column: last } };
  ws.pageSetup = {
    paperSize: PAPER_SIZE[input.paper] as ExcelJS.PaperSize,
    orientation: 'landscape',
    fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: '1:1',
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  const title = [ui.rosterFiles.exportTitle, input.opdName.trim().toUpperCase()].filter(Boolean).join(' ');
  const note = input.filterNote ? `&10${input.filterNote.replace(/&/g, '&&')}` : '';
  ws.headerFooter = {
    oddHeader: `&C&"Arial,Bold"&12${title.replace(/&/g, '&&')}${note ? `\n${note}` : ''}`,
    oddFooter: `&L&8${fillTemplate(ui.rosterFiles.exportPrinted, { date: now.toISOString().slice(0, 10).split('-').reverse().join('/') })}&R&8${ui.rosterFiles.exportPage}`,
  };
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: fillTemplate(ui.rosterFiles.exportFile, { date: now.toISOString().slice(0, 10) }), bytes };
}
