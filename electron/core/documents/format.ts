// How printed documents write dates, times, NIPs, ranks and places (Indonesian office conventions).
import { weekday } from '../elections/dates';
import type { IsoDate } from '../elections/types';
import type { Staff } from '../staff/types';
import { formatDateLong } from '../../shared/format';
import { fillTemplate, ui } from '../../shared/messages';

const t = ui.documents;

/** `2024-09-23` → `Senin, 23 September 2024` */
export function dayAndDate(date: IsoDate): string {
  return `${t.days[weekday(date)]}, ${formatDateLong(date)}`;
}

/** `08:00`–`12:00` WIB → `08.00 – 12.00 WIB`; no end → `08.00 WIB – selesai` */
export function timeRange(start: string, end: string | null, zone: string): string {
  const dot = (hhmm: string) => hhmm.replace(':', '.');
  return end ? fillTemplate(t.timeRange, { start: dot(start), end: dot(end), zone }) : fillTemplate(t.timeUntilDone, { start: dot(start), zone });
}

/** An 18-digit NIP (or NI PPPK) as it is printed: `19680523 199803 1 005`. Anything else as it is. */
export function formatNip(digits: string): string {
  return /^\d{18}$/.test(digits) ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}` : digits;
}

/** The identifier a sheet prints for a person: the NIP, else the NIK, else nothing. */
export function staffIdentifier(s: Pick<Staff, 'nip' | 'nik'>): string {
  if (s.nip) return formatNip(s.nip);
  return s.nik ?? '';
}

/** PNS: `Penata Muda Tk. I (III/b)`; PPPK: `IX`; none: `-`. */
export function rankText(s: Pick<Staff, 'rank' | 'rankName'>): string {
  if (!s.rank) return '-';
  // "Tk. I" kept on one line: "Penata Muda Tk. I (III/b)" must not wrap as "Penata Muda Tk." / "I (III/b)"
  return s.rankName ? `${s.rankName.replace(/Tk\. I$/, 'Tk.\u00a0I')} (${s.rank})` : s.rank;
}

/** The place in "<place>, <date>": the regency without "Kabupaten"/"Kota" (`Kabupaten Pamekasan` → `Pamekasan`). */
export function cityOf(regency: string): string {
  return regency.replace(/\s+/g, ' ').trim().replace(/^(kabupaten|kab\.?|kota|kotamadya|pemerintah)\s+/i, '').trim();
}
