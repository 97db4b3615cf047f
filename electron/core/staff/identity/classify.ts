// What a raw identifier cell holds, by digit count: 18 → NIP PNS / NI PPPK, 16 → NIK, 9 → an old NIP (not an
// identifier the app keeps), blank → none, anything else → invalid.
import { identifierDigits } from './digits';
import type { DecodedNik } from './nik';
import { decodeNik } from './nik';
import type { DecodedNip } from './nip';
import { decodeNip } from './nip';
import type { IdentifierRefusal } from './refusal';
import { refusal } from './refusal';

export type IdentifierClass =
  | { type: 'nip'; nip: DecodedNip }
  | { type: 'nik'; nik: DecodedNik }
  | { type: 'old-nip'; digits: string }
  | { type: 'none' }
  | ({ type: 'invalid' } & IdentifierRefusal);

/** `expect` names the column the text came from; it picks the refusal code when the length fits neither. */
export function classifyIdentifier(raw: string, expect: 'nip' | 'nik' = 'nip', today: Date = new Date()): IdentifierClass {
  const digits = identifierDigits(raw);
  const code = expect === 'nik' ? 'invalid-nik' : 'invalid-nip';
  if (digits === '') return { type: 'none' };
  if (digits === null) return { type: 'invalid', ...refusal(code, 'id-reason-not-digits') };
  if (digits.length === 18) {
    const nip = decodeNip(digits, today);
    return nip.ok ? { type: 'nip', nip } : { type: 'invalid', ...nip };
  }
  if (digits.length === 16) {
    const nik = decodeNik(digits, today);
    return nik.ok ? { type: 'nik', nik } : { type: 'invalid', ...nik };
  }
  if (digits.length === 9) return { type: 'old-nip', digits };
  return { type: 'invalid', ...refusal(code, 'id-reason-length', { count: digits.length, expected: expect === 'nik' ? 16 : 18 }) };
}
