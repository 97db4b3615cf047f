// The Ringkasan's figures as keyed lines: what the Ringkasan sheet writes (one row each), what the checksum
// covers, and what the consolidation reads back and puts side by side for every OPD. A key never changes
// meaning within a format version (docs/recap-format.md lists them).
import { ui } from '../../shared/messages';
import { EMPLOYMENTS, POSITION_TYPES } from '../staff/types';
import type { RecapFigures, Span } from './figures';

const t = ui.recap;

export type SummarySection = 'staffEmployment' | 'staffPosition' | 'sessions';

export interface SummaryKey {
  key: string;
  section: SummarySection;
  label: string;
  /** a total of the section's other lines: written as a SUM formula, its value cached */
  total?: boolean;
}

export interface SummaryLine extends SummaryKey {
  /** null: a figure with no period of its own (the roster when the recap was made) */
  period: number | null;
  cumulative: number;
}

export const SECTION_TITLES: Record<SummarySection, string> = {
  staffEmployment: t.sectionStaffEmployment,
  staffPosition: t.sectionStaffPosition,
  sessions: t.sectionSessions,
};

/** The figure a consolidation calls "staff": the active staff. */
export const STAFF_KEY = 'staff.active';

type Source = (f: RecapFigures) => Span | number;

const DEFINITIONS: (SummaryKey & { value: Source })[] = [
  ...EMPLOYMENTS.map((e) => ({ key: `staff.employment.${e}`, section: 'staffEmployment' as const, label: ui.roster.employment[e], value: (f: RecapFigures) => f.staff.byEmployment[e] })),
  { key: STAFF_KEY, section: 'staffEmployment', label: t.staffActive, total: true, value: (f) => f.staff.active },
  ...POSITION_TYPES.map((p) => ({ key: `staff.position.${p}`, section: 'staffPosition' as const, label: ui.roster.positionType[p], value: (f: RecapFigures) => f.staff.byPositionType[p] })),
  { key: 'staff.activeByPosition', section: 'staffPosition', label: t.staffActivePosition, total: true, value: (f) => f.staff.active },
  { key: 'sessions.held', section: 'sessions', label: t.sessionsHeld, value: (f) => f.sessions.held },
  { key: 'sessions.planned', section: 'sessions', label: t.sessionsPlanned, value: (f) => f.sessions.planned },
  { key: 'sessions.cancelled', section: 'sessions', label: t.sessionsCancelled, value: (f) => f.sessions.cancelled },
];

/** Every key this format writes, in order, with its label. */
export const SUMMARY_KEYS: readonly SummaryKey[] = DEFINITIONS.map(({ value: _value, ...key }) => key);

export function summaryLines(f: RecapFigures): SummaryLine[] {
  return DEFINITIONS.map(({ value, ...key }) => {
    const v = value(f);
    return typeof v === 'number' ? { ...key, period: null, cumulative: v } : { ...key, ...v };
  });
}
