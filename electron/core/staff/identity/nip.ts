// NIP PNS and NI PPPK: both 18 digits (DOMAIN.md "Identifiers").
//   NIP PNS : birth YYYYMMDD (1–8) · TMT CPNS YYYYMM (9–14) · gender 1=L 2=P (15) · serial (16–18)
//   NI PPPK : birth YYYYMMDD (1–8) · appointment year YYYY (9–12) · two digits that are not a month (13–14,
//             e.g. 21, 24) · gender (15) · serial (16–18)
// Shape decision: digits 13–14 a month 01–12 and a plausible TMT → PNS; otherwise digits 9–12 a plausible
// appointment year → PPPK; otherwise refused.
import type { Gender, IsoDate } from '../types';
import { isRealDate, isoDate, pad2 } from './calendar';
import { identifierDigits } from './digits';
import type { IdentifierRefusal } from './refusal';
import { refusal } from './refusal';

export type NipKind = 'PNS' | 'PPPK';

export interface DecodedNip {
  ok: true;
  kind: NipKind;
  digits: string;
  birthDate: IsoDate;
  gender: Gender;
  /** PNS only: TMT CPNS as `YYYY-MM`. */
  tmt?: string;
  /** PPPK only. */
  appointmentYear?: number;
}

/** Oldest birth year accepted: nobody born earlier is still on a payroll. */
export const MIN_BIRTH_YEAR = 1940;
/** Youngest age at appointment (and so at TMT CPNS). */
export const MIN_WORKING_AGE = 15;
/** PPPK were first appointed in 2019 (PP 49/2018). */
export const FIRST_PPPK_YEAR = 2019;

export function decodeNip(raw: string, today: Date = new Date()): DecodedNip | IdentifierRefusal {
  const digits = identifierDigits(raw);
  if (digits === null) return refusal('invalid-nip', 'id-reason-not-digits');
  if (digits.length !== 18) return refusal('invalid-nip', 'id-reason-length', { count: digits.length, expected: 18 });

  const birthYear = Number(digits.slice(0, 4));
  const birthMonth = Number(digits.slice(4, 6));
  const birthDay = Number(digits.slice(6, 8));
  if (!isRealDate(birthYear, birthMonth, birthDay)) return refusal('invalid-nip', 'id-reason-birth-date', { value: digits.slice(0, 8) });
  const thisYear = today.getFullYear();
  if (birthYear < MIN_BIRTH_YEAR || birthYear > thisYear - MIN_WORKING_AGE) return refusal('invalid-nip', 'id-reason-birth-year', { value: birthYear });

  const genderDigit = digits.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') return refusal('invalid-nip', 'nip-reason-gender', { value: genderDigit });
  const gender: Gender = genderDigit === '1' ? 'L' : 'P';
  const birthDate = isoDate(birthYear, birthMonth, birthDay);

  const year = Number(digits.slice(8, 12));
  const month = Number(digits.slice(12, 14));
  const earliest = (birthYear + MIN_WORKING_AGE) * 12 + birthMonth;
  if (month >= 1 && month <= 12) {
    if (year * 12 + month >= earliest && year <= thisYear + 1) {
      return { ok: true, kind: 'PNS', digits, birthDate, gender, tmt: `${year}-${pad2(month)}` };
    }
  } else if (year >= FIRST_PPPK_YEAR && year >= birthYear + MIN_WORKING_AGE && year <= thisYear + 1) {
    return { ok: true, kind: 'PPPK', digits, birthDate, gender, appointmentYear: year };
  }
  return refusal('invalid-nip', 'nip-reason-tmt', { value: digits.slice(8, 14) });
}
