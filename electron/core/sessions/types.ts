// Socialization sessions ("Sosialisasi"): when and where, what about, who speaks, who signs the attendance
// sheet, and who is invited — the whole OPD, chosen units, or chosen people.
import type { IsoDate, PhaseOfDate } from '../elections/types';
import type { Staff } from '../staff/types';

export const SESSION_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

/**
 * Kept as chosen:
 * - ALL: every active person on the roster when the sheet is printed;
 * - UNITS: every active person in these units when the sheet is printed (a merged unit is followed);
 * - STAFF: these people. One who leaves after being invited stays in the audience, shown as left, and is not
 *   printed on the sheet (no one would sign that row).
 */
export type Audience = { kind: 'ALL' } | { kind: 'UNITS'; unitIds: number[] } | { kind: 'STAFF'; staffIds: number[] };
export type AudienceKind = Audience['kind'];

/** Who signs the sheet's closing block. */
export interface Signer {
  name: string;
  nip: string;
  rank: string;
  position: string;
}

export interface SessionFields {
  /** the election whose calendar gives the session its phase; new sessions take the active one */
  electionId: number | null;
  date: IsoDate;
  /** `HH:MM` */
  startTime: string;
  /** null = "sampai selesai" */
  endTime: string | null;
  timeZone: TimeZone;
  place: string;
  topic: string;
  speakers: string[];
  /** null = the head of the OPD from the profile, as it is when the sheet is printed */
  signer: Signer | null;
  /** null = the default title (DAFTAR HADIR PENANDATANGANAN IKRAR NETRALITAS ASN) */
  sheetTitle: string | null;
  /** the place in "<place>, <date>" above the signature; null = the regency of the profile */
  signCity: string | null;
  audience: Audience;
}

export interface Session extends SessionFields {
  id: number;
  status: SessionStatus;
  electionName: string | null;
  phase: PhaseOfDate;
  /** the people whose rows the sheet prints (active, in the audience) */
  invited: number;
  /** chosen people who have left since (STAFF audiences only) */
  left: number;
  updatedAt: string;
}

export interface AudienceUnit {
  id: number;
  name: string;
  activeStaff: number;
}

export interface SessionDetail extends Session {
  /** the signer as the sheet prints it, the profile's head filled in when `signer` is null */
  signerResolved: Signer;
  /** UNITS: the chosen units */
  units: AudienceUnit[];
  /** STAFF: the chosen people, those who left included (their status says so) */
  staff: Staff[];
}
