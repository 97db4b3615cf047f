// The one-time recovery code printed on the recovery sheet for the head of OPD: 160 random bits written in
// Crockford's base32 (no I, L, O, U: nothing to misread on paper), in groups of four. Typed back, it is read
// forgivingly: case, spaces and dashes do not matter, and O/I/L are taken for 0/1/1.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_CHARS = 32;

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function newRecoveryCode(): string {
  return encode(randomBytes(20)).match(/.{4}/g)!.join('-');
}

/** The code as typed, in its canonical form (32 characters), or null when it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const s = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== RECOVERY_CODE_CHARS || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return s;
}
