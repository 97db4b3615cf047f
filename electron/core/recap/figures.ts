// The recap's figures: everything the weekly Excel recap ("Rekap") states, gathered from the database by one
// function per source (gather/), then written by workbook/ and read back by the Sekda's consolidation
// (consolidate/). The layout of the file is docs/recap-format.md; RECAP_FORMAT_VERSION changes with it.
//
// Sources and what they give:
// - staff (gather/staff.ts): the active roster, by employment kind, by position type, by unit, and the people;
// - sessions (gather/sessions.ts): socialization sessions held / planned / cancelled, for the period and up to
//   its end, and the list of sessions up to the period's end with their audience;
// - pledges and findings: their own gatherers, added when their areas exist in the app. A section whose source
//   is not in this build is left out of the file (never written as zeros); the format document says so.
import type { Phase } from '../elections/types';
import type { Employment, IsoDate, PositionType } from '../staff/types';
import type { SessionStatus } from '../sessions/types';

/** Bumped whenever a sheet, a column or a figure key of the file changes (docs/recap-format.md). */
export const RECAP_FORMAT_VERSION = 1;

export interface RecapPeriod {
  /** the first day, included */
  from: IsoDate;
  /** the last day, included */
  to: IsoDate;
}

export interface RecapOpd {
  name: string;
  /** the OPD's key: its name without case, punctuation and spacing differences (opdCode.ts) */
  code: string;
  regency: string;
}

/** A count for the period (from … to) and up to the period's end (cumulative). */
export interface Span {
  period: number;
  cumulative: number;
}

export interface UnitStaff {
  /** null: staff without a unit */
  name: string | null;
  active: number;
}

export interface StaffLine {
  name: string;
  nip: string | null;
  nik: string | null;
  employment: Employment;
  positionType: PositionType;
  position: string | null;
  rank: string | null;
  unit: string | null;
}

export interface StaffFigures {
  /** active staff on the roster when the recap is made */
  active: number;
  byEmployment: Record<Employment, number>;
  byPositionType: Record<PositionType, number>;
  /** units by name (staff without a unit last) */
  units: UnitStaff[];
  /** active staff by unit, then name */
  people: StaffLine[];
}

export interface SessionLine {
  date: IsoDate;
  startTime: string;
  place: string;
  topic: string;
  status: SessionStatus;
  phase: Phase | null;
  inPeriod: boolean;
  /** active people the session's audience holds now */
  invited: number;
}

export interface SessionFigures {
  held: Span;
  planned: Span;
  cancelled: Span;
  /** sessions dated up to the period's end, by date */
  list: SessionLine[];
}

export interface RecapElection {
  name: string;
  /** the phase of the period's last day; null when the calendar lacks the dates */
  phase: Phase | null;
}

export interface RecapFigures {
  formatVersion: typeof RECAP_FORMAT_VERSION;
  appVersion: string;
  /** when the recap was made (ISO timestamp) */
  madeAt: string;
  opd: RecapOpd;
  period: RecapPeriod;
  election: RecapElection | null;
  staff: StaffFigures;
  sessions: SessionFigures;
}
