// What every migration's test shares: a database built at the schema before the migration (the test inserts its
// fixture rows), then migrated by exactly that one step.
import { expect } from 'vitest';
import type { Database } from 'sql.js';
import { readUserVersion, runMigrations } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { loadSqlJs } from '../../../electron/core/db/sqlite';

/** An empty database at schema `version - 1`. */
export async function databaseBefore(version: number): Promise<Database> {
  const db = new (await loadSqlJs()).Database();
  runMigrations(db, migrations, version - 1);
  return db;
}

/** Runs migration `version`, and only it. */
export function migrateTo(db: Database, version: number): void {
  expect(runMigrations(db, migrations, version)).toEqual([version]);
  expect(readUserVersion(db)).toBe(version);
}
