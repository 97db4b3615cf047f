// Migration 6 (attendance and pledges): built at schema 5 with staff, an election and a session, migrated, the old
// rows intact and the new tables guarding what they must.
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateTo } from './migrationStep';

describe('migration 6: attendance and pledges', () => {
  it('keeps staff and sessions, and adds sheets, marks, pledge texts, signatures and campaigns', async () => {
    const db = await databaseBefore(6);
    db.exec(`INSERT INTO unit (id, name, name_key, created_at) VALUES (1, 'Sekretariat', 'sekretariat', 'x');
      INSERT INTO staff (id, name, nip, employment, position_type, unit_id, created_at, updated_at)
        VALUES (7, 'Siti Aminah', '198507142010012003', 'PNS', 'PELAKSANA', 1, 'x', 'x'), (8, 'Budi', NULL, 'NON_ASN', 'PELAKSANA', 1, 'x', 'x');
      INSERT INTO election (id, name, kind, is_active, created_at, updated_at) VALUES (1, 'Pilkada 2024', 'PILKADA', 1, 'x', 'x');
      INSERT INTO session (id, election_id, date, start_time, place, topic, audience, status, created_at, updated_at)
        VALUES (3, 1, '2024-09-23', '08:00', 'Aula', 'Sosialisasi', 'ALL', 'HELD', 'x', 'x');`);
    migrateTo(db, 6);
    expect(db.exec('SELECT id, name FROM staff ORDER BY id')[0]?.values).toEqual([[7, 'Siti Aminah'], [8, 'Budi']]);
    expect(db.exec('SELECT id, status FROM session')[0]?.values).toEqual([[3, 'HELD']]);
    db.exec('PRAGMA foreign_keys = ON');

    db.exec(`INSERT INTO session_sheet (session_id, version, printed_at) VALUES (3, 1, 'x');
      INSERT INTO session_sheet_row (session_id, version, row_no, staff_id) VALUES (3, 1, 1, 8), (3, 1, 2, 7)`);
    expect(() => db.exec('INSERT INTO session_sheet_row (session_id, version, row_no, staff_id) VALUES (3, 1, 3, 7)')).toThrow(/UNIQUE/);
    expect(() => db.exec('INSERT INTO session_sheet_row (session_id, version, row_no, staff_id) VALUES (3, 2, 1, 7)')).toThrow(/FOREIGN KEY/);
    expect(() => db.exec('INSERT INTO session_sheet_row (session_id, version, row_no, staff_id) VALUES (3, 1, 3, 99)')).toThrow(/FOREIGN KEY/);

    db.exec(`INSERT INTO attendance (session_id, staff_id, attended, updated_at) VALUES (3, 7, 1, 'x')`);
    expect(() => db.exec(`INSERT INTO attendance (session_id, staff_id, attended, updated_at) VALUES (3, 8, 2, 'x')`)).toThrow(/CHECK/);

    db.exec(`INSERT INTO pledge_text (id, version, points, valid_from, created_at) VALUES (1, 1, '["a","b"]', '1900-01-01', 'x')`);
    expect(() => db.exec(`INSERT INTO pledge_text (version, points, valid_from, created_at) VALUES (1, '[]', '2024-01-01', 'x')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO pledge_text (version, points, valid_from, created_at) VALUES (2, 'a', '2024-01-01', 'x')`)).toThrow(/CHECK/);
    db.exec(`INSERT INTO pledge_signature (election_id, staff_id, signed_on, session_id, text_id, created_at) VALUES (1, 7, '2024-09-23', 3, 1, 'x'), (1, 8, '2024-09-24', NULL, 1, 'x'), (1, 8, '2024-09-25', NULL, 1, 'x')`);
    // one signature a person at a session; outside sessions, as many as were signed
    expect(() => db.exec(`INSERT INTO pledge_signature (election_id, staff_id, signed_on, session_id, text_id, created_at) VALUES (1, 7, '2024-09-23', 3, 1, 'x')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO pledge_signature (election_id, staff_id, signed_on, text_id, created_at) VALUES (1, 7, '23-09-2024', 1, 'x')`)).toThrow(/CHECK/);
    db.exec(`INSERT INTO pledge_campaign (election_id, deadline, target_kinds, updated_at) VALUES (1, '2024-09-30', '["PNS","PPPK"]', 'x')`);
    expect(() => db.exec(`UPDATE pledge_campaign SET target_kinds = 'PNS'`)).toThrow(/CHECK/);

    // a person with marks or signatures cannot vanish; a removed session takes its sheet, marks and signatures
    expect(() => db.exec('DELETE FROM staff WHERE id = 7')).toThrow(/FOREIGN KEY/);
    db.exec(`INSERT INTO attendance_action (session_id, at, summary, before) VALUES (3, 'x', '{}', '[]')`);
    db.exec('DELETE FROM session WHERE id = 3');
    for (const table of ['session_sheet', 'session_sheet_row', 'attendance', 'attendance_action']) expect(db.exec(`SELECT COUNT(*) FROM ${table}`)[0]?.values).toEqual([[0]]);
    expect(db.exec('SELECT staff_id, session_id FROM pledge_signature ORDER BY id')[0]?.values).toEqual([[8, null], [8, null]]);
    db.close();
  });
});
