// Hostile backups ("Pulihkan"): a database entry that is a 3.7 GB zip bomb (declared, or hidden behind a small
// declared size that the manifest repeats), a manifest that is a bomb, a manifest that lies about the counts.
// Each verified in its own process under /usr/bin/time -v (wall time, peak memory), beside a sound 60 MB backup
// verified the same way. Target: each refused in under 3 s with under 300 MB.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Workspace } from '../../electron/core/app/workspace';
import { backupTo } from '../../electron/core/backup/service';
import { createCallContext } from '../../electron/core/context';
import { harnessPlatform } from '../../electron/harness/platform';
import { HOSTILE_BACKUPS, writeHostileBackups } from '../fixtures/hostile/backupFiles';
import { bundleForChild } from '../helpers/childScript';
import { seedRoster } from '../helpers/generatedRoster';
import { makeTempDir } from '../helpers/tempDir';

const MAX_SECONDS = 3;
const MAX_MB = 300;

function measure(child: string, file: string): { seconds: number; mb: number; result: string } {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, child, file], { encoding: 'utf8' });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures:\n${r.stderr}`);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), mb: Number(rss[1]) / 1024, result: r.stdout.trim() };
}

/** A sound backup: 300 staff and 60 evidence files of 1 MB (random bytes: they do not compress). */
async function soundBackup(dir: string): Promise<string> {
  const dbFile = path.join(dir, 'data', 'satgas.db');
  const w = new Workspace({ dbFile, appVersion: '0.1.0' });
  await w.open();
  seedRoster(w.db(), 300);
  for (let i = 0; i < 60; i++) {
    const bytes = crypto.randomBytes(1024 * 1024);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    fs.mkdirSync(path.join(dir, 'data', 'bukti', sha.slice(0, 2)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'data', 'bukti', sha.slice(0, 2), `${sha}.jpg`), bytes);
  }
  const file = path.join(dir, 'utuh.satgasbak');
  await backupTo(createCallContext(w, harnessPlatform(dir, dir)), file);
  w.close();
  return file;
}

async function main(): Promise<void> {
  const dir = makeTempDir('satgas-backup-hostile');
  console.log('Membuat berkas cadangan uji yang berbahaya…');
  const files = await writeHostileBackups(dir);
  const sound = await soundBackup(dir);
  const child = await bundleForChild('test/bench/backupCheck.child.ts', 'backupCheck');
  console.log(`beban mesin (load average): ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log(`${'berkas'.padEnd(36)}${'ukuran'.padStart(10)}${'waktu'.padStart(9)}${'memori'.padStart(10)}  hasil`);
  const row = (name: string, file: string) => {
    const m = measure(child, file);
    console.log(`${name.padEnd(36)}${`${(fs.statSync(file).size / 1024).toFixed(0)} KiB`.padStart(10)}${`${m.seconds.toFixed(2)} s`.padStart(9)}${`${m.mb.toFixed(0)} MB`.padStart(10)}  ${m.result}`);
    return m;
  };
  const peer = row('utuh.satgasbak (pembanding)', sound);
  const missed: string[] = [];
  for (const name of HOSTILE_BACKUPS) {
    const m = row(name, files[name]);
    if (m.seconds >= MAX_SECONDS || m.mb >= MAX_MB || m.result.startsWith('accepted') || m.result.startsWith('crashed')) missed.push(name);
  }
  if (!peer.result.startsWith('accepted')) missed.push('utuh.satgasbak');
  console.log(missed.length ? `TARGET MISSED: ${missed.join(', ')}` : `semua ditolak dalam < ${MAX_SECONDS} s dengan < ${MAX_MB} MB`);
  process.exitCode = missed.length ? 1 : 0;
}

void main();
