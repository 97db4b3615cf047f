// `npm run bench` (recap part): the weekly recap of an OPD of 10,000 staff, from the database to .xlsx bytes as
// the Rekap screen makes it, beside LibreOffice headless writing the same staff table (the Pegawai sheet's
// columns) from CSV to .xlsx in the same run, its start-up included (target: ours ≤ 0.5× LibreOffice's time);
// then the Sekda's consolidation of 60 recaps of 1,000 staff each in a fresh process (target ≤ 2 s), and that
// process's peak memory. Run it on a quiet machine: everything shares the same two cores.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/open';
import { makeRecap } from '../../electron/core/recap/service';
import { seedRecapDb } from '../helpers/recapDb';
import { writeMadeUpRecap } from '../helpers/recapFiles';
import { makeTempDir } from '../helpers/tempDir';

const STAFF = 10_000;
const PERIOD = { from: '2024-09-23', to: '2024-09-29' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (sec: number) => `${sec.toFixed(2)} s`;

async function bigDatabase(dir: string) {
  const opened = await openDatabase({ file: path.join(dir, 'satgas.db') });
  if (opened.state !== 'ready') throw new Error(opened.state);
  const db = opened.db;
  // the generated roster's unique names reach 9,690: the rest are non-ASN staff added as an import would
  seedRecapDb(db, 9_000);
  db.write('bench.more', (tx) => tx.each(`INSERT INTO staff (name, employment, position, position_type, unit_id, created_at, updated_at)
    VALUES (?, 'NON_ASN', 'Tenaga Kebersihan', 'PELAKSANA', 1, 'x', 'x')`, Array.from({ length: STAFF - 9_000 }, (_, i) => [`Pegawai Tambahan ${i + 1}`])));
  return db;
}

function csvOf(rows: string[][]): string {
  return rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n');
}

function libreOfficeCsvToXlsx(csv: string): number {
  const out = makeTempDir('lo-out');
  const profile = makeTempDir('lo-profile');
  const t = performance.now();
  // text for every column (the NIP stays 18 digits), as our writer does
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
    '--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2', '--convert-to', 'xlsx', '--outdir', out, csv], { stdio: 'pipe', timeout: 300_000 });
  const seconds = (performance.now() - t) / 1000;
  if (!fs.existsSync(path.join(out, `${path.basename(csv, '.csv')}.xlsx`))) throw new Error('LibreOffice wrote nothing');
  fs.rmSync(profile, { recursive: true, force: true });
  return seconds;
}

const dir = makeTempDir('satgas-bench-recap');
const db = await bigDatabase(dir);
const times: number[] = [];
let made: Awaited<ReturnType<typeof makeRecap>> | null = null;
for (let run = -1; run < 3; run++) {
  const t = performance.now();
  made = await makeRecap(db, { period: PERIOD, paper: 'F4', includeIdentities: false, appVersion: 'bench' });
  if (run >= 0) times.push((performance.now() - t) / 1000);
}
const ours = median(times);
const people = made!.figures.staff.people;
if (people.length !== STAFF - 2) throw new Error(`expected ${STAFF - 2} active staff, got ${people.length}`);
const csv = path.join(dir, 'pegawai.csv');
fs.writeFileSync(csv, csvOf([
  ['No', 'Unit kerja', 'Nama', 'NIP', 'NIK', 'Jenis kepegawaian', 'Jenis jabatan', 'Jabatan', 'Pangkat/Gol.'],
  ...people.map((p, i) => [String(i + 1), p.unit ?? '', p.name, p.nip ?? '', p.nik ?? '', p.employment, p.positionType, p.position ?? '', p.rank ?? '']),
]));
const lo = median([libreOfficeCsvToXlsx(csv), libreOfficeCsvToXlsx(csv)]);
const ratio = ours / lo;
console.log(`Rekap ${people.length.toLocaleString('id-ID')} pegawai (basis data -> .xlsx, median 3): ${s(ours)}, ${(made!.bytes.length / 1048576).toFixed(1)} MB`);
console.log(`LibreOffice headless, CSV -> .xlsx tabel pegawai yang sama (pembanding, median 2): ${s(lo)}  rasio kita / LibreOffice: ${ratio.toFixed(2)}x (target <= 0.50x)`);
db.close();

const folder = path.join(dir, 'rekap-60');
for (let i = 0; i < 60; i++) await writeMadeUpRecap(folder, { name: `Dinas Nomor ${i + 1}`, staff: 1_000, nipStart: i * 1_000, openFindings: i % 4 });
const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'recapConsolidate.child.ts'), folder, PERIOD.from, PERIOD.to], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(child.stderr);
const k = JSON.parse(child.stdout.trim().split('\n').pop()!) as { seconds: number; opds: number; problems: number; staff: number; maxRssMb: number };
if (k.opds !== 60 || k.staff !== 60_000 || k.problems !== 0) throw new Error(`consolidation read ${JSON.stringify(k)}`);
console.log(`Konsolidasi 60 rekap x 1.000 pegawai: ${s(k.seconds)} (target <= 2 s); memori puncak proses: ${k.maxRssMb.toFixed(0)} MB`);
fs.rmSync(dir, { recursive: true, force: true });
const missed = [ratio > 0.5 && 'recap vs LibreOffice', k.seconds > 2 && 'consolidation'].filter(Boolean);
if (missed.length) console.log(`TARGET MISSED: ${missed.join(', ')}`);
process.exitCode = missed.length ? 1 : 0;
