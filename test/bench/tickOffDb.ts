// The database the tick-off benches share: 10,000 staff, 200 held sessions with their printed sheets and 50,000
// attendance rows, six in ten signed — opened in a Workspace behind the same dispatcher Electron uses. With
// `passphrase`, the data is protected first (encrypted at rest, the app's own scrypt parameters unless given).
import fs from 'node:fs';
import path from 'node:path';
import { Workspace } from '../../electron/core/app/workspace';
import { createCallContext } from '../../electron/core/context';
import type { ScryptParams } from '../../electron/core/crypto/keyFile';
import type { Database } from '../../electron/core/db/database';
import { handlers } from '../../electron/core/handlers';
import type { Dispatch } from '../../electron/host/dispatcher';
import { createDispatcher } from '../../electron/host/dispatcher';
import { harnessPlatform } from '../../electron/harness/platform';
import { seedRoster } from '../helpers/generatedRoster';
import { makeTempDir } from '../helpers/tempDir';

export const STAFF = 10_000;
export const SESSIONS = 200;
export const PER_SESSION = 250; // 200 × 250 = 50,000 attendance rows

export interface TickOffDb {
  dir: string;
  workspace: Workspace;
  dispatch: Dispatch;
  db: Database;
  electionId: number;
}

function seed(db: Database): number {
  // the generated roster (profile, units, real-looking people) and the rest of the 10,000 as plain rows
  const seeded = seedRoster(db, 1000).length;
  db.write('bench.seed', (tx) => {
    const units = tx.all<{ id: number }>('SELECT id FROM unit').map((r) => Number(r.id));
    const kinds = ['PNS', 'PNS', 'PPPK', 'NON_ASN'];
    const types = ['PELAKSANA', 'FUNGSIONAL', 'FUNGSIONAL', 'PENGAWAS'];
    tx.each(`INSERT INTO staff (name, employment, position, position_type, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
      Array.from({ length: STAFF - seeded }, (_, i) => [`Pegawai Contoh ${i + 1}`, kinds[i % 4]!, 'Staf', types[i % 4]!, units[i % units.length]!]));
  });
  const ids = db.read((q) => q.all<{ id: number }>('SELECT id FROM staff ORDER BY id').map((r) => Number(r.id)));
  return db.write('bench.seed', (tx) => {
    const now = '2024-09-01T00:00:00.000Z';
    const e = tx.run(`INSERT INTO election (name, kind, campaign_start, campaign_end, voting_day, is_active, created_at, updated_at)
      VALUES ('Pilkada Serentak 2024', 'PILKADA', '2024-09-25', '2024-11-23', '2024-11-27', 1, ?, ?)`, [now, now]).lastId;
    tx.run(`INSERT INTO pledge_text (version, points, valid_from, created_at) VALUES (1, '["Menjaga netralitas."]', '1900-01-01', ?)`, [now]);
    const sessions: number[][] = [];
    const sheets: number[][] = [];
    const sheetRows: number[][] = [];
    const marks: (number | string)[][] = [];
    for (let s = 1; s <= SESSIONS; s++) {
      sessions.push([s, e]);
      sheets.push([s]);
      for (let i = 0; i < PER_SESSION; i++) {
        const staffId = ids[((s - 1) * PER_SESSION + i) % ids.length]!;
        sheetRows.push([s, i + 1, staffId]);
        marks.push([s, staffId]);
      }
    }
    tx.each(`INSERT INTO session (id, election_id, date, start_time, place, topic, audience, status, created_at, updated_at)
      VALUES (?, ?, '2024-09-23', '08:00', 'Aula', 'Sosialisasi Netralitas ASN', 'ALL', 'HELD', '${now}', '${now}')`, sessions);
    tx.each(`INSERT INTO session_sheet (session_id, version, printed_at, blank_rows) VALUES (?, 1, '${now}', 10)`, sheets);
    tx.each('INSERT INTO session_sheet_row (session_id, version, row_no, staff_id) VALUES (?, 1, ?, ?)', sheetRows);
    tx.each(`INSERT INTO attendance (session_id, staff_id, attended, walk_in, updated_at) VALUES (?, ?, 1, 0, '${now}')`, marks);
    // six in ten have signed somewhere
    tx.each(`INSERT INTO pledge_signature (election_id, staff_id, signed_on, session_id, text_id, created_at) VALUES (?, ?, '2024-09-20', NULL, 1, '${now}')`,
      ids.filter((_, i) => i % 10 < 6).map((id) => [e, id]));
    return e;
  });
}

export async function openTickOffDb(name: string, options: { passphrase?: string; scrypt?: ScryptParams } = {}): Promise<TickOffDb> {
  const dir = makeTempDir(`satgas-bench-${name}`);
  const workspace = new Workspace({ dbFile: path.join(dir, 'data', 'satgas.db'), appVersion: '0.0.0-bench', ...(options.scrypt ? { scrypt: options.scrypt } : {}) });
  await workspace.open();
  const ctx = createCallContext(workspace, harnessPlatform(path.join(dir, 'data'), path.join(dir, 'tmp')), () => undefined);
  const dispatch = createDispatcher(handlers, ctx, (e) => console.error(e));
  const electionId = seed(workspace.db());
  if (options.passphrase) workspace.setPassphrase(options.passphrase);
  return { dir, workspace, dispatch, db: workspace.db(), electionId };
}

/** One tick-off round trip: rows `start`–`start+24` of a session's sheet marked signed (or unmarked), persisted. */
export async function tickOff(dispatch: Dispatch, run: number): Promise<void> {
  const k = run + 1_000_000; // warm-up runs are negative
  const session = 1 + (k % SESSIONS);
  const start = 1 + (k * 25) % (PER_SESSION - 25);
  const r = await dispatch('attendance.mark', { sessionId: session, version: 1, target: { rows: `${start}-${start + 24}` }, mark: 'signed', value: run % 2 === 0 });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

export function databaseSize(db: Database): number {
  return fs.statSync(db.file).size;
}
