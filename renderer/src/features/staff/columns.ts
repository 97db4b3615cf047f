// The roster table's columns: one grid template shared by the header and every row, so they line up.
import type { Staff } from '../../../../electron/core/staff/types';
import { ui } from '../../lib/messages';
import { employmentLabel, formatIdentifier, statusLabel } from './labels';

export const ROW_HEIGHT = 34;

/** sized for 1366×768: the NIP fits whole, headers may wrap to two lines, long texts end in … with a tooltip */
export const GRID_COLUMNS = 'minmax(180px, 2.4fr) 176px 104px minmax(150px, 2fr) minmax(110px, 1.3fr) 120px 128px';

export interface Column {
  key: string;
  header: string;
  value: (s: Staff) => string;
  /** shown as a tooltip when the cell is cut off */
  title?: (s: Staff) => string;
  numeric?: boolean;
}

const r = ui.roster;

export const COLUMNS: Column[] = [
  { key: 'name', header: r.colName, value: (s) => s.name },
  { key: 'identifier', header: r.colIdentifier, value: formatIdentifier, numeric: true },
  { key: 'rank', header: r.colRank, value: (s) => s.rank ?? '', title: (s) => [s.rankName, s.rank].filter(Boolean).join(' ') },
  { key: 'position', header: r.colPosition, value: (s) => s.position ?? '' },
  { key: 'unit', header: r.colUnit, value: (s) => s.unitName ?? '' },
  { key: 'employment', header: r.colEmployment, value: (s) => employmentLabel(s.employment) },
  { key: 'status', header: r.colStatus, value: statusLabel },
];
