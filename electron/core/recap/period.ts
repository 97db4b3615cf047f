// The recap's period: any span of whole days, this week (Monday to Sunday) by default.
import { addDays, isIsoDate, weekday } from '../elections/dates';
import type { IsoDate } from '../elections/types';
import { UserError } from '../errors';
import type { RecapPeriod } from './figures';

/** Monday to Sunday of the week holding `today` (a local calendar date). */
export function weekOf(today: IsoDate): RecapPeriod {
  const from = addDays(today, -((weekday(today) + 6) % 7));
  return { from, to: addDays(from, 6) };
}

export function checkPeriod(p: RecapPeriod): void {
  if (!isIsoDate(p.from)) throw new UserError('recap-date-invalid', { value: p.from, field: 'from' });
  if (!isIsoDate(p.to)) throw new UserError('recap-date-invalid', { value: p.to, field: 'to' });
  if (p.to < p.from) throw new UserError('recap-period-order', { from: p.from, to: p.to, field: 'to' });
}
