// The Metadata sheet: hidden from Excel's own "Unhide" (veryHidden) and protected. It says that the file is a
// recap, of which OPD and period, made by which app and format version, where each keyed figure sits in the
// Ringkasan, and the checksum of those figures (checksum.ts). The consolidation reads only what it finds here.
import type ExcelJS from 'exceljs';
import { putCell, putText } from '../../text/sheetText';
import type { RecapFigures } from '../figures';
import { DATE_FORMAT, excelDate } from './layout';

/** The first cell of the sheet: what makes a workbook a recap. */
export const RECAP_MARKER = 'satgas-netralitas-recap';

/** Row of the "figure" table's header; one key and its Ringkasan row per row below. */
export const META_FIGURES_ROW = 14;

export interface MetaFields {
  checksum: string;
  includeIdentities: boolean;
}

export async function writeMeta(ws: ExcelJS.Worksheet, f: RecapFigures, figureRows: ReadonlyMap<string, number>, m: MetaFields): Promise<void> {
  const pairs: [string, string | number | Date][] = [
    ['marker', RECAP_MARKER],
    ['formatVersion', f.formatVersion],
    ['appVersion', f.appVersion],
    ['madeAt', f.madeAt],
    ['opdName', f.opd.name],
    ['opdCode', f.opd.code],
    ['regency', f.opd.regency],
    ['periodFrom', f.period.from],
    ['periodTo', f.period.to],
    ['periodFromDate', excelDate(f.period.from)],
    ['periodToDate', excelDate(f.period.to)],
    ['includesIdentities', m.includeIdentities ? 'yes' : 'no'],
    ['checksum', m.checksum],
  ];
  pairs.forEach(([key, value], i) => {
    putText(ws.getCell(i + 1, 1), key);
    putCell(ws.getCell(i + 1, 2), value);
    if (value instanceof Date) ws.getCell(i + 1, 2).numFmt = DATE_FORMAT;
  });
  putText(ws.getCell(META_FIGURES_ROW, 1), 'figure');
  putText(ws.getCell(META_FIGURES_ROW, 2), 'summaryRow');
  let row = META_FIGURES_ROW + 1;
  for (const [key, at] of figureRows) {
    putText(ws.getCell(row, 1), key);
    ws.getCell(row, 2).value = at;
    row += 1;
  }
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 70;
  ws.state = 'veryHidden';
  // no password: the protection keeps hands off by accident; the checksum is what tells an edit
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}
