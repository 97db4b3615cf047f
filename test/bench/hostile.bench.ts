// `npm run bench:hostile`: the hostile files of test/fixtures/hostile (a zip bomb, one whose directory lies, a
// million-row sheet, a sheet to Excel's last column, …) each given to `npx satgas roster import FILE --dry-run
// --json` as a user would, measured with /usr/bin/time -v: wall time and peak memory (maximum resident set
// size of the process tree). Target: each refused in under 3 s with under 300 MB. Exits 1 when one is missed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { HostileName } from '../fixtures/hostile/hostileFiles';
import { writeHostileFiles } from '../fixtures/hostile/hostileFiles';
import { makeTempDir } from '../helpers/tempDir';

const NAMES: HostileName[] = ['bom-zip.xlsx', 'bom-zip-berbohong.xlsx', 'bom-teks.xlsx', 'entitas-teks.xlsx', 'sejuta-baris.xlsx', 'kolom-16384.xlsx', 'sel-panjang.xlsx', 'tanpa-rujukan-besar.xlsx'];
const MAX_SECONDS = 3;
const MAX_MB = 300;

function measure(file: string, db: string): { seconds: number; mb: number; code: string } {
  const r = spawnSync('/usr/bin/time', ['-v', 'npx', 'satgas', 'roster', 'import', file, '--dry-run', '--json', '--db', db], { encoding: 'utf8' });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures:\n${r.stderr}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const code = (JSON.parse(r.stdout || '{}') as { error?: { code?: string } }).error?.code ?? `accepted (status ${r.status})`;
  return { seconds, mb: Number(rss[1]) / 1024, code };
}

async function main(): Promise<void> {
  const dir = makeTempDir('satgas-hostile');
  console.log('Membuat berkas uji yang berbahaya…');
  const files = await writeHostileFiles(dir, NAMES);
  const db = path.join(dir, 'db', 'satgas.db');
  spawnSync('npx', ['satgas', '--help'], { encoding: 'utf8' }); // builds the bundle if a source changed
  console.log(`beban mesin (load average): ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log(`${'berkas'.padEnd(26)}${'ukuran'.padStart(10)}${'waktu'.padStart(9)}${'memori'.padStart(10)}  ditolak sebagai`);
  const missed: string[] = [];
  for (const name of NAMES) {
    const file = files[name];
    const m = measure(file, db);
    const size = `${(fs.statSync(file).size / 1024).toFixed(0)} KiB`;
    console.log(`${name.padEnd(26)}${size.padStart(10)}${`${m.seconds.toFixed(2)} s`.padStart(9)}${`${m.mb.toFixed(0)} MB`.padStart(10)}  ${m.code}`);
    if (m.seconds >= MAX_SECONDS || m.mb >= MAX_MB || m.code.startsWith('accepted')) missed.push(name);
  }
  console.log(missed.length ? `TARGET MISSED: ${missed.join(', ')}` : `semua ditolak dalam < ${MAX_SECONDS} s dengan < ${MAX_MB} MB`);
  process.exitCode = missed.length ? 1 : 0;
}

void main();
