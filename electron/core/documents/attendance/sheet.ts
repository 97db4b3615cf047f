// The daftar hadir as data: everything the PDF and the Word file print, gathered once from the database so both
// formats show the same people in the same order with the same numbers.
import type { Query } from '../../db/database';
import { getProfile } from '../../profile/service';
import { resolveAudience } from '../../sessions/audience';
import { getSession, headOfOpd } from '../../sessions/service';
import type { Audience, Signer } from '../../sessions/types';
import type { Staff } from '../../staff/types';
import { formatDateLong } from '../../../shared/format';
import { fillTemplate, ui } from '../../../shared/messages';
import { cityOf, dayAndDate, formatNip, rankText, staffIdentifier, timeRange } from '../format';
import type { LetterheadData } from '../letterhead';
import { letterheadOf } from '../letterhead';
import type { PaperSize, SheetOptions, SheetSource } from '../types';
import { groupByUnit, sortForSheet } from './order';

export interface SheetRow {
  no: number;
  /** the person printed on the row; 0 on a blank row */
  staffId: number;
  name: string;
  nip: string;
  rank: string;
  position: string;
  unit: string;
}

export interface SheetSection {
  /** the unit's name when the sheet has one section per unit */
  heading: string | null;
  rows: SheetRow[];
}

/** The lines under the title; null = not known yet, printed as a dotted line to fill in by hand. */
export interface SheetDetails {
  dayDate: string | null;
  time: string | null;
  place: string | null;
  activity: string | null;
}

export interface ClosingBlock {
  /** "<place>, <date>" */
  placeDate: string;
  position: string;
  name: string;
  rank: string;
  /** "NIP. 19680523 199803 1 005", or empty */
  nip: string;
}

export interface AttendanceSheet {
  paper: PaperSize;
  letterhead: LetterheadData;
  title: string;
  details: SheetDetails;
  sections: SheetSection[];
  /** numbered empty rows after the last section, for walk-ins; their numbers follow the last person's */
  blankRows: number;
  closing: ClosingBlock;
  /** a short name for the saved file: "Daftar Hadir 2024-09-23" */
  fileStem: string;
  /** the election the document is for, worded for the pledge ("Pemilihan Kepala Daerah Serentak Tahun 2024") */
  electionName: string | null;
  /** the sheet's version (attendance/sheetVersions.ts) once a print of a session's sheet was kept; printed on the
   * paper from version 2 on, so the secretary ticks off against the right numbers */
  version: number | null;
}

const t = ui.documents;

function rowOf(s: Staff, no: number): SheetRow {
  return { no, staffId: s.id, name: s.name, nip: staffIdentifier(s) || '-', rank: rankText(s), position: s.position ?? '', unit: s.unitName ?? '' };
}

export function closingOf(signer: Signer, placeDate: string): ClosingBlock {
  return {
    placeDate,
    position: signer.position ? `${signer.position},` : '',
    name: signer.name,
    rank: signer.rank,
    nip: signer.nip ? `${t.nipPrefix} ${formatNip(signer.nip)}` : '',
  };
}

export function buildAttendanceSheet(q: Query, source: SheetSource, options: SheetOptions): AttendanceSheet {
  const profile = getProfile(q);
  let audience: Audience;
  let details: SheetDetails = { dayDate: null, time: null, place: null, activity: null };
  let signer: Signer = headOfOpd(q);
  let title: string = t.attendanceTitle;
  let date: string | null = null;
  let city = cityOf(profile.regency);
  let electionName: string | null = null;
  if (source.kind === 'session') {
    const s = getSession(q, source.sessionId);
    audience = s.audience;
    details = { dayDate: dayAndDate(s.date), time: timeRange(s.startTime, s.endTime, s.timeZone), place: s.place || null, activity: s.topic };
    signer = s.signerResolved;
    title = s.sheetTitle ?? t.attendanceTitle;
    date = s.date;
    city = s.signCity ?? city;
    electionName = s.electionName;
  } else {
    audience = source.kind === 'allStaff' ? { kind: 'ALL' } : { kind: 'UNITS', unitIds: source.unitIds };
  }

  const sorted = sortForSheet(resolveAudience(q, audience).active, options.order);
  let no = 0;
  const sections: SheetSection[] = options.sectionsPerUnit
    ? groupByUnit(sorted).map((g) => ({ heading: (g.unit ?? t.noUnit).toUpperCase(), rows: g.staff.map((s) => rowOf(s, ++no)) }))
    : [{ heading: null, rows: sorted.map((s) => rowOf(s, ++no)) }];

  const placeDate = `${city || t.blankShort}, ${date ? formatDateLong(date) : t.blankLong}`;
  return {
    paper: options.paper,
    letterhead: letterheadOf(profile),
    title,
    details,
    sections,
    blankRows: options.blankRows,
    closing: closingOf(signer, placeDate),
    fileStem: date ? `${t.attendanceFile} ${date}` : t.attendanceFile,
    electionName,
    version: null,
  };
}

/** The "Hari/Tanggal : …" lines, with the version from the second one on. */
export function detailLines(sheet: AttendanceSheet): [string, string | null][] {
  const d = t.details;
  const lines: [string, string | null][] = [[d.dayDate, sheet.details.dayDate], [d.time, sheet.details.time], [d.place, sheet.details.place], [d.activity, sheet.details.activity]];
  if (sheet.version !== null && sheet.version > 1) lines.push([d.version, fillTemplate(d.versionValue, { version: sheet.version })]);
  return lines;
}
