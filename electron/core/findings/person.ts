// The person a finding is about: chosen from the roster (copied as the roster has them now, the link kept) or
// typed in and validated like the roster (NIP PNS / NI PPPK / NIK decoded, employment checked against the NIP's
// shape, position type derived from the jabatan unless chosen).
import type { Query } from '../db/database';
import { UserError } from '../errors';
import { getStaff } from '../staff/repository';
import { classifyIdentifier, employmentContradicts, positionTypeOf } from '../staff/identity';
import type { Employment, PositionType } from '../staff/types';
import { storedText } from '../text/storedText';
import { errorMessage, ui } from '../../shared/messages';
import type { FindingPerson } from './types';

export type PersonInput =
  | { kind: 'STAFF'; staffId: number }
  | { kind: 'TYPED'; identifier: string; name: string; position: string; unit: string; employment: Employment; positionType: PositionType | null };

export function resolvePerson(q: Query, input: PersonInput, today = new Date()): FindingPerson {
  if (input.kind === 'STAFF') {
    const s = getStaff(q, input.staffId);
    return {
      staffId: s.id, name: s.name, nip: s.nip, nik: s.nik, position: s.position ?? '', positionType: s.positionType,
      unit: s.unitName ?? '', employment: s.employment,
    };
  }
  const name = storedText(input.name);
  if (!name) throw new UserError('required', { label: ui.findings.fields.personName, field: 'personName' });
  const position = storedText(input.position);
  const base = { staffId: null, name, position, unit: storedText(input.unit), employment: input.employment, positionType: input.positionType ?? positionTypeOf(position) };
  const found = classifyIdentifier(input.identifier, 'nip', today);
  const invalid = (reason: string) => new UserError('staff-invalid-identifier', { value: input.identifier, reason, field: 'identifier' });
  switch (found.type) {
    case 'none':
      return { ...base, nip: null, nik: null };
    case 'old-nip':
      throw invalid(errorMessage('id-reason-old-nip'));
    case 'invalid':
      throw invalid(found.reason);
    case 'nik':
      return { ...base, nip: null, nik: found.nik.digits };
    case 'nip':
      if (employmentContradicts(input.employment, found.nip)) {
        throw new UserError('staff-employment-mismatch', {
          shape: found.nip.kind === 'PNS' ? 'NIP PNS' : 'NI PPPK', stated: ui.roster.employment[input.employment], field: 'employment',
        });
      }
      return { ...base, nip: found.nip.digits, nik: null };
  }
}
