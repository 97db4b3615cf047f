// Calendar checks shared by the NIP and NIK decoders. `today` is a parameter everywhere so tests are stable.
import type { IsoDate } from '../types';

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The century rule for two-digit years: later than this year's two digits → 19YY, otherwise 20YY. */
export function fullYear(twoDigits: number, today: Date): number {
  const current = today.getFullYear() % 100;
  return twoDigits > current ? 1900 + twoDigits : 2000 + twoDigits;
}
