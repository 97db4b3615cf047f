// Working days as the deadlines count them: Monday to Friday, less the national holidays and cuti bersama in the
// holiday table (editable reference data). Dates are `YYYY-MM-DD` text, shifted in UTC (elections/dates.ts).
import { addDays, weekday } from '../elections/dates';
import type { IsoDate } from '../elections/types';

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/** The `n`-th working day after `from` (`from` itself never counts: the clock starts the next day). */
export function addWorkingDays(from: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let date = from;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) left--;
  }
  return date;
}
