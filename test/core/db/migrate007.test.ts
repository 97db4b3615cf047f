// Migration 7 (findings): built at schema 6 with a roster, an election and evidence, migrated; the old rows
// intact, the catalog and holidays seeded, and the new tables guarding what they must.
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateTo } from './migrationStep';

describe('migration 7: findings', () => {
  it('keeps the roster and evidence, seeds the catalog and holidays, and links findings to staff and evidence', async () => {
    const db = await databaseBefore(7);
    db.exec(`INSERT INTO unit (id, name, name_key, created_at) VALUES (1, 'Sekretariat', 'sekretariat', 'x');
      INSERT INTO staff (id, name, nip, employment, position_type, unit_id, created_at, updated_at)
        VALUES (7, 'Siti Aminah', '198507142010012003', 'PNS', 'PELAKSANA', 1, 'x', 'x');
      INSERT INTO election (id, name, kind, candidates_set, is_active, created_at, updated_at) VALUES (1, 'Pilkada 2024', 'PILKADA', '2024-09-22', 1, 'x', 'x');
      INSERT INTO evidence (id, sha256, original_name, size, mime, ext, file_kind, added_at) VALUES (3, '${'a'.repeat(64)}', 'x.png', 10, 'image/png', 'png', 'image', 'x');`);
    migrateTo(db, 7);
    expect(db.exec('SELECT id, name FROM staff')[0]?.values).toEqual([[7, 'Siti Aminah']]);
    expect(db.exec('SELECT COUNT(*), SUM(seeded) FROM violation_type')[0]?.values).toEqual([[12, 12]]);
    expect(db.exec("SELECT discipline_level_after FROM violation_type WHERE code = 'A09'")[0]?.values).toEqual([['PTDH']]);
    expect(db.exec("SELECT kind FROM holiday WHERE date IN ('2024-11-27', '2024-12-26') ORDER BY date")[0]?.values).toEqual([['LIBUR'], ['CUTI_BERSAMA']]);
    db.exec('PRAGMA foreign_keys = ON');

    const finding = (id: number, staff: string, nip = 'NULL', stage = 'RECORDED') => {
      db.exec(`INSERT INTO finding (id, election_id, staff_id, person_name, person_nip, person_position_type, person_employment, violation_type_id,
        known_date, act_date, source, created_at, updated_at) VALUES (${id}, 1, ${staff}, 'Siti Aminah', ${nip}, 'PELAKSANA', 'PNS', 1, '2024-10-02', '2024-10-01', 'MONITORING', 'x', 'x')`);
      db.exec(`INSERT INTO finding_step (finding_id, kind, date, stage_after, created_at) VALUES (${id}, 'REPORTED_BAWASLU', '2024-10-03', '${stage}', 'x')`);
    };
    finding(1, '7', "'198507142010012003'");
    expect(() => finding(2, '99')).toThrow(/FOREIGN KEY/);
    expect(() => finding(3, 'NULL', "'12345'")).toThrow(/CHECK/);
    expect(() => finding(4, 'NULL', 'NULL', 'SELESAI')).toThrow(/CHECK/);
    db.exec('INSERT INTO finding_evidence (finding_id, evidence_id) VALUES (1, 3); INSERT INTO finding_chronology (finding_id, date, text, created_at) VALUES (1, \'2024-10-02\', \'x\', \'x\')');
    // a person, an act or an election a finding refers to cannot vanish under it
    expect(() => db.exec('DELETE FROM staff WHERE id = 7')).toThrow(/FOREIGN KEY/);
    expect(() => db.exec('DELETE FROM violation_type WHERE id = 1')).toThrow(/FOREIGN KEY/);
    // the finding's own rows go with it; the evidence row stays for the store to judge
    db.exec('DELETE FROM finding WHERE id = 1');
    expect(db.exec('SELECT (SELECT COUNT(*) FROM finding_step), (SELECT COUNT(*) FROM finding_chronology), (SELECT COUNT(*) FROM finding_evidence), (SELECT COUNT(*) FROM evidence)')[0]?.values).toEqual([[0, 0, 0, 1]]);
    db.close();
  });
});
