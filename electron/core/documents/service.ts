// One way to make any printed document: its description gathered from the database (synchronously, inside one
// read), then rendered to PDF or Word. The app's calls, the command line and the tests all come through here.
import type { Database } from '../db/database';
import { UserError } from '../errors';
import { ui } from '../../shared/messages';
import { attendanceSheetDocx } from './attendance/docx';
import { attendanceSheetPdf } from './attendance/pdf';
import type { AttendanceSheet } from './attendance/sheet';
import { buildAttendanceSheet } from './attendance/sheet';
import { recordSheet } from '../attendance/sheetVersions';
import { buildPledge } from './pledge/pledge';
import { ikrarPdf, pledgeTextPdf } from './pledge/pdf';
import type { PdfOptions } from './pdf';
import type { DocumentFormat, DocumentRequest } from './types';

export const MAX_SHEET_ROWS = 20_000;

export interface MadeDocument {
  bytes: Buffer;
  /** the file name offered when saving: "Daftar Hadir 2024-09-23.pdf" */
  name: string;
  /** people printed (attendance sheets), 0 otherwise */
  rows: number;
}

function printedIds(sheet: AttendanceSheet): number[] {
  return sheet.sections.flatMap((s) => s.rows.map((r) => r.staffId));
}

export function sheetRows(sheet: AttendanceSheet): number {
  return sheet.sections.reduce((n, s) => n + s.rows.length, 0);
}

/** Pages of a PDF made by pdfkit: one page object each. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

export async function makeDocument(db: Database, request: DocumentRequest, format: DocumentFormat, pdf: PdfOptions = {}): Promise<MadeDocument> {
  const t = ui.documents;
  if (request.document === 'attendance') {
    const sheet = db.read((q) => buildAttendanceSheet(q, request.source, request));
    const source = request.source;
    // a session's sheet keeps its printed order (a read-only database prints without keeping it)
    if (source.kind === 'session' && !db.readOnly) sheet.version = db.write('documents.sheet', (tx) => recordSheet(tx, source.sessionId, printedIds(sheet), sheet.blankRows)).version;
    const rows = sheetRows(sheet);
    if (rows + sheet.blankRows === 0) throw new UserError('document-no-rows');
    if (rows + sheet.blankRows > MAX_SHEET_ROWS) throw new UserError('document-too-large', { count: rows + sheet.blankRows, max: MAX_SHEET_ROWS });
    const bytes = format === 'docx' ? await attendanceSheetDocx(sheet) : await attendanceSheetPdf(sheet, pdf);
    return { bytes, name: `${sheet.fileStem}.${format}`, rows };
  }
  if (format !== 'pdf') throw new Error(`${request.document} is made as PDF only`);
  const pledge = db.read((q) => buildPledge(q, request.source, request.paper));
  const bytes = request.document === 'pledge' ? await pledgeTextPdf(pledge, pdf) : await ikrarPdf(pledge, pdf);
  return { bytes, name: `${request.document === 'pledge' ? t.pledgeFile : t.ikrarFile}.pdf`, rows: 0 };
}
