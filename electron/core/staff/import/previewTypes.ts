import type { RefusalCode } from './types';
import type { Employment, Gender, IsoDate } from '../types';

export type RowChange = 'new' | 'updated' | 'unchanged';

/** One accepted row of an import file, as the preview and `satgas roster import --json` show it. */
export interface PreviewStaff {
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
  row: number;
  code: RefusalCode;
  message: string;
}

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
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  unitsCreated: number;
}
