// The recap's figures: everything the weekly Excel recap ("Rekap") states, gathered from the database by one
// function per source (gather/), then written by workbook/ and read back by the Sekda's consolidation
// (consolidate/). The layout of the file is docs/recap-format.md; RECAP_FORMAT_VERSION changes with it.
//
// Sources and what they give:
// - staff (gather/staff.ts): the active roster, by employment kind, by position type, by unit, and the people;
// - sessions (gather/sessions.ts): socialization sessions held / planned / cancelled, for the period and up to
//   its end, and the list of sessions up to the period's end with their audience;
// - pledges (gather/pledges.ts, from pledges/coverage.ts): who must sign and who has, for the active election,
//   as of the period's last day; per unit, per employment kind; each person's status; attendance per session.
//   Absent (null) while there is no active election: a coverage without an election would be made up;
// - findings (gather/findings.ts, from findings/counts.ts): the counts central systems ask for, for the period
//   (act date in it) and up to its end, and the case list with stage and age.
// A section whose source has nothing to say is left out of the file (never written as zeros).
import type { Phase } from '../elections/types';
import type { FindingCounts, FindingStage } from '../findings/types';
import type { Employment, IsoDate, PositionType } from '../staff/types';
import type { SessionStatus } from '../sessions/types';

/** Bumped whenever a sheet, a column or a figure key of the file changes (docs/recap-format.md). */
export const RECAP_FORMAT_VERSION = 2;

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

export type PledgeStatus = 'SIGNED' | 'NOT_SIGNED' | 'NOT_TARGET';

export interface StaffLine {
  /** the roster's id: joins the pledge status; never written */
  id: number;
  name: string;
  nip: string | null;
  nik: string | null;
  employment: Employment;
  positionType: PositionType;
  position: string | null;
  rank: string | null;
  unit: string | null;
  /** with the pledge source: whether they signed by the period's end (NOT_TARGET: not among who must sign) */
  pledge?: PledgeStatus;
  signedOn?: IsoDate | null;
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
  /** the session's id: joins attendance; never written */
  id: number;
  date: IsoDate;
  startTime: string;
  place: string;
  topic: string;
  status: SessionStatus;
  phase: Phase | null;
  inPeriod: boolean;
  /** active people the session's audience holds now */
  invited: number;
  /** with the pledge source: people marked present, and pledges signed at the session */
  attended?: number;
  signed?: number;
}

export interface SessionFigures {
  held: Span;
  planned: Span;
  cancelled: Span;
  /** sessions dated up to the period's end, by date */
  list: SessionLine[];
}

export interface Coverage {
  target: number;
  signed: number;
}

export interface PledgeFigures {
  /** who must sign as of the period's end */
  target: number;
  /** signed by the period's end (cumulative), of which signed in the period */
  signed: Span;
  notSigned: number;
  deadline: IsoDate | null;
  byEmployment: Record<Employment, Coverage>;
  /** units by name, staff without a unit last */
  units: (Coverage & { name: string | null })[];
}

export interface FindingCase {
  id: number;
  knownDate: IsoDate;
  actDate: IsoDate;
  violationCode: string;
  violationAct: string;
  positionType: PositionType;
  phase: Phase | null;
  stage: FindingStage;
  closed: boolean;
  /** days from the date it became known to the period's end */
  ageDays: number;
  /** the reported person: written only when the user includes identities */
  name: string;
  nip: string | null;
  nik: string | null;
}

export interface FindingFigures {
  /** act date in the period */
  period: FindingCounts;
  /** act date up to the period's end */
  cumulative: FindingCounts;
  /** every finding with its act date up to the period's end, newest first */
  cases: FindingCase[];
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
  pledges: PledgeFigures | null;
  findings: FindingFigures;
}
