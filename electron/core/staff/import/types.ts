// The result of reading a roster file: drafts to preview and import, and refused rows with the reason.
import type { Employment, PersonFields } from '../types';

/**
 * One row read as a person: the name trimmed with its inner whitespace collapsed, NIP and NIK normalized, the
 * gender from its column else decoded from the NIP/NIK, the birth date from the NIP/NIK else a TANGGAL LAHIR column.
 */
export interface StaffDraft extends PersonFields {
  /** The sheet the row is on (null for a CSV file). */
  sheet: string | null;
  /** The row number as Excel shows it (1-based); for CSV, the line number. */
  excelRow: number;
  /** Unit kerja / bidang / sub bagian / UNOR NAMA, else the section row the person is listed under. */
  unit: string | null;
}

export const REFUSAL_CODES = [
  'nip-precision-lost', // an 18-digit NIP stored as a number: Excel kept only 15 significant digits
  'nik-precision-lost', // the same for a 16-digit NIK
  'duplicate-nip', // the NIP already appears on an earlier row (the first one wins)
  'duplicate-nik',
  'invalid-nip', // wrong length, impossible date, bad gender digit, or an old 9-digit NIP in the NIP column
  'invalid-nik',
  'missing-name', // an identifier or other data but no name
  'name-too-long', // longer than the edit form allows (MAX_NAME_LENGTH)
  'employment-mismatch', // the NIP's shape contradicts the stated employment (NI PPPK for a PNS, …), or the sheet's
  'invalid-rank', // pangkat/golongan text that is not a rank
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface RowRefusal {
  /** The sheet the row is on (null for a CSV file). */
  sheet: string | null;
  row: number;
  code: RefusalCode;
  /** Indonesian; says what to fix. */
  message: string;
  /** The row's original cells by header text, for the "save refused rows" xlsx. */
  raw: Record<string, string>;
}

/** A row below a table that is not a person: a signature block, "Keterangan:" notes. Listed, never dropped silently. */
export interface NotStaffRow {
  sheet: string | null;
  row: number;
  /** the row's texts, joined */
  text: string;
}

export interface ColumnOf { field: string; header: string; column: number }

/** Why a sheet of the workbook gave no rows. */
export type SheetSkip = 'hidden' | 'no-roster' | 'left-out';

/** One sheet of the file as read: its own table, before the sheets are put together. */
export interface ParsedSheet {
  name: string | null;
  /** null: the sheet was not read (see `skipped`) */
  headerRow: number | null;
  columns: ColumnOf[];
  /** The employment the sheet's name stands for ("PNS", "PPPK", "P3K", "Honorer", "THL", …), when it has no employment column. */
  employment: Employment | null;
  rows: StaffDraft[];
  refused: RowRefusal[];
  /** the first of them (a sheet with thousands of rows below its table lists a few hundred) */
  notStaff: NotStaffRow[];
  /** how many rows below its table are not staff, listed or not */
  notStaffCount: number;
  skipped: SheetSkip | null;
}

export interface ParsedRoster {
  /** The first sheet read, its header row and columns (the preview's first line). */
  sheetName: string | null;
  /** Excel row number of the header row (the upper one of a two-level header). */
  headerRow: number;
  /** Recognized columns: field name, the header text, 1-based column number. */
  columns: ColumnOf[];
  /** The rows of every sheet read (repeated identifiers across sheets refused: the first row wins). */
  rows: StaffDraft[];
  refused: RowRefusal[];
  notStaff: NotStaffRow[];
  /** Every sheet of the file, in order, read or not; `rows`, `refused`, `notStaff` put together. */
  sheets: ParsedSheet[];
}

export interface ParseOptions {
  /** Called about every 500 rows; `total` is an estimate until the end (0 when unknown). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The date that NIP/NIK plausibility is judged against; defaults to now. */
  today?: Date;
  /** 'exceljs' reads an xlsx through exceljs's public full reader instead of the fast path (tests compare both). */
  xlsxReader?: 'fast' | 'exceljs';
  /** Read only the sheet of this name (any case); the others are left out. */
  sheet?: string;
}
