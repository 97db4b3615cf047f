// The roster table's columns: one grid template shared by the header and every row, so they line up. The user
// may hide columns and change their widths (kept on this PC, see useColumns.ts); the export takes the columns
// as shown.
import type { EXPORT_COLUMNS } from '../../../../electron/core/staff/schema';
import type { Staff } from '../../../../electron/core/staff/types';
import { ui } from '../../lib/messages';
import { employmentLabel, formatIdentifier, genderLabel, positionTypeLabel, statusLabel } from './labels';
import { isoToDmy } from './dates';

export const ROW_HEIGHT = 34;

export type ColumnKey = (typeof EXPORT_COLUMNS)[number];

export interface Column {
  key: ColumnKey;
  header: string;
  value: (s: Staff) => string;
  /** shown as a tooltip when the cell is cut off */
  title?: (s: Staff) => string;
  numeric?: boolean;
  /** the grid track when the user has not set a width: sized for 1366×768 (the NIP fits whole, "Bidang
   * Pembinaan SD" and "… SMP" can be told apart, headers may wrap to two lines, long texts end in …) */
  track: string;
  /** the narrowest a user can make it, px */
  min: number;
  /** shown until the user hides it */
  shown: boolean;
  /** cannot be hidden */
  fixed?: boolean;
}

const r = ui.roster;

export const COLUMNS: Column[] = [
  { key: 'name', header: r.colName, value: (s) => s.name, track: 'minmax(170px, 1.9fr)', min: 120, shown: true, fixed: true },
  { key: 'identifier', header: r.colIdentifier, value: formatIdentifier, numeric: true, track: '168px', min: 90, shown: true },
  { key: 'rank', header: r.colRank, value: (s) => s.rank ?? '', title: (s) => [s.rankName, s.rank].filter(Boolean).join(' '), track: '96px', min: 56, shown: true },
  { key: 'position', header: r.colPosition, value: (s) => s.position ?? '', track: 'minmax(140px, 1.7fr)', min: 80, shown: true },
  { key: 'positionType', header: r.colPositionType, value: (s) => positionTypeLabel(s.positionType), track: '130px', min: 70, shown: false },
  { key: 'unit', header: r.colUnit, value: (s) => s.unitName ?? '', track: 'minmax(170px, 1.6fr)', min: 80, shown: true },
  { key: 'employment', header: r.colEmployment, value: (s) => employmentLabel(s.employment), track: '120px', min: 60, shown: true },
  { key: 'status', header: r.colStatus, value: statusLabel, track: '104px', min: 60, shown: true },
  { key: 'gender', header: r.colGender, value: (s) => genderLabel(s.gender), track: '90px', min: 40, shown: false },
  { key: 'birthDate', header: r.form.birthDate, value: (s) => (s.birthDate ? isoToDmy(s.birthDate) : ''), numeric: true, track: '104px', min: 80, shown: false },
  { key: 'birthPlace', header: r.form.birthPlace, value: (s) => s.birthPlace ?? '', track: '120px', min: 60, shown: false },
];

export const COLUMN_BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

/** The grid template for these columns: a width the user set, else the column's own track. */
export function gridTemplate(columns: readonly Column[], widths: Partial<Record<ColumnKey, number>>): string {
  return columns.map((c) => (widths[c.key] ? `${widths[c.key]}px` : c.track)).join(' ');
}
