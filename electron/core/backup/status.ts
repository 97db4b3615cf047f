// When the user last made a backup ("Cadangkan" or "Serah terima"), kept in a small file in the automatic
// backups' folder beside the database: every PC that opens this database (a shared folder) sees the same
// reminder, and a restore does not turn the clock back.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../db/atomicFile';
import { backupsDirOf } from '../db/paths';

export const REMIND_AFTER_DAYS = 7;
const RECORD_NAME = 'cadangan-terakhir.json';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface LastBackup {
  at: string;
  name: string;
}

function recordPath(dbFile: string): string {
  return path.join(backupsDirOf(dbFile), RECORD_NAME);
}

export function readLastBackup(dbFile: string): LastBackup | null {
  try {
    const raw = JSON.parse(fs.readFileSync(recordPath(dbFile), 'utf8')) as Partial<LastBackup>;
    return typeof raw.at === 'string' && !Number.isNaN(Date.parse(raw.at)) && typeof raw.name === 'string' ? { at: raw.at, name: raw.name } : null;
  } catch {
    return null;
  }
}

export function recordBackup(dbFile: string, last: LastBackup): void {
  fs.mkdirSync(backupsDirOf(dbFile), { recursive: true });
  writeFileAtomic(recordPath(dbFile), Buffer.from(JSON.stringify(last)));
}

/** Whole days from `at` to `now`; the reminder is due past REMIND_AFTER_DAYS, or when there was never a backup. */
export function reminderOf(last: LastBackup | null, now: Date): { daysSince: number | null; remind: boolean } {
  if (!last) return { daysSince: null, remind: true };
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(last.at)) / DAY_MS));
  return { daysSince: days, remind: days > REMIND_AFTER_DAYS };
}
