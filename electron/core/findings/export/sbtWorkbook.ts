// The SBT-ready sheet for one finding: the fields BKN's SBT complaint form asks for (category Netralitas, the
// reported person's NIP/NIK, name, position, agency, time, place, description, evidence list), one per row,
// ready to copy; and the evidence with name, kind, size and hash on a second sheet. Every user text through
// sheetText's putText; the NIP/NIK a text cell.
import ExcelJS from 'exceljs';
import { addSheetRow, putText, TEXT_FORMAT } from '../../text/sheetText';
import { formatDateLong } from '../../../shared/format';
import { ui } from '../../../shared/messages';
import type { FindingDetail } from '../types';
import { actTimeText, agencyText, classificationText, evidenceText } from './caseText';

const f = ui.findings;
const x = f.export;

function header(ws: ExcelJS.Worksheet, values: string[]): void {
  const row = addSheetRow(ws, values);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

export async function sbtWorkbook(d: FindingDetail, agency: { opdName: string; regency: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = ui.appName;
  const ws = wb.addWorksheet(x.sbtSheet);
  ws.columns = [{ width: 26 }, { width: 90 }];
  putText(ws.getCell('A1'), x.sbtHint);
  ws.getCell('A1').font = { italic: true };
  ws.mergeCells('A1:B1');
  header(ws, [x.field, x.value]);
  const p = d.person;
  const fields: [string, string][] = [
    [x.sbtCategory, x.sbtCategoryValue],
    [x.sbtIdentifier, (p.nip ?? p.nik) ?? ''],
    [f.fields.personName, p.name],
    [f.fields.position, p.position],
    [f.fields.unit, p.unit],
    [x.sbtAgency, agencyText(agency.opdName, agency.regency)],
    [x.sbtTime, actTimeText(d)],
    [f.fields.actPlace, d.actPlace],
    [f.fields.description, d.description],
    [x.sbtEvidence, d.evidence.map((e, i) => `${i + 1}. ${evidenceText(e)}`).join('\n')],
    [f.fields.violationType, `${d.violationCode} · ${d.violationAct}`],
    [f.classification, classificationText(d.classification)],
    [f.fields.knownDate, formatDateLong(d.knownDate)],
    [f.fields.source, `${f.sources[d.source]}${d.sourceLink ? ` — ${d.sourceLink}` : ''}`],
    [f.fields.sbtNumber, d.sbtNumber ?? ''],
  ];
  for (const [label, value] of fields) {
    const row = addSheetRow(ws, [label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  // the identifier: digits as text, every one kept (an 18-digit number would lose three)
  const id = ws.getRow(4).getCell(2);
  id.numFmt = TEXT_FORMAT;

  const ev = wb.addWorksheet(x.sbtEvidenceSheet);
  ev.columns = [{ width: 5 }, { width: 50 }, { width: 10 }, { width: 12 }, { width: 66 }, { width: 40 }];
  header(ev, [x.colNo, x.evidenceName, x.evidenceKind, x.evidenceSize, x.evidenceHash, x.evidenceCaption]);
  d.evidence.forEach((e, i) => {
    addSheetRow(ev, [i + 1, e.kind === 'link' ? e.url : e.originalName, f.evidenceKinds[e.kind === 'link' ? 'link' : e.fileKind ?? 'document'],
      e.kind === 'link' ? null : Math.ceil(e.size / 1024), e.sha256 ?? '', e.caption]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
