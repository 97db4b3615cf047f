import type { NotStaffRow, RefusalCode, SheetSkip } from './types';
import type { Employment, Gender, IsoDate, LeftReason } from '../types';

export type RowChange = 'new' | 'updated' | 'unchanged';

/** One field of a person, before and after: values as stored (codes for employment, gender and position type,
 * `YYYY-MM-DD` dates, unit names); the screen words them. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** One accepted row of an import file, as the preview and `satgas roster import --json` show it. */
export interface PreviewStaff {
  /** the sheet the row is on (null for CSV) */
  sheet: string | null;
  row: number;
  /** the person on the roster this row updates; null for a new person */
  staffId: number | null;
  nip: string | null;
  nik: string | null;
  name: string;
  rank: string | null;
  gender: Gender | null;
  birthDate: IsoDate | null;
  employment: Employment;
  /** the unit as the roster will name it: an existing unit (an old spelling mapped through its alias), or the
   * tidy name of a new one */
  unit: string | null;
  position: string | null;
  change: RowChange;
  /** for an updated person: which fields the import changes */
  changedFields: string[];
  /** the same fields, old → new */
  changes: FieldChange[];
  /** fields the user set by hand that the file has otherwise (from = the roster's, to = the file's): kept unless
   * the commit takes the file's value for this person */
  conflicts: FieldChange[];
}

/** An active person on the roster who is not in the file. */
export interface MissingStaff {
  id: number;
  name: string;
  nip: string | null;
  nik: string | null;
  unit: string | null;
  position: string | null;
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
  counts: { new: number; updated: number; unchanged: number; refused: number; newUnits: number; conflicts: number };
  refused: PreviewRefusal[];
  staff: PreviewStaff[];
  /** active staff in the database who are not in this file (left as they are unless marked as left on commit) */
  missingFromFile: number;
  /** every sheet of the file, in order */
  sheets: PreviewSheet[];
  /** rows below the tables that are not staff: listed as "tidak dibaca sebagai pegawai" */
  notStaff: NotStaffRow[];
  /** the same people, by name */
  missing: MissingStaff[];
}

/** What the user decided in the preview, sent with the commit. */
export interface ImportChoices {
  /** take the file's value for the conflicts of these people (staff ids), or of everyone */
  takeFile?: 'all' | readonly number[];
  /** mark these missing people as left, with one reason and date */
  markLeft?: { ids: readonly number[]; reason: LeftReason; date: IsoDate } | null;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  unitsCreated: number;
  /** missing people marked as left in this commit */
  markedLeft: number;
  /** people whose hand-set fields were kept against the file */
  conflictsKept: number;
  /** the import log's id (what "Batalkan impor terakhir" takes back) */
  importId: number;
}

/** The last import that can be taken back, and what taking it back would do. */
export interface LastImport {
  importId: number;
  /** ISO timestamp */
  at: string;
  fileName: string;
  created: number;
  updated: number;
  markedLeft: number;
  unitsCreated: number;
  /** people it created who are referred to elsewhere by now (the undo is refused while there are any) */
  blocked: { id: number; name: string; what: string }[];
}

export interface UndoResult {
  removed: number;
  restored: number;
  reactivated: number;
  unitsRemoved: number;
  /** fields and statuses changed again after the import: left as they are now */
  keptLater: number;
}
