// The period controls' arithmetic: a week moved by whole weeks, as calendar dates (UTC, no time zone shifts).
import type { RecapPeriod } from '../../../../electron/core/contract';

function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

export function shiftWeek(p: RecapPeriod, weeks: number): RecapPeriod {
  return { from: shift(p.from, 7 * weeks), to: shift(p.to, 7 * weeks) };
}

/** The name the save dialog will offer (the core makes the same: recap/workbook/index.ts). */
export function suggestedName(template: string, opd: string, to: string): string {
  return template.replace('{opd}', opd.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim()).replace('{date}', to);
}
