// The pledge's wording on screen: days left, percentages with the Indonesian decimal comma, a unit's name.
import { formatPercent } from '../../../../electron/shared/format';
import { fill, formatDateLong, ui } from '../../lib/messages';

const p = ui.pledges;

export function daysLeftLabel(days: number): string {
  if (days === 0) return p.daysToday;
  return days > 0 ? fill(p.daysLeft, { days }) : fill(p.daysPassed, { days: -days });
}

export function deadlineLabel(deadline: string | null, daysLeft: number | null): string {
  if (deadline === null || daysLeft === null) return p.deadlineNone;
  return `${p.deadline}: ${formatDateLong(deadline)} (${daysLeftLabel(daysLeft)})`;
}

export const percent = formatPercent;

export function unitName(name: string | null): string {
  return name ?? p.noUnit;
}
