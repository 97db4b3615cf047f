import type { NotStaffRow, RefusalCode, SheetSkip } from './types';
import type { Employment, Gender, IsoDate } from '../types';

export type RowChange = 'new' | 'updated' | 'unchanged';

/** One accepted row of an import file, as the preview and `satgas roster import --json` show it. */
export interface PreviewStaff {
  /** the sheet the row is on (null for CSV) */
  sheet: string | null;
  row: number;
  nip: string | null;
  nik: string | null;
  name: string;
  rank: string | null;
  gender: Gender | null;
  birthDate: IsoDate | null;
  employment: Employment;
  unit: string | null;
  position: string | null;
  change: RowChange;
  /** for an updated person: which fields the import changes */
  changedFields: string[];
}

export interface PreviewRefusal {
  /** the sheet the row is on (null for CSV) */
  sheet: string | null;
  row: number;
  code: RefusalCode;
  message: string;
}

/** One sheet of the file: read (with its counts), left out by the user, hidden, or without a roster. */
export interface PreviewSheet {
  name: string | null;
  status: 'read' | SheetSkip;
  headerRow: number | null;
  /** the employment the sheet's name gives its rows (it has no employment column) */
  employment: Employment | null;
  /** rows of the sheet that will be imported (for a sheet left out: that it would give) */
  accepted: number;
  refused: number;
  /** rows below its table that are not staff (signature block, notes) */
  notStaff: number;
}

export type { NotStaffRow } from './types';

export interface RosterPreview {
  previewId: string;
  fileName: string;
  sheetName: string | null;
  headerRow: number;
  columns: { field: string; header: string }[];
  accepted: number;
  counts: { new: number; updated: number; unchanged: number; refused: number; newUnits: number };
  refused: PreviewRefusal[];
  staff: PreviewStaff[];
  /** active staff in the database who are not in this file (they are left as they are) */
  missingFromFile: number;
  /** every sheet of the file, in order */
  sheets: PreviewSheet[];
  /** rows below the tables that are not staff: listed as "tidak dibaca sebagai pegawai" */
  notStaff: NotStaffRow[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  unitsCreated: number;
}
