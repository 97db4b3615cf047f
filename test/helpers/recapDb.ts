// A database for recap tests: the generated roster (profile, units, staff), an active Pilkada 2024, some people
// who left, hostile names, and sessions held / planned / cancelled inside, before and after a period; pledges
// signed before and in the period (outside and at a session), attendance marks, and findings with follow-up steps
// (one before, three in the period, one after).
import type { Database } from '../../electron/core/db/database';
import { createElection } from '../../electron/core/elections/service';
import { addStep } from '../../electron/core/findings/followUp';
import { saveFinding } from '../../electron/core/findings/service';
import { signAtSession, signOutsideSession } from '../../electron/core/pledges/signatures';
import { saveSession, setSessionStatus } from '../../electron/core/sessions/service';
import type { SessionStatus } from '../../electron/core/sessions/types';
import type { GeneratedPerson } from './generatedRoster';
import { seedRoster } from './generatedRoster';

export const RECAP_PERIOD = { from: '2024-09-23', to: '2024-09-29' };

/** Names a spreadsheet would run as formulas if written carelessly. */
export const FORMULA_NAMES = ['=HYPERLINK("http://x","klik")', '+62 Budi', '-Siti', '@Rina'];

export interface RecapDb {
  people: GeneratedPerson[];
  /** the ids of the findings, in the order made */
  findings: number[];
}

const NOW = new Date('2024-10-05T02:00:00Z');

export function seedRecapDb(db: Database, count = 40): RecapDb {
  if (count < 40) throw new Error('the recap seed marks people up to #33: give it at least 40');
  const people = seedRoster(db, count);
  const findings: number[] = [];
  db.write('test.recap', (tx) => {
    const election = createElection(tx, 'PILKADA_2024');
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
    const ids: number[] = [];
    for (const [date, status, topic] of sessions) {
      const s = saveSession(tx, {
        date, startTime: '08:00', endTime: null, timeZone: 'WIB', place: 'Aula', topic, speakers: [], signer: null, sheetTitle: null,
        signCity: null, audience: { kind: 'ALL' },
      });
      if (status !== 'PLANNED') setSessionStatus(tx, s.id, status);
      ids.push(s.id);
    }
    // pledges: 4 signed before the period, 6 at the session of 23 Sep (7 came), 2 in the period outside a
    // session, 1 after the period; one of those before is a person who left since
    const id = (i: number) => people[i]!.id;
    [0, 1, 2, 5].forEach((i) => signOutsideSession(tx, election.id, id(i), '2024-09-15', NOW));
    for (const i of [10, 11, 12, 13, 14, 15, 16]) {
      tx.run('INSERT INTO attendance (session_id, staff_id, attended, walk_in, updated_at) VALUES (?, ?, 1, 0, ?)', [ids[1]!, id(i), NOW.toISOString()]);
    }
    [10, 11, 12, 13, 14, 15].forEach((i) => signAtSession(tx, election.id, ids[1]!, id(i), '2024-09-23', NOW));
    [20, 21].forEach((i) => signOutsideSession(tx, election.id, id(i), '2024-09-26', NOW));
    signOutsideSession(tx, election.id, id(22), '2024-10-01', NOW);
    // findings
    const types = tx.all<{ id: number }>('SELECT id FROM violation_type ORDER BY sort_order, id').map((r) => Number(r.id));
    const finding = (i: number, type: number, act: string, known: string) => saveFinding(tx, {
      person: { kind: 'STAFF', staffId: id(i) }, violationTypeId: types[type]!, knownDate: known, actDate: act, actTime: null, actPlace: 'Facebook',
      source: 'SOCIAL_MEDIA', sourceLink: 'https://facebook.com/p/1', sbtNumber: null, description: 'Membagikan unggahan kampanye',
    }, NOW).id;
    findings.push(finding(30, 0, '2024-09-10', '2024-09-11'));
    findings.push(finding(31, 1, '2024-09-24', '2024-09-24'));
    findings.push(finding(32, 1, '2024-09-25', '2024-09-26'));
    findings.push(finding(8, 3, '2024-09-27', '2024-09-28'));
    findings.push(finding(33, 0, '2024-10-02', '2024-10-02'));
    addStep(tx, { findingId: findings[0]!, kind: 'RECOMMENDATION', date: '2024-09-20', actor: 'Satgas', note: '', stageAfter: null }, NOW);
    addStep(tx, { findingId: findings[0]!, kind: 'SANCTION', date: '2024-09-25', actor: 'PPK', note: 'Teguran tertulis', stageAfter: null }, NOW);
    addStep(tx, { findingId: findings[1]!, kind: 'RECOMMENDATION', date: '2024-09-27', actor: 'Satgas', note: '', stageAfter: null }, NOW);
  });
  return { people, findings };
}
