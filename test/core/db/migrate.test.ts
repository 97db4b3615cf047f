import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { NewerSchemaError, assertOrdered, readUserVersion, runMigrations } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { loadSqlJs } from '../../../electron/core/db/sqlite';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

describe('migrations', () => {
  it('are numbered 1, 2, 3, … without gaps', () => {
    expect(() => assertOrdered(migrations)).not.toThrow();
    const broken = [migrations[0]!, { ...migrations[0]!, version: 3 }];
    expect(() => assertOrdered(broken)).toThrow(/expected 2/);
  });

  it('1: creates the audit log and the single OPD profile row', () => {
    const db = new SQL.Database();
    expect(runMigrations(db, migrations, 1)).toEqual([1]);
    expect(readUserVersion(db)).toBe(1);
    expect(db.exec('SELECT id, opd_name FROM opd_profile')[0]?.values).toEqual([[1, '']]);
    expect(() => db.exec('INSERT INTO opd_profile (id) VALUES (2)')).toThrow(/CHECK/);
    db.close();
  });

  it('a failing migration leaves the database at the previous version', () => {
    const db = new SQL.Database();
    const failing = [...migrations, { version: migrations.length + 1, name: 'broken', up: (d: { exec: (s: string) => void }) => {
      d.exec('CREATE TABLE half (x)');
      d.exec('THIS IS NOT SQL');
    } }];
    expect(() => runMigrations(db, failing as typeof migrations)).toThrow();
    expect(readUserVersion(db)).toBe(migrations.length);
    expect(db.exec("SELECT name FROM sqlite_master WHERE name = 'half'")).toEqual([]);
    db.close();
  });

  it('refuses a database from the future', () => {
    const db = new SQL.Database();
    db.exec('PRAGMA user_version = 99');
    expect(() => runMigrations(db)).toThrow(NewerSchemaError);
    db.close();
  });
});
