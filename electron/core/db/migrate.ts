import type { Database as SqlDatabase } from 'sql.js';
import type { Migration } from './migrations';
import { migrations as allMigrations } from './migrations';

export class NewerSchemaError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(`database schema ${found} is newer than this app's ${known}`);
    this.name = 'NewerSchemaError';
  }
}

export function readUserVersion(db: SqlDatabase): number {
  const rows = db.exec('PRAGMA user_version');
  return Number(rows[0]?.values[0]?.[0] ?? 0);
}

export function latestVersion(list: readonly Migration[] = allMigrations): number {
  return list.length === 0 ? 0 : list[list.length - 1]!.version;
}

export function assertOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    const expected = i + 1;
    if (m.version !== expected) throw new Error(`migration #${i} has version ${m.version}, expected ${expected}`);
  });
}

/** Pending migrations for this database; throws NewerSchemaError for a file from a newer app. */
export function pendingMigrations(db: SqlDatabase, list: readonly Migration[] = allMigrations): Migration[] {
  assertOrdered(list);
  const current = readUserVersion(db);
  const known = latestVersion(list);
  if (current > known) throw new NewerSchemaError(current, known);
  return list.filter((m) => m.version > current);
}

/** Runs each pending migration in its own transaction; returns the versions applied. */
export function runMigrations(db: SqlDatabase, list: readonly Migration[] = allMigrations, upTo?: number): number[] {
  const applied: number[] = [];
  for (const m of pendingMigrations(db, list)) {
    if (upTo !== undefined && m.version > upTo) break;
    db.exec('BEGIN IMMEDIATE');
    try {
      m.up(db);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
    applied.push(m.version);
  }
  return applied;
}
