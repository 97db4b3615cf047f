// The shape of an identifier that could not be accepted: a stable code and an Indonesian reason (a fragment
// that fits the `{reason}` placeholder of the 'roster-row-invalid-nip' / 'roster-row-invalid-nik' messages).
import type { DetailsArg, ErrorCode } from '../../../shared/messages';
import { errorMessage } from '../../../shared/messages';

export interface IdentifierRefusal {
  ok: false;
  code: 'invalid-nip' | 'invalid-nik';
  reason: string;
}

export function refusal<C extends ErrorCode>(code: IdentifierRefusal['code'], reason: C, ...details: DetailsArg<C>): IdentifierRefusal {
  return { ok: false, code, reason: errorMessage(reason, ...details) };
}
