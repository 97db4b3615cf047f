// The Ringkasan's figures as keyed lines: what the Ringkasan sheet writes (one row each), what the checksum
// covers, and what the consolidation reads back and puts side by side for every OPD. A key never changes
// meaning within a format version (docs/recap-format.md lists them).
import { ui } from '../../shared/messages';
import { EMPLOYMENTS, POSITION_TYPES } from '../staff/types';
import type { RecapFigures } from './figures';

const t = ui.recap;

export type SummarySection = 'staffEmployment' | 'staffPosition' | 'sessions';

export interface SummaryLine {
  key: string;
  section: SummarySection;
  label: string;
  /** null: a figure with no period of its own (the roster when the recap was made) */
  period: number | null;
  cumulative: number;
  /** a total of the section's other lines: written as a SUM formula, its value cached */
  total?: boolean;
}

export const SECTION_TITLES: Record<SummarySection, string> = {
  staffEmployment: t.sectionStaffEmployment,
  staffPosition: t.sectionStaffPosition,
  sessions: t.sectionSessions,
};

export function summaryLines(f: RecapFigures): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const e of EMPLOYMENTS) {
    lines.push({ key: `staff.employment.${e}`, section: 'staffEmployment', label: ui.roster.employment[e], period: null, cumulative: f.staff.byEmployment[e] });
  }
  lines.push({ key: 'staff.active', section: 'staffEmployment', label: t.staffActive, period: null, cumulative: f.staff.active, total: true });
  for (const p of POSITION_TYPES) {
    lines.push({ key: `staff.position.${p}`, section: 'staffPosition', label: ui.roster.positionType[p], period: null, cumulative: f.staff.byPositionType[p] });
  }
  lines.push({ key: 'staff.activeByPosition', section: 'staffPosition', label: t.staffActivePosition, period: null, cumulative: f.staff.active, total: true });
  const s = f.sessions;
  lines.push({ key: 'sessions.held', section: 'sessions', label: t.sessionsHeld, ...s.held });
  lines.push({ key: 'sessions.planned', section: 'sessions', label: t.sessionsPlanned, ...s.planned });
  lines.push({ key: 'sessions.cancelled', section: 'sessions', label: t.sessionsCancelled, ...s.cancelled });
  return lines;
}

/** The figure a consolidation calls "staff": the active staff. */
export const STAFF_KEY = 'staff.active';
