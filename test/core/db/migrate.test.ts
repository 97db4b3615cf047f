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

  it('2: adds units and staff, keeps the profile, and guards identifiers and status', () => {
    const db = new SQL.Database();
    runMigrations(db, migrations, 1);
    db.exec("UPDATE opd_profile SET opd_name = 'Dinas Sosial' WHERE id = 1");
    expect(runMigrations(db, migrations, 2)).toEqual([2]);
    expect(db.exec('SELECT opd_name FROM opd_profile')[0]?.values).toEqual([['Dinas Sosial']]);
    db.exec("INSERT INTO unit (id, name, name_key, created_at) VALUES (1, 'Sekretariat', 'sekretariat', '2026-11-24')");
    const insert = (nip: string | null, extra = "'ACTIVE', NULL") =>
      db.exec(`INSERT INTO staff (name, nip, employment, position_type, unit_id, status, left_reason, created_at, updated_at)
        VALUES ('A', ${nip === null ? 'NULL' : `'${nip}'`}, 'PNS', 'PELAKSANA', 1, ${extra}, 'x', 'x')`);
    insert('196805231998031005');
    expect(() => insert('196805231998031005')).toThrow(/UNIQUE/);
    expect(() => insert('19680523199803100')).toThrow(/CHECK/);
    expect(() => insert('1968052319980310x5')).toThrow(/CHECK/);
    expect(() => insert(null, "'LEFT', NULL")).toThrow(/CHECK/);
    insert(null, "'LEFT', 'PENSIUN'");
    db.exec('PRAGMA foreign_keys = ON');
    expect(() => db.exec("INSERT INTO staff (name, employment, position_type, unit_id, created_at, updated_at) VALUES ('B', 'PNS', 'PELAKSANA', 99, 'x', 'x')")).toThrow(/FOREIGN KEY/);
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

describe('migration 4: unit aliases, hand-edit flags, the import log', () => {
  it('keeps units and staff, adds the flags at 0, and ties aliases to their unit', () => {
    const db = new SQL.Database();
    // built at N-1 (whatever 3 is), with rows in the tables 4 touches
    runMigrations(db, migrations, 3);
    db.exec(`INSERT INTO unit (id, name, name_key, created_at) VALUES (1, 'Bidang SD', 'bidang sd', 'x'), (2, 'Bidang SMP', 'bidang smp', 'x');
      INSERT INTO staff (id, name, nip, employment, position, position_type, position_type_manual, unit_id, created_at, updated_at)
        VALUES (7, 'Siti', '198507142010012003', 'PNS', 'Guru', 'FUNGSIONAL', 1, 2, 'x', 'y')`);
    expect(runMigrations(db, migrations, 4)).toEqual([4]);
    expect(readUserVersion(db)).toBe(4);
    expect(db.exec('SELECT id, name, nip, unit_id, position_type_manual, unit_manual, position_manual, updated_at FROM staff')[0]?.values)
      .toEqual([[7, 'Siti', '198507142010012003', 2, 1, 0, 0, 'y']]);
    expect(() => db.exec('UPDATE staff SET unit_manual = 2')).toThrow(/CHECK/);

    db.exec('PRAGMA foreign_keys = ON');
    db.exec("INSERT INTO unit_alias (name_key, name, unit_id, created_at) VALUES ('bid sd', 'BID. SD', 1, 'x')");
    expect(() => db.exec("INSERT INTO unit_alias (name_key, name, unit_id, created_at) VALUES ('bid sd', 'Bid SD', 2, 'x')")).toThrow(/UNIQUE/);
    expect(() => db.exec("INSERT INTO unit_alias (name_key, name, unit_id, created_at) VALUES ('x', 'X', 99, 'x')")).toThrow(/FOREIGN KEY/);
    db.exec('DELETE FROM unit WHERE id = 1');
    expect(db.exec('SELECT COUNT(*) FROM unit_alias')[0]?.values).toEqual([[0]]);

    db.exec(`INSERT INTO staff_import (id, at, file_name, created, updated, marked_left, units_created) VALUES (1, 'x', 'a.xlsx', 1, 0, 0, 0);
      INSERT INTO staff_import_change (import_id, staff_id, kind) VALUES (1, 7, 'created');
      INSERT INTO staff_import_unit (import_id, unit_id) VALUES (1, 2)`);
    expect(() => db.exec("INSERT INTO staff_import_change (import_id, staff_id, kind) VALUES (1, 8, 'deleted')")).toThrow(/CHECK/);
    // the log is no reference to a person: removing them is not blocked by it
    db.exec('DELETE FROM staff WHERE id = 7');
    db.exec('DELETE FROM staff_import WHERE id = 1');
    expect(db.exec('SELECT COUNT(*) FROM staff_import_change')[0]?.values).toEqual([[0]]);
    expect(db.exec('PRAGMA foreign_key_check')).toEqual([]);
    db.close();
  });
});
