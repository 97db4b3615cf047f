// The recap as one .xlsx (docs/recap-format.md): Ringkasan, Unit Kerja, Pegawai, Sosialisasi, Temuan, and the
// hidden Metadata sheet. Written with exceljs; every user text through core/text/sheetText.ts.
import ExcelJS from 'exceljs';
import { fillTemplate, ui } from '../../../shared/messages';
import { formatDateShort } from '../../../shared/format';
import type { PaperSize } from '../../documents/types';
import { figuresChecksum } from '../checksum';
import type { RecapFigures } from '../figures';
import { keyedLines, summaryLines } from '../summary';
import { printSetup } from './layout';
import { writeFindings } from './findingsSheet';
import { writeMeta } from './metaSheet';
import { writeSessions } from './sessionsSheet';
import { writeStaff } from './staffSheet';
import { SUMMARY_HEADER_ROW, writeSummary } from './summarySheet';
import { writeUnits } from './unitsSheet';

const t = ui.recap;

export interface RecapOptions {
  paper: PaperSize;
  /** "sertakan identitas terlapor": names and NIP of reported people in the findings' case list */
  includeIdentities: boolean;
}

export interface RecapFile {
  fileName: string;
  bytes: Buffer;
  checksum: string;
}

/** `Rekap Satgas Netralitas - <OPD> - <YYYY-MM-DD>.xlsx`, the date the period's last day; no character Windows refuses. */
export function recapFileName(f: RecapFigures): string {
  const opd = f.opd.name.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return fillTemplate(t.fileName, { opd, date: f.period.to });
}

export async function recapWorkbook(f: RecapFigures, opts: RecapOptions): Promise<RecapFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = ui.appName;
  wb.created = new Date(f.madeAt);
  const footer = fillTemplate(t.footerMade, { opd: f.opd.name, from: formatDateShort(f.period.from), to: formatDateShort(f.period.to) });
  const sheet = (name: string, titleRows?: string, portrait = false) => {
    const ws = wb.addWorksheet(name);
    printSetup(ws, { paper: opts.paper, title: t.heading, opdName: f.opd.name, footer, titleRows, portrait });
    return ws;
  };
  const lines = summaryLines(f);
  const rows = writeSummary(sheet(t.sheetSummary, `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`, true), f, lines, opts);
  writeUnits(sheet(t.sheetUnits, '1:1', true), f);
  writeStaff(sheet(t.sheetStaff, '1:1'), f);
  writeSessions(sheet(t.sheetSessions, '1:1'), f);
  writeFindings(sheet(t.sheetFindings, '1:1'), f, opts.includeIdentities);
  const checksum = figuresChecksum({ formatVersion: f.formatVersion, opdCode: f.opd.code, from: f.period.from, to: f.period.to, lines: keyedLines(lines) });
  await writeMeta(wb.addWorksheet(t.sheetMeta), f, rows, { checksum, includeIdentities: opts.includeIdentities });
  // the fastest deflate level: a recap is mostly repeated XML, a few percent larger and about a third faster
  const bytes = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as Partial<ExcelJS.XlsxWriteOptions>));
  return { fileName: recapFileName(f), bytes, checksum };
}
