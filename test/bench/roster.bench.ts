// `npm run bench`: the roster import of a 10,000-row xlsx — read, validate, compare, insert, persist — on files
// from five writers (LibreOffice: styled cells and shared strings; openpyxl without styles, as pandas writes:
// inline strings and no s=; openpyxl's write-only mode: no <dimension>; exceljs: shared strings; exceljs's
// streaming writer: t="str" strings), each beside openpyxl's read-only pass over the same file in the same run
// (target ≤ 1.00× for every writer) and beside exceljs's public load() (the hand-written reader must beat it on
// every writer to be kept); the command line's dry run as a whole process beside openpyxl's whole-process read
// (target ≤ 1.50×); search-as-you-type over 10,000 staff. Prints figures and ratios; exits 1 when a target is
// missed. Run it on a quiet machine: every side shares the same two cores.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/open';
import { listStaff } from '../../electron/core/staff/repository';
import { commitPlan } from '../../electron/core/staff/import/apply/commit';
import { planImport } from '../../electron/core/staff/import/apply/plan';
import { parseRosterFile } from '../../electron/core/staff/import';
import { buildSearchIndex, filterStaff } from '../../renderer/src/features/staff/filterStaff';
import type { LargeWriter } from '../fixtures/roster/large';
import { LARGE_WRITERS, writeLargeRoster } from '../fixtures/roster/large';
import { makeTempDir } from '../helpers/tempDir';
import { exceljsLoadRuns, median, openpyxlRuns, wholeProcess } from './peers';

const ROWS = 10_000;
const RUNS = 5;
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
const BIN = path.resolve('electron/cli/satgas.cjs');

/** Into a fresh database that is already open, as it is in the app: the timer covers the import itself. */
async function fullImport(file: string, dir: string, run: string): Promise<{ seconds: number; parse: number; staff: number }> {
  const bytes = fs.readFileSync(file);
  const opened = await openDatabase({ file: path.join(dir, `run-${run}`, 'satgas.db') });
  if (opened.state !== 'ready') throw new Error(opened.state);
  const started = performance.now();
  const parsed = await parseRosterFile(bytes, path.basename(file));
  const parse = (performance.now() - started) / 1000;
  const result = opened.db.write('staff.importCommit', (tx) => commitPlan(tx, planImport(tx, parsed), path.basename(file)));
  const seconds = (performance.now() - started) / 1000;
  opened.db.close();
  return { seconds, parse, staff: result.created };
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

interface WriterFigures { writer: LargeWriter; kib: number; ours: number; parse: number; peer: number; exceljs: number; staff: number }

async function measureWriter(writer: LargeWriter, dir: string): Promise<WriterFigures> {
  const file = await writeLargeRoster(dir, ROWS, writer);
  const peer = median(openpyxlRuns(file, RUNS));
  const ours: number[] = [];
  const parse: number[] = [];
  let staff = 0;
  await fullImport(file, dir, `${writer}-warm`);
  for (let run = 0; run < RUNS; run++) {
    const r = await fullImport(file, dir, `${writer}-${run}`);
    ours.push(r.seconds);
    parse.push(r.parse);
    staff = r.staff;
  }
  const exceljs = median(await exceljsLoadRuns(file, 3));
  return { writer, kib: fs.statSync(file).size / 1024, ours: median(ours), parse: median(parse), peer, exceljs, staff };
}

async function main(): Promise<void> {
  const dir = makeTempDir('satgas-bench');
  console.log(`beban mesin (load average): ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log(`Impor ${ROWS.toLocaleString('id-ID')} baris per penulis berkas (median dari ${RUNS}; exceljs: dari 3)\n`);
  console.log(`${'penulis'.padEnd(20)}${'berkas'.padStart(9)}${'impor'.padStart(9)}${'baca'.padStart(9)}${'openpyxl'.padStart(10)}${'rasio'.padStart(8)}${'exceljs'.padStart(10)}${'baca/exceljs'.padStart(14)}`);
  const missed: string[] = [];
  const figures: WriterFigures[] = [];
  for (const writer of LARGE_WRITERS) {
    const f = await measureWriter(writer, dir);
    figures.push(f);
    const ratio = f.ours / f.peer;
    const vsExceljs = f.parse / f.exceljs;
    console.log(`${writer.padEnd(20)}${`${f.kib.toFixed(0)} KiB`.padStart(9)}${ms(f.ours).padStart(9)}${ms(f.parse).padStart(9)}${ms(f.peer).padStart(10)}${`${ratio.toFixed(2)}x`.padStart(8)}${ms(f.exceljs).padStart(10)}${`${vsExceljs.toFixed(2)}x`.padStart(14)}`);
    if (ratio > 1) missed.push(`import ratio (${writer})`);
    if (vsExceljs >= 1) missed.push(`reader slower than exceljs load() (${writer})`);
    if (f.staff < ROWS * 0.99) missed.push(`only ${f.staff} of ${ROWS} rows imported (${writer})`);
  }
  console.log('impor = baca + validasi + bandingkan + simpan + persist; baca = parseRosterFile saja; rasio = impor / openpyxl read_only;');
  console.log('baca/exceljs = parseRosterFile dibanding Workbook.xlsx.load() exceljs pada berkas yang sama (target < 1,00x).\n');

  const file = await writeLargeRoster(dir, ROWS, 'libreoffice');
  const db = path.join(dir, 'cli', 'satgas.db');
  const cli = wholeProcess(process.execPath, [BIN, 'roster', 'import', file, '--dry-run', '--json', '--db', db], 3);
  const peer = wholeProcess('/usr/bin/python3', [path.join(import.meta.dirname, 'openpyxlRead.py'), file, '0'], 3);
  const npx = wholeProcess('npx', ['satgas', 'roster', 'import', file, '--dry-run', '--json', '--db', db], 3);
  const npxHelp = wholeProcess('npx', ['satgas', '--help'], 3);
  const cliRatio = cli / peer;
  console.log(`baris perintah, seluruh proses (node electron/cli/satgas.cjs … --dry-run --json): ${ms(cli)}`);
  console.log(`openpyxl read_only, seluruh proses (python3 mulai sampai selesai):              ${ms(peer)}`);
  console.log(`rasio: ${cliRatio.toFixed(2)}x (target <= 1.50x)`);
  console.log(`lewat npx satgas: ${ms(npx)} (npx sendiri, 'npx satgas --help': ${ms(npxHelp)})\n`);
  if (cliRatio > 1.5) missed.push('command line start-up ratio');

  const search = await searchBench(path.join(dir, 'run-libreoffice-0', 'satgas.db'));
  const worst = Math.max(...search.perKeystroke);
  console.log(`cari sambil mengetik di ${search.staff} pegawai: median ${median(search.perKeystroke).toFixed(2)} ms, terburuk ${worst.toFixed(2)} ms per ketukan (target < 50 ms)`);
  if (worst >= 50) missed.push('search per keystroke');
  console.log(missed.length ? `TARGET MISSED: ${missed.join(', ')}` : 'semua target terpenuhi');
  process.exitCode = missed.length ? 1 : 0;
}

void main();
