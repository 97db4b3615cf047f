// A database for recap tests: the generated roster (profile, units, staff), an active Pilkada 2024, some people
// who left, hostile names, and sessions held / planned / cancelled inside, before and after a period.
import type { Database } from '../../electron/core/db/database';
import { createElection } from '../../electron/core/elections/service';
import { saveSession, setSessionStatus } from '../../electron/core/sessions/service';
import type { SessionStatus } from '../../electron/core/sessions/types';
import type { GeneratedPerson } from './generatedRoster';
import { seedRoster } from './generatedRoster';

export const RECAP_PERIOD = { from: '2024-09-23', to: '2024-09-29' };

/** Names a spreadsheet would run as formulas if written carelessly. */
export const FORMULA_NAMES = ['=HYPERLINK("http://x","klik")', '+62 Budi', '-Siti', '@Rina'];

export interface RecapDb {
  people: GeneratedPerson[];
}

export function seedRecapDb(db: Database, count = 40): RecapDb {
  const people = seedRoster(db, count);
  db.write('test.recap', (tx) => {
    createElection(tx, 'PILKADA_2024');
    FORMULA_NAMES.forEach((name, i) => tx.run('UPDATE staff SET name = ? WHERE id = ?', [name, people[i]!.id]));
    people.slice(0, FORMULA_NAMES.length).forEach((p, i) => (p.name = FORMULA_NAMES[i]!));
    // two left, one PPPK paruh waktu, two with other position types, one without a unit
    tx.run(`UPDATE staff SET status = 'LEFT', left_reason = 'MUTASI', left_date = '2024-09-01' WHERE id IN (?, ?)`, [people[5]!.id, people[6]!.id]);
    tx.run(`UPDATE staff SET employment = 'PPPK_PARUH_WAKTU', nip = NULL, nik = '3528014507900001' WHERE id = ?`, [people[7]!.id]);
    people[7]!.nip = null;
    tx.run(`UPDATE staff SET position_type = 'JPT' WHERE id = ?`, [people[8]!.id]);
    tx.run(`UPDATE staff SET position_type = 'FUNGSIONAL' WHERE id IN (?, ?)`, [people[9]!.id, people[10]!.id]);
    tx.run('UPDATE staff SET unit_id = NULL WHERE id = ?', [people[12]!.id]);
    tx.run("UPDATE unit SET name = '=1+1 Unit Rumus' WHERE id = (SELECT MAX(id) FROM unit)");
    const sessions: [string, SessionStatus, string][] = [
      ['2024-09-10', 'HELD', 'Sosialisasi awal'],
      ['2024-09-23', 'HELD', '=Sosialisasi Netralitas ASN'],
      ['2024-09-25', 'HELD', 'Penandatanganan Ikrar'],
      ['2024-09-27', 'PLANNED', 'Sosialisasi Bidang SD'],
      ['2024-09-28', 'CANCELLED', 'Sosialisasi UPT'],
      ['2024-10-02', 'PLANNED', 'Sosialisasi sesudah periode'],
    ];
    for (const [date, status, topic] of sessions) {
      const s = saveSession(tx, {
        date, startTime: '08:00', endTime: null, timeZone: 'WIB', place: 'Aula', topic, speakers: [], signer: null, sheetTitle: null,
        signCity: null, audience: { kind: 'ALL' },
      });
      if (status !== 'PLANNED') setSessionStatus(tx, s.id, status);
    }
  });
  return { people };
}
