// The not-signed list as an Excel workbook: a title block, then one table (unit, name, NIP/NIK as text, rank,
// jabatan, a head flag) with a frozen header and an autofilter, A4/F4 landscape one page wide.
import ExcelJS from 'exceljs';
import { formatDateLong, formatPercent } from '../../shared/format';
import { fillTemplate, ui } from '../../shared/messages';
import { rankText } from '../documents/format';
import type { PaperSize } from '../documents/types';
import { PAPER_SIZE } from '../staff/export/rosterWorkbook';
import { addSheetRow, putText, TEXT_FORMAT } from '../text/sheetText';
import type { NotSignedList } from './types';

export async function notSignedWorkbook(list: NotSignedList, opdName: string, electionName: string, paper: PaperSize, now = new Date()): Promise<Buffer> {
  const t = ui.pledges.notSignedDoc;
  const wb = new ExcelJS.Workbook();
  wb.creator = ui.appName;
  wb.created = now;
  const ws = wb.addWorksheet(t.sheetName);
  putText(ws.getCell('A1'), t.title);
  ws.getCell('A1').font = { bold: true, size: 12 };
  putText(ws.getCell('A2'), opdName);
  putText(ws.getCell('A3'), `${t.election}: ${electionName}`);
  putText(ws.getCell('A4'), `${t.asOf}: ${formatDateLong(list.asOf)}${list.deadline ? ` · ${t.deadline}: ${formatDateLong(list.deadline)}` : ''}`);
  putText(ws.getCell('A5'), fillTemplate(t.totalValue, { notSigned: list.overall.notSigned, target: list.overall.target, percent: formatPercent(list.overall.percent) }));
  ws.addRow([]);
  const c = ui.documents.columns;
  const headerRow = addSheetRow(ws, [c.no, c.unit, c.name, c.nip, c.rank, c.position, t.note]);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  let no = 0;
  for (const u of list.units) {
    for (const p of u.people) {
      const row = addSheetRow(ws, [++no, u.unitName ?? ui.documents.noUnit, p.staff.name, p.staff.nip ?? p.staff.nik ?? '', rankText(p.staff), p.staff.position ?? '', p.isHead ? t.headNote : '']);
      row.getCell(4).numFmt = TEXT_FORMAT;
    }
  }
  [6, 30, 38, 22, 22, 38, 16].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  const header = headerRow.number;
  ws.views = [{ state: 'frozen', ySplit: header, xSplit: 0 }];
  ws.autoFilter = { from: { row: header, column: 1 }, to: { row: Math.max(header, header + no), column: 7 } };
  ws.pageSetup = {
    paperSize: PAPER_SIZE[paper] as ExcelJS.PaperSize, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}`,
  };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
