// Hostile files for the importers besides the roster (whose own bench is hostile.bench.ts) and the backup
// (backupHostile.bench.ts): the recaps the Sekda consolidates, the Sekda's OPD list, evidence files. Each given to
// its importer by the app's path in a process of its own under /usr/bin/time -v: wall time and peak memory
// (maximum resident set size), and the JS heap at the end. Target: each refused (an evidence file that is a
// photo by its bytes is kept, as bytes) in under 3 s with under 300 MB. The bounds that hold it there: a recap
// is read through the roster's guarded readers held to 64 MB per streamed part, 32 MB per held part, 128 MB in
// all and 50,100 rows per sheet; an OPD list to 16/8/32 MB, 2,000 rows and an 8 MB file; a CSV to 100,000
// records; an evidence file to 50 MB, copied in a stream, its type read from its first 32 bytes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { HOSTILE_EVIDENCE, HOSTILE_OPD_LISTS, HOSTILE_RECAPS, writeFiles } from '../fixtures/hostile/importerFiles';
import { bundleForChild } from '../helpers/childScript';
import { makeTempDir } from '../helpers/tempDir';

const MAX_SECONDS = 3;
const MAX_MB = 300;
/** kept on purpose: a photo by its first bytes (the bomb behind them is never unpacked) */
const KEPT = new Set(['foto-berisi-bom.jpg']);

function measure(child: string, importer: string, file: string): { seconds: number; mb: number; result: string; heap: string } {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, child, importer, file], { encoding: 'utf8' });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures:\n${r.stderr}`);
  const [result = '', heap = ''] = r.stdout.trim().split('\t');
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), mb: Number(rss[1]) / 1024, result, heap: heap.replace('heap ', '') };
}

async function main(): Promise<void> {
  const dir = makeTempDir('satgas-importers-hostile');
  console.log('Membuat berkas uji yang berbahaya…');
  const sets = {
    recap: writeFiles(path.join(dir, 'rekap'), HOSTILE_RECAPS),
    opd: writeFiles(path.join(dir, 'daftar-opd'), HOSTILE_OPD_LISTS),
    evidence: writeFiles(path.join(dir, 'bukti'), HOSTILE_EVIDENCE),
  };
  const child = await bundleForChild('test/bench/importerCheck.child.ts', 'importerCheck');
  console.log(`beban mesin (load average): ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const missed: string[] = [];
  for (const [importer, files] of Object.entries(sets) as [string, Record<string, string>][]) {
    console.log(`\n${{ recap: 'Konsolidasi rekap', opd: 'Impor daftar OPD', evidence: 'Berkas bukti' }[importer]}`);
    console.log(`${'berkas'.padEnd(30)}${'ukuran'.padStart(11)}${'waktu'.padStart(9)}${'RSS'.padStart(9)}${'heap'.padStart(9)}  hasil`);
    for (const [name, file] of Object.entries(files)) {
      const m = measure(child, importer, file);
      const size = fs.statSync(file).size;
      const shown = size >= 1024 ** 3 ? `${(size / 1024 ** 3).toFixed(0)} GiB` : `${(size / 1024).toFixed(0)} KiB`;
      console.log(`${name.padEnd(30)}${shown.padStart(11)}${`${m.seconds.toFixed(2)} s`.padStart(9)}${`${m.mb.toFixed(0)} MB`.padStart(9)}${m.heap.padStart(9)}  ${m.result.slice(0, 150)}`);
      const refusedRight = KEPT.has(name) ? m.result.startsWith('accepted') : m.result.startsWith('refused');
      if (m.seconds >= MAX_SECONDS || m.mb >= MAX_MB || !refusedRight) missed.push(`${importer}/${name}`);
    }
  }
  console.log(missed.length ? `\nTARGET MISSED: ${missed.join(', ')}` : `\nsemua ditolak dalam < ${MAX_SECONDS} s dengan < ${MAX_MB} MB`);
  process.exitCode = missed.length ? 1 : 0;
}

void main();
