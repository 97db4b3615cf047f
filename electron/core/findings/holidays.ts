// National holidays and cuti bersama: editable reference data the working-day deadlines skip. Seeded for 2024
// and 2025 by migration 7; the user adds a new year's list (SKB 3 Menteri) or a day declared later.
import type { Query, Tx } from '../db/database';
import { isIsoDate } from '../elections/dates';
import type { IsoDate } from '../elections/types';
import { UserError } from '../errors';
import { storedText } from '../text/storedText';
import type { Holiday, HolidayKind } from './types';

export function listHolidays(q: Query): Holiday[] {
  return q.all('SELECT date, name, kind FROM holiday ORDER BY date').map((r) => ({ date: String(r.date), name: String(r.name), kind: String(r.kind) as HolidayKind }));
}

export function holidaySet(q: Query): Set<IsoDate> {
  return new Set(q.all('SELECT date FROM holiday').map((r) => String(r.date)));
}

/** Adds a day, or renames it when it is already in the list. */
export function saveHoliday(tx: Tx, input: Holiday, now = new Date()): Holiday[] {
  if (!isIsoDate(input.date)) throw new UserError('finding-date-invalid', { label: 'Tanggal', value: input.date, field: 'date' });
  const name = storedText(input.name);
  if (!name) throw new UserError('required', { label: 'Keterangan', field: 'name' });
  tx.run(`INSERT INTO holiday (date, name, kind, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT(date) DO UPDATE SET name = excluded.name, kind = excluded.kind`, [input.date, name, input.kind, now.toISOString()]);
  tx.audit('Holiday', input.date, 'simpan');
  return listHolidays(tx);
}

export function removeHoliday(tx: Tx, date: IsoDate): Holiday[] {
  tx.run('DELETE FROM holiday WHERE date = ?', [date]);
  tx.audit('Holiday', date, 'hapus');
  return listHolidays(tx);
}
