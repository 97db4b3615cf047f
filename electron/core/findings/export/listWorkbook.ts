// The "Temuan" list as filtered on screen, as a workbook: one row per finding, NIP/NIK as text, dates as dates,
// frozen header and autofilter. Every user text through sheetText's putText.
import ExcelJS from 'exceljs';
import { addSheetRow, TEXT_FORMAT } from '../../text/sheetText';
import { ui } from '../../../shared/messages';
import type { FindingSummary } from '../types';
import { classificationText, deadlineText, phaseText } from './caseText';

const f = ui.findings;
const x = f.export;

const utcDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

export async function listWorkbook(findings: readonly FindingSummary[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = ui.appName;
  const ws = wb.addWorksheet(x.listSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const cols: [string, number][] = [
    [x.colNo, 5], [f.fields.personName, 32], [x.colIdentifier, 22], [f.fields.position, 30], [f.fields.positionType, 16], [f.fields.unit, 28],
    [f.fields.employment, 14], [f.fields.violationType, 50], [f.fields.actDate, 14], [f.fields.knownDate, 14], [f.fields.actPlace, 24],
    [f.phase, 34], [f.classification, 22], [f.columns.stage, 26], [x.colDeadline, 40], [f.fields.sbtNumber, 18],
  ];
  ws.columns = cols.map(([, width]) => ({ width }));
  const head = addSheetRow(ws, cols.map(([h]) => h));
  head.font = { bold: true };
  findings.forEach((d, i) => {
    const p = d.person;
    const row = addSheetRow(ws, [
      i + 1, p.name, p.nip ?? p.nik ?? '', p.position, ui.roster.positionType[p.positionType], p.unit, ui.roster.employment[p.employment],
      `${d.violationCode} · ${d.violationAct}`, utcDate(d.actDate), utcDate(d.knownDate), d.actPlace, phaseText(d.classification),
      classificationText(d.classification), `${f.stages[d.stage]}${d.closed ? ` · ${f.closed}` : ''}`, deadlineText(d.nextDeadline), d.sbtNumber ?? '',
    ]);
    row.getCell(3).numFmt = TEXT_FORMAT;
    row.getCell(9).numFmt = 'dd/mm/yyyy';
    row.getCell(10).numFmt = 'dd/mm/yyyy';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, findings.length + 1), column: cols.length } };
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
