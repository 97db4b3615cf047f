// Migration 8 (the Sekda's OPD list): built at schema 7 with rows, migrated, the old rows intact, the new table
// keeping one row per OPD key.
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateTo } from './migrationStep';

describe('migration 8: the Sekda\'s OPD list', () => {
  it('keeps the profile and roster, and adds sekda_opd with one row per OPD key', async () => {
    const db = await databaseBefore(8);
    db.exec(`UPDATE opd_profile SET opd_name = 'Bagian Pemerintahan Setda' WHERE id = 1;
      INSERT INTO unit (id, name, name_key, created_at) VALUES (1, 'Sekretariat', 'sekretariat', 'x');
      INSERT INTO staff (id, name, nip, employment, position_type, unit_id, created_at, updated_at) VALUES (7, 'Siti Aminah', '198507142010012003', 'PNS', 'PELAKSANA', 1, 'x', 'x');`);
    migrateTo(db, 8);
    expect(db.exec('SELECT opd_name FROM opd_profile')[0]?.values).toEqual([['Bagian Pemerintahan Setda']]);
    expect(db.exec('SELECT id, name FROM staff')[0]?.values).toEqual([[7, 'Siti Aminah']]);
    db.exec("INSERT INTO sekda_opd (name, code, created_at) VALUES ('Dinas Kesehatan', 'dinas kesehatan', 'x')");
    expect(() => db.exec("INSERT INTO sekda_opd (name, code, created_at) VALUES ('DINAS KESEHATAN', 'dinas kesehatan', 'x')")).toThrow(/UNIQUE/);
    expect(() => db.exec("INSERT INTO sekda_opd (name, code, created_at) VALUES ('', 'x', 'x')")).toThrow(/CHECK/);
    expect(db.exec('SELECT name, code FROM sekda_opd')[0]?.values).toEqual([['Dinas Kesehatan', 'dinas kesehatan']]);
    db.close();
  });
});
