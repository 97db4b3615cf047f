// The counts a backup's preview shows, read from any database whatever areas it has: a table that does not
// exist (a backup from before pledges or findings were built) is counted as null, never an error.
import type { Database as SqlDatabase } from 'sql.js';
import { COUNTED_TABLES } from './manifest';
import type { BackupCounts } from './types';

function scalar(db: SqlDatabase, sql: string, params: (string | number)[] = []): unknown {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    return stmt.step() ? stmt.get()[0] : undefined;
  } finally {
    stmt.free();
  }
}

export function tableExists(db: SqlDatabase, table: string): boolean {
  return scalar(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]) === 1;
}

/** The table names come from COUNTED_TABLES (constants), never from the backup. */
export function countRows(db: SqlDatabase): BackupCounts {
  const counts = {} as BackupCounts;
  for (const [key, table] of Object.entries(COUNTED_TABLES) as [keyof BackupCounts, string][]) {
    counts[key] = tableExists(db, table) ? Number(scalar(db, `SELECT count(*) FROM "${table}"`)) : null;
  }
  return counts;
}

export function opdNameOf(db: SqlDatabase): string {
  if (!tableExists(db, 'opd_profile')) return '';
  return String(scalar(db, 'SELECT opd_name FROM opd_profile WHERE id = 1') ?? '');
}
