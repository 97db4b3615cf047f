// Migration 3 (elections and sessions): built at schema 2 with a profile, units and staff, migrated, the old rows
// intact and the new tables guarding what they must.
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateTo } from './migrationStep';

describe('migration 3: elections and sessions', () => {
  it('keeps the roster and the profile, and adds elections, sessions and their audiences', async () => {
    const db = await databaseBefore(3);
    db.exec(`UPDATE opd_profile SET opd_name = 'Dinas Sosial', head_name = 'Drs. H. Abdul Rahman, M.Si.' WHERE id = 1;
      INSERT INTO unit (id, name, name_key, created_at) VALUES (1, 'Sekretariat', 'sekretariat', 'x'), (2, 'Bidang Rehabilitasi Sosial', 'bidang rehabilitasi sosial', 'x');
      INSERT INTO staff (id, name, nip, employment, position_type, unit_id, created_at, updated_at)
        VALUES (7, 'Siti Aminah', '198507142010012003', 'PNS', 'PELAKSANA', 1, 'x', 'x'), (8, 'Budi', NULL, 'NON_ASN', 'PELAKSANA', 2, 'x', 'x');`);
    migrateTo(db, 3);
    expect(db.exec('SELECT opd_name, head_name FROM opd_profile')[0]?.values).toEqual([['Dinas Sosial', 'Drs. H. Abdul Rahman, M.Si.']]);
    expect(db.exec('SELECT id, name, unit_id FROM staff ORDER BY id')[0]?.values).toEqual([[7, 'Siti Aminah', 1], [8, 'Budi', 2]]);
    db.exec('PRAGMA foreign_keys = ON');

    db.exec(`INSERT INTO election (id, name, kind, campaign_start, is_active, created_at, updated_at) VALUES (1, 'Pilkada 2024', 'PILKADA', '2024-09-25', 1, 'x', 'x')`);
    expect(() => db.exec(`INSERT INTO election (name, kind, is_active, created_at, updated_at) VALUES ('Lain', 'PILKADA', 1, 'x', 'x')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO election (name, kind, created_at, updated_at) VALUES ('Lain', 'PILPRES', 'x', 'x')`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO election (name, kind, voting_day, created_at, updated_at) VALUES ('Lain', 'PEMILU', '27-11-2024', 'x', 'x')`)).toThrow(/CHECK/);

    const session = (id: number, extra = "'[]'") => db.exec(`INSERT INTO session (id, election_id, date, start_time, place, topic, speakers, audience, created_at, updated_at)
      VALUES (${id}, 1, '2024-09-23', '08:00', 'Aula', 'Sosialisasi', ${extra}, 'UNITS', 'x', 'x')`);
    session(1);
    expect(() => session(2, "'not json'")).toThrow(/CHECK/);
    expect(() => session(3, `'{"a":1}'`)).toThrow(/CHECK/);
    db.exec('INSERT INTO session_unit (session_id, unit_id) VALUES (1, 1), (1, 2); INSERT INTO session_staff (session_id, staff_id) VALUES (1, 7)');
    expect(() => db.exec('INSERT INTO session_unit (session_id, unit_id) VALUES (1, 99)')).toThrow(/FOREIGN KEY/);
    expect(() => db.exec('INSERT INTO session_staff (session_id, staff_id) VALUES (1, 99)')).toThrow(/FOREIGN KEY/);
    // a unit or a person chosen for a session cannot vanish under it
    expect(() => db.exec('DELETE FROM unit WHERE id = 2')).toThrow(/FOREIGN KEY/);
    expect(() => db.exec('DELETE FROM election WHERE id = 1')).toThrow(/FOREIGN KEY/);
    db.exec('DELETE FROM session WHERE id = 1');
    expect(db.exec('SELECT COUNT(*) FROM session_unit')[0]?.values).toEqual([[0]]);
    expect(db.exec('SELECT COUNT(*) FROM session_staff')[0]?.values).toEqual([[0]]);
    db.close();
  });
});
