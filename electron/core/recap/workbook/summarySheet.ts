// The Ringkasan sheet: who, which period, the active election and its phase, the privacy choice, then every
// keyed figure (summary.ts) in a table Uraian | Periode ini | Sampai akhir periode. Totals are SUM formulas with
// their values cached, so that a reader that does not calculate (and the consolidation) sees the number.
import type ExcelJS from 'exceljs';
import { fillTemplate, ui } from '../../../shared/messages';
import { formatDateLong } from '../../../shared/format';
import { addSheetRow, putText } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import type { SummaryLine } from '../summary';
import { SECTION_TITLES } from '../summary';
import { COUNT_FORMAT, PERCENT_FORMAT, styleHeader, wrapLongText } from './layout';

const t = ui.recap;

/** The Ringkasan's table header row; the figures start two rows below (a section title first). */
export const SUMMARY_HEADER_ROW = 9;

export interface SummaryOptions {
  includeIdentities: boolean;
}

/** Writes the sheet and answers the row of each keyed figure (for the metadata sheet). */
export function writeSummary(ws: ExcelJS.Worksheet, f: RecapFigures, lines: readonly SummaryLine[], opts: SummaryOptions): Map<string, number> {
  const from = formatDateLong(f.period.from);
  const to = formatDateLong(f.period.to);
  const election = f.election
    ? fillTemplate(t.electionLine, { name: f.election.name, phase: f.election.phase ? ui.elections.phases[f.election.phase] : t.phaseUnknown, to })
    : t.noElection;
  const head = [
    t.heading,
    f.opd.name,
    f.opd.regency,
    fillTemplate(t.periodLine, { from, to }),
    election,
    fillTemplate(t.madeLine, { date: formatDateLong(f.madeAt.slice(0, 10)), version: f.appVersion, format: f.formatVersion }),
    fillTemplate(t.privacyLine, { text: opts.includeIdentities ? t.privacyWith : t.privacyWithout }),
    t.snapshotNote,
  ];
  head.forEach((text, i) => putText(ws.getCell(i + 1, 1), text));
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).font = { bold: true, size: 12 };
  ws.getCell(8, 1).font = { italic: true, size: 9 };
  ws.getCell(8, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(8, 1, 8, 3);
  ws.getRow(8).height = 28;
  if (opts.includeIdentities) ws.getCell(7, 1).font = { bold: true, color: { argb: 'FFC00000' } };

  const header = ws.getRow(SUMMARY_HEADER_ROW);
  [t.colItem, t.colPeriod, t.colCumulative].forEach((text, i) => putText(header.getCell(i + 1), text));
  styleHeader(header);

  const rows = new Map<string, number>();
  const rowOf = new Map<string, number>();
  let section: string | null = null;
  let sectionStart = 0;
  for (const line of lines) {
    if (line.section !== section) {
      section = line.section;
      const title = addSheetRow(ws, [SECTION_TITLES[line.section]]);
      title.font = { bold: true };
      sectionStart = title.number + 1;
    }
    const row = addSheetRow(ws, [line.label]);
    rowOf.set(line.key, row.number);
    if (!line.ratio) rows.set(line.key, row.number);
    const [period, cumulative] = [row.getCell(2), row.getCell(3)];
    if (line.ratio) {
      const of = rowOf.get(line.ratio.of)!;
      const per = rowOf.get(line.ratio.per)!;
      cumulative.value = { formula: `IF(C${per}=0,0,C${of}/C${per})`, result: line.cumulative };
      cumulative.numFmt = PERCENT_FORMAT;
      row.font = { bold: true };
      continue;
    }
    if (line.total) {
      const end = row.number - 1;
      if (line.period !== null) period.value = { formula: `SUM(B${sectionStart}:B${end})`, result: line.period };
      cumulative.value = { formula: `SUM(C${sectionStart}:C${end})`, result: line.cumulative };
      row.font = { bold: true };
      row.getCell(1).border = row.getCell(2).border = row.getCell(3).border = { top: { style: 'thin' } };
    } else {
      period.value = line.period;
      cumulative.value = line.cumulative;
    }
    period.numFmt = cumulative.numFmt = COUNT_FORMAT;
  }
  if (f.pledges) writeUnitCoverage(ws, f);
  else ws.getRow(ws.rowCount + 2).getCell(1).value = t.noPledges;
  ws.getColumn(1).width = 62;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 22;
  // long violation acts and unit names wrap in their row
  wrapLongText(ws, [[1, 62]], SUMMARY_HEADER_ROW + 1);
  ws.views = [{ state: 'frozen', ySplit: SUMMARY_HEADER_ROW, xSplit: 0 }];
  return rows;
}

/** Pledge coverage per unit, below the figures: not keyed (units differ from OPD to OPD); the Unit Kerja sheet
 * has the same with the staff counts. */
function writeUnitCoverage(ws: ExcelJS.Worksheet, f: RecapFigures): void {
  const pledges = f.pledges!;
  ws.addRow([]);
  const title = addSheetRow(ws, [t.sectionUnitCoverage]);
  title.font = { bold: true };
  if (pledges.deadline) putText(ws.getCell(title.number, 2), fillTemplate(t.pledgeDeadline, { date: formatDateLong(pledges.deadline) }));
  const header = addSheetRow(ws, [t.colUnit, t.colSigned, t.colCoverage]);
  styleHeader(header);
  for (const u of pledges.units) {
    const row = addSheetRow(ws, [fillTemplate(t.unitCoverageLine, { unit: u.name ?? t.noUnit, target: u.target }), u.signed, u.target === 0 ? 0 : u.signed / u.target]);
    row.getCell(2).numFmt = COUNT_FORMAT;
    row.getCell(3).numFmt = PERCENT_FORMAT;
  }
}
