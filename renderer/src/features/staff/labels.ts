// Indonesian labels for the roster's codes (employment, position type, reason for leaving), and id-ID numbers.
import type { Employment, LeftReason, PositionType, Staff } from '../../../../electron/core/staff/types';
import { fill, ui } from '../../lib/messages';

const r = ui.roster;

/** In the order the select lists show them. */
export const EMPLOYMENT_OPTIONS = Object.keys(r.employment) as Employment[];
export const POSITION_TYPE_OPTIONS = Object.keys(r.positionType) as PositionType[];
export const LEFT_REASON_OPTIONS = Object.keys(r.leftReason) as LeftReason[];

export function employmentLabel(code: Employment): string {
  return r.employment[code] ?? code;
}

export function positionTypeLabel(code: PositionType): string {
  return r.positionType[code] ?? code;
}

export function genderLabel(code: Staff['gender']): string {
  return code ? r.gender[code] : '';
}

export function leftReasonLabel(code: LeftReason): string {
  return r.leftReason[code] ?? code;
}

/** `Aktif`, or `Keluar: Mutasi` */
export function statusLabel(staff: Pick<Staff, 'status' | 'leftReason'>): string {
  if (staff.status === 'ACTIVE') return r.statusActive;
  return staff.leftReason ? fill(r.statusLeftReason, { reason: leftReasonLabel(staff.leftReason) }) : r.statusLeft;
}

const numbers = new Intl.NumberFormat('id-ID');

/** `10.000` */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** An 18-digit NIP as it is written on paper, `19680523 199803 1 005`; anything else as it is. */
export function formatIdentifier(staff: Pick<Staff, 'nip' | 'nik'>): string {
  if (staff.nip && /^\d{18}$/.test(staff.nip)) {
    const n = staff.nip;
    return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
  }
  return staff.nip ?? staff.nik ?? '';
}

/** Today in local time as `YYYY-MM-DD` (what date inputs and the core expect). */
export function todayIso(now = new Date()): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const f = ui.roster.form;
/** The core's field names (as an import's changedFields lists them) in the words of the screen. */
const FIELD_LABELS: Record<string, string> = {
  name: r.colName, nip: 'NIP', nik: 'NIK', identifier: r.colIdentifier, employment: r.colEmployment, rank: r.colRank,
  rankName: r.colRank, position: r.colPosition, positionType: f.positionType, unit: r.colUnit, unitId: r.colUnit,
  gender: f.gender, birthDate: f.birthDate, birthPlace: f.birthPlace,
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}
