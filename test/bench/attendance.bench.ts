// `npm run bench` (attendance part): one tick-off round trip — a range of 25 rows typed as "n-m", validated by the
// contract's schema through the dispatcher, marked (attended and signed, each kept for undo), committed and
// persisted to disk (export, temp file, fsync, rename) — on a database that already holds 10,000 staff, 200 held
// sessions with their printed sheets and 50,000 attendance rows. Beside it, in the same run, the raw floor: sql.js
// export + fsync + rename of the same database, nothing else. Targets: median ≤ 30 ms and ≤ 1.5× the floor.
// Also: pledge coverage for 10,000 staff (overall, per unit, kind, position type, berjenjang): median ≤ 50 ms.
// Run it on a quiet machine: everything shares the same two cores.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workspace } from '../../electron/core/app/workspace';
import { createCallContext } from '../../electron/core/context';
import { writeFileAtomic } from '../../electron/core/db/atomicFile';
import { loadSqlJs } from '../../electron/core/db/sqlite';
import { handlers } from '../../electron/core/handlers';
import { pledgeCoverage } from '../../electron/core/pledges/coverage';
import { createDispatcher } from '../../electron/host/dispatcher';
import { harnessPlatform } from '../../electron/harness/platform';
import { seedRoster } from '../helpers/generatedRoster';
import { makeTempDir } from '../helpers/tempDir';
import { median } from './peers';

const STAFF = 10_000;
const SESSIONS = 200;
const PER_SESSION = 250; // 200 × 250 = 50,000 attendance rows
const RUNS = 31;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const dir = makeTempDir('satgas-bench-attendance');
  const workspace = new Workspace({ dbFile: path.join(dir, 'data', 'satgas.db'), appVersion: '0.0.0-bench' });
  await workspace.open();
  const ctx = createCallContext(workspace, harnessPlatform(path.join(dir, 'data'), path.join(dir, 'tmp')), () => undefined);
  const dispatch = createDispatcher(handlers, ctx, (e) => console.error(e));
  const db = workspace.db();

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
  const electionId = db.write('bench.seed', (tx) => {
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
  const counts = db.read((q) => q.get<{ a: number; s: number }>('SELECT (SELECT COUNT(*) FROM attendance) AS a, (SELECT COUNT(*) FROM staff) AS s'));
  const size = fs.statSync(db.file).size;
  console.log(`database: ${counts?.s} staff, ${SESSIONS} sessions, ${counts?.a} attendance rows, ${(size / 1024 / 1024).toFixed(1)} MB`);

  // the raw floor: the same database's bytes, exported by sql.js and written the same way (temp, fsync, rename)
  const SQL = await loadSqlJs();
  const copy = new SQL.Database(fs.readFileSync(db.file));
  const floorFile = path.join(dir, 'data', 'floor.db');
  const floor: number[] = [];
  const trip: number[] = [];
  for (let run = -2; run < RUNS; run++) {
    // interleaved, so both see the same machine
    const f = performance.now();
    writeFileAtomic(floorFile, copy.export(), { keepPrevious: true });
    const floorMs = performance.now() - f;

    const session = 1 + ((run + 2) % SESSIONS);
    const start = 1 + ((run + 2) * 25) % (PER_SESSION - 25);
    const t = performance.now();
    const r = await dispatch('attendance.mark', { sessionId: session, version: 1, target: { rows: `${start}-${start + 24}` }, mark: 'signed', value: run % 2 === 0 });
    const tripMs = performance.now() - t;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    if (run >= 0) {
      floor.push(floorMs);
      trip.push(tripMs);
    }
  }
  copy.close();
  const tm = median(trip);
  const fm = median(floor);
  const ratio = tm / fm;
  console.log(`tick-off round trip (25 rows, ${RUNS} runs): median ${ms(tm)} (min ${ms(Math.min(...trip))}, max ${ms(Math.max(...trip))})`);
  console.log(`raw floor (sql.js export + fsync + rename, same database): median ${ms(fm)}`);
  console.log(`ratio ${ratio.toFixed(2)}× the floor (target ≤ 1.50×), median target ≤ 30 ms`);

  const today = '2024-09-29';
  const cov: number[] = [];
  let last = null as ReturnType<typeof pledgeCoverage> | null;
  for (let run = -2; run < RUNS; run++) {
    const t = performance.now();
    last = db.read((q) => pledgeCoverage(q, electionId, today));
    if (run >= 0) cov.push(performance.now() - t);
  }
  const cm = median(cov);
  console.log(`pledge coverage, ${last!.overall.target} staff, ${last!.units.length} units: median ${ms(cm)} (target ≤ 50 ms); ${last!.overall.signed} signed`);

  workspace.close();
  const missed = [tm > 30 && 'round trip > 30 ms', ratio > 1.5 && 'round trip > 1.5× floor', cm > 50 && 'coverage > 50 ms'].filter(Boolean);
  if (missed.length) {
    console.log(`TARGET MISSED: ${missed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
