// `npm run bench`: the roster import of a 10,000-row xlsx written by LibreOffice — read, validate, compare,
// insert, persist — beside a bare read of the same file by openpyxl (read-only), measured in the same run; and
// search-as-you-type over 10,000 staff. Prints figures and ratios; exits 1 when a target is missed.
// Run it on a quiet machine: both sides share the same two cores.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/database';
import { listStaff } from '../../electron/core/staff/repository';
import { commitPlan } from '../../electron/core/staff/import/apply/commit';
import { planImport } from '../../electron/core/staff/import/apply/plan';
import { parseRosterFile } from '../../electron/core/staff/import';
import { buildSearchIndex, filterStaff } from '../../renderer/src/features/staff/filterStaff';
import { writeLargeRoster } from '../fixtures/roster/large';
import { makeTempDir } from '../helpers/tempDir';

const ROWS = 10_000;
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;

/** Into a fresh database that is already open, as it is in the app: the timer covers the import itself. */
async function fullImport(file: string, dir: string, run: number): Promise<{ seconds: number; staff: number }> {
  const bytes = fs.readFileSync(file);
  const opened = await openDatabase({ file: path.join(dir, `run-${run}`, 'satgas.db') });
  if (opened.state !== 'ready') throw new Error(opened.state);
  const started = performance.now();
  const parsed = await parseRosterFile(bytes, path.basename(file));
  const result = opened.db.write('staff.importCommit', (tx) => commitPlan(tx, planImport(tx, parsed), path.basename(file)));
  const seconds = (performance.now() - started) / 1000;
  opened.db.close();
  return { seconds, staff: result.created };
}

function openpyxlRuns(file: string): number[] {
  const out = execFileSync('/usr/bin/python3', [path.join(import.meta.dirname, 'openpyxlRead.py'), file, String(RUNS + 1)], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => Number(line.split(' ')[0]));
}

async function searchBench(dbFile: string): Promise<{ perKeystroke: number[]; staff: number }> {
  const opened = await openDatabase({ file: dbFile });
  if (opened.state !== 'ready') throw new Error(opened.state);
  const staff = opened.db.read(listStaff);
  opened.db.close();
  const index = buildSearchIndex(staff);
  const times: number[] = [];
  for (const typed of ['siti rahma', 'Permana', '1985 07', '19680523199803']) {
    for (let i = 1; i <= typed.length; i++) {
      const t = performance.now();
      filterStaff(index, typed.slice(0, i), { status: 'ACTIVE', unitId: null, employment: null });
      times.push(performance.now() - t);
    }
  }
  return { perKeystroke: times, staff: staff.length };
}

async function main(): Promise<void> {
  const dir = makeTempDir('satgas-bench');
  console.log(`Menyiapkan ${ROWS.toLocaleString('id-ID')} baris, ditulis oleh LibreOffice…`);
  const file = await writeLargeRoster(dir, ROWS, 'libreoffice');
  console.log(`berkas: ${path.basename(file)}, ${(fs.statSync(file).size / 1024).toFixed(0)} KiB`);

  // Both sides get one untimed warm-up run in the same process, then RUNS timed ones.
  const peer = openpyxlRuns(file).slice(1);
  const ours: number[] = [];
  let imported = 0;
  await fullImport(file, dir, -1);
  for (let run = 0; run < RUNS; run++) {
    const r = await fullImport(file, dir, run);
    ours.push(r.seconds);
    imported = r.staff;
  }
  const ratio = median(ours) / median(peer);
  console.log('');
  console.log(`impor penuh (baca, validasi, simpan, persist) ${imported} pegawai: median ${ms(median(ours))}  [${ours.map(ms).join(', ')}]`);
  console.log(`openpyxl read_only, baca saja (pembanding):    median ${ms(median(peer))}  [${peer.map(ms).join(', ')}]`);
  console.log(`rasio impor / openpyxl: ${ratio.toFixed(2)}x  (target <= 1.00x)`);

  const search = await searchBench(path.join(dir, 'run-0', 'satgas.db'));
  const worst = Math.max(...search.perKeystroke);
  console.log(`cari sambil mengetik di ${search.staff} pegawai: median ${median(search.perKeystroke).toFixed(2)} ms, terburuk ${worst.toFixed(2)} ms per ketukan (target < 50 ms)`);

  const missed = [ratio > 1 && 'import ratio', worst >= 50 && 'search per keystroke'].filter(Boolean);
  if (imported < ROWS * 0.99) missed.push(`only ${imported} of ${ROWS} rows imported`);
  console.log(missed.length ? `TARGET MISSED: ${missed.join(', ')}` : 'semua target terpenuhi');
  process.exitCode = missed.length ? 1 : 0;
}

void main();
