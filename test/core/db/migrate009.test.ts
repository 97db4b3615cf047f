// Migration 9 (the privacy setting of this data): built at schema 8 with rows, migrated, the old rows intact, one
// settings row with the Temuan lock off, and no second row possible.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { readUserVersion, runMigrations } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { loadSqlJs } from '../../../electron/core/db/sqlite';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

describe('migration 9: the privacy setting', () => {
  it('keeps the data and adds one privacy_setting row, Temuan lock off', () => {
    const db = new SQL.Database();
    runMigrations(db, migrations, 8);
    db.exec(`UPDATE opd_profile SET opd_name = 'Dinas Sosial' WHERE id = 1;
      INSERT INTO staff (id, name, nip, employment, position_type, created_at, updated_at) VALUES (7, 'Siti Aminah', '198507142010012003', 'PNS', 'PELAKSANA', 'x', 'x');`);
    expect(runMigrations(db, migrations, 9)).toEqual([9]);
    expect(readUserVersion(db)).toBe(9);
    expect(db.exec('SELECT opd_name FROM opd_profile')[0]?.values).toEqual([['Dinas Sosial']]);
    expect(db.exec('SELECT id, name FROM staff')[0]?.values).toEqual([[7, 'Siti Aminah']]);
    expect(db.exec('SELECT id, findings_locked FROM privacy_setting')[0]?.values).toEqual([[1, 0]]);
    expect(() => db.exec('INSERT INTO privacy_setting (id) VALUES (2)')).toThrow(/CHECK/);
    expect(() => db.exec('UPDATE privacy_setting SET findings_locked = 2')).toThrow(/CHECK/);
    db.exec('UPDATE privacy_setting SET findings_locked = 1');
    expect(db.exec('SELECT findings_locked FROM privacy_setting')[0]?.values).toEqual([[1]]);
    db.close();
  });
});
