// Signing outside a session, checked: the people exist and had not left before that day, the date is real and
// not in the future.
import type { Tx } from '../db/database';
import { isIsoDate } from '../elections/dates';
import { getElection } from '../elections/service';
import type { IsoDate } from '../elections/types';
import { UserError } from '../errors';
import { getStaff } from '../staff/repository';
import { signOutsideSession } from './signatures';

export function signOutside(tx: Tx, input: { electionId: number; staffIds: number[]; date: IsoDate }, today: IsoDate, now = new Date()): { signed: number } {
  getElection(tx, input.electionId);
  if (!isIsoDate(input.date)) throw new UserError('pledge-date-invalid', { value: input.date, field: 'date' });
  if (input.date > today) throw new UserError('pledge-date-future', { value: input.date, field: 'date' });
  const ids = [...new Set(input.staffIds)];
  for (const id of ids) {
    const s = getStaff(tx, id);
    if (s.status === 'LEFT' && s.leftDate !== null && s.leftDate <= input.date) {
      throw new UserError('attendance-staff-left', { name: s.name, date: s.leftDate.split('-').reverse().join('/') });
    }
    signOutsideSession(tx, input.electionId, id, input.date, now);
  }
  return { signed: ids.length };
}
