// The recap as one .xlsx (docs/recap-format.md): Ringkasan, Unit Kerja, Pegawai, Sosialisasi, Temuan, and the
// hidden Metadata sheet. Written with exceljs (its streaming writer, writer.ts); every user text through
// core/text/sheetText.ts.
import ExcelJS from 'exceljs';
import { fillTemplate, ui } from '../../../shared/messages';
import { formatDateShort } from '../../../shared/format';
import type { PaperSize } from '../../documents/types';
import { figuresChecksum } from '../checksum';
import type { RecapFigures } from '../figures';
import { keyedLines, summaryLines } from '../summary';
import { printSettings, printSetup } from './layout';
import { writeFindings } from './findingsSheet';
import { writeMeta } from './metaSheet';
import { writeSessions } from './sessionsSheet';
import { writeStaff } from './staffSheet';
import { SUMMARY_HEADER_ROW, writeSummary } from './summarySheet';
import { writeUnits } from './unitsSheet';
import { RecapWriter } from './writer';

const t = ui.recap;

/** zlib's fastest level: a recap is mostly repeated XML, a few percent larger and several times faster than 6. */
const DEFLATE_LEVEL = 1;

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
  const writer = new RecapWriter({ creator: ui.appName, created: new Date(f.madeAt) }, DEFLATE_LEVEL);
  // the small sheets are built whole here, then copied into the writer in the recap's sheet order
  const scratch = new ExcelJS.Workbook();
  const footer = fillTemplate(t.footerMade, { opd: f.opd.name, from: formatDateShort(f.period.from), to: formatDateShort(f.period.to) });
  const print = (titleRows?: string, portrait = false) => printSettings({ paper: opts.paper, title: t.heading, opdName: f.opd.name, footer, titleRows, portrait });
  const sheet = (name: string, titleRows?: string, portrait = false) => {
    const ws = scratch.addWorksheet(name);
    printSetup(ws, { paper: opts.paper, title: t.heading, opdName: f.opd.name, footer, titleRows, portrait });
    return ws;
  };
  const lines = summaryLines(f);
  const summary = sheet(t.sheetSummary, `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`, true);
  const rows = writeSummary(summary, f, lines, opts);
  writer.copySheet(summary);
  const units = sheet(t.sheetUnits, '1:1', true);
  writeUnits(units, f);
  writer.copySheet(units);
  writeStaff(writer, print('1:1'), f);
  const sessions = sheet(t.sheetSessions, '1:1');
  writeSessions(sessions, f);
  writer.copySheet(sessions);
  const findings = sheet(t.sheetFindings, '1:1');
  writeFindings(findings, f, opts.includeIdentities);
  writer.copySheet(findings);
  const checksum = figuresChecksum({ formatVersion: f.formatVersion, opdCode: f.opd.code, from: f.period.from, to: f.period.to, lines: keyedLines(lines) });
  const meta = scratch.addWorksheet(t.sheetMeta);
  await writeMeta(meta, f, rows, { checksum, includeIdentities: opts.includeIdentities });
  writer.copySheet(meta);
  return { fileName: recapFileName(f), bytes: await writer.bytes(), checksum };
}
