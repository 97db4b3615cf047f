// NIK, 16 digits: province 2 · kabupaten 2 · kecamatan 2 · birth DDMMYY (women: DD + 40) · serial 4.
// Century: YY later than this year's two digits → 19YY, otherwise 20YY.
import type { Gender, IsoDate } from '../types';
import { fullYear, isRealDate, isoDate } from './calendar';
import { identifierDigits } from './digits';
import type { IdentifierRefusal } from './refusal';
import { refusal } from './refusal';

export interface DecodedNik {
  ok: true;
  digits: string;
  /** Province, kabupaten/kota and kecamatan codes: the first six digits. */
  regionCode: string;
  birthDate: IsoDate;
  gender: Gender;
}

/** Province codes start at 11 (Aceh); none starts with 0. */
const MIN_PROVINCE_CODE = 11;

export function decodeNik(raw: string, today: Date = new Date()): DecodedNik | IdentifierRefusal {
  const digits = identifierDigits(raw);
  if (digits === null) return refusal('invalid-nik', 'id-reason-not-digits');
  if (digits.length !== 16) return refusal('invalid-nik', 'id-reason-length', { count: digits.length, expected: 16 });
  const regionCode = digits.slice(0, 6);
  if (Number(digits.slice(0, 2)) < MIN_PROVINCE_CODE || digits.slice(2, 4) === '00' || digits.slice(4, 6) === '00') {
    return refusal('invalid-nik', 'nik-reason-region', { value: regionCode });
  }
  const rawDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const year = fullYear(Number(digits.slice(10, 12)), today);
  const gender: Gender = rawDay > 40 ? 'P' : 'L';
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  if (!isRealDate(year, month, day)) return refusal('invalid-nik', 'id-reason-birth-date', { value: digits.slice(6, 12) });
  return { ok: true, digits, regionCode, birthDate: isoDate(year, month, day), gender };
}
