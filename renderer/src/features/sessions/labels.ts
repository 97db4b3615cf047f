// Indonesian words for a session: its day and time, its audience, its status.
import type { Session } from '../../../../electron/core/contract';
import { fill, formatDateLong, ui } from '../../lib/messages';

const s = ui.sessions;

/** `2024-09-23` → `Senin, 23 September 2024` */
export function dayAndDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = ui.documents.days[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return day ? `${day}, ${formatDateLong(iso)}` : formatDateLong(iso);
}

/** `08.00 – 12.00 WIB`, or `08.00 WIB – selesai` */
export function timeLabel(x: Pick<Session, 'startTime' | 'endTime' | 'timeZone'>): string {
  const dot = (t: string) => t.replace(':', '.');
  return x.endTime ? fill(s.timeRange, { start: dot(x.startTime), end: dot(x.endTime), zone: x.timeZone }) : fill(s.timeUntilDone, { start: dot(x.startTime), zone: x.timeZone });
}

export function audienceLabel(x: Pick<Session, 'audience' | 'invited'>): string {
  const a = x.audience;
  if (a.kind === 'UNITS') return fill(s.audienceSummary.UNITS, { units: a.unitIds.length, count: x.invited });
  if (a.kind === 'STAFF') return fill(s.audienceSummary.STAFF, { count: a.staffIds.length });
  return fill(s.audienceSummary.ALL, { count: x.invited });
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
