// `satgas roster import` as a user runs it: the real bin in a child process, a generated messy file, a database
// created with the full schema when missing, exit statuses and the one JSON object on stdout.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { latestVersion } from '../../../electron/core/db/migrate';
import { rosterXlsx } from '../../helpers/rosterXlsx';
import { makeTempDir } from '../../helpers/tempDir';
import { entityBomb, wideSheet, zipBomb } from '../../fixtures/hostile/hostileFiles';

const BIN = path.resolve('electron/cli/satgas.cjs');

function satgas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without waiting: several runs started together. */
function satgasAsync(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

async function messyFile(dir: string): Promise<string> {
  const file = path.join(dir, 'daftar pegawai.xlsx');
  fs.writeFileSync(file, await rosterXlsx(['NO', 'NAMA PEGAWAI', 'NIP', 'GOL', 'JABATAN', 'BIDANG'], [
    [1, 'Dr. Ir. Sri Lestari, M.Si.', "'19710203 199603 2 001", 'IV/b', 'Kepala Dinas', 'Sekretariat'],
    [2, 'Ahmad   Fauzi', '199001012015031002', 'III.a', 'Pranata Komputer Ahli Pertama', 'Bidang TIK'],
    [3, 'Rina Marlina', 196805231998031000, 'III/a', 'Staf', 'Sekretariat'],
    [4, null, '198001012005011001', 'III/a', 'Staf', 'Sekretariat'],
    [5, 'Ahmad Fauzi', '19900101 201503 1 002', 'III/a', 'Staf', 'Bidang TIK'],
  ]));
  return file;
}

describe('satgas roster import', () => {
  it('--json prints accepted, refused and staff, and commits into a new database with the full schema', async () => {
    const dir = makeTempDir();
    const db = path.join(dir, 'baru', 'satgas.db');
    const r = satgas('roster', 'import', await messyFile(dir), '--db', db, '--json');
    expect(r.stdout.slice(0, 300)).toMatch(/^\{"accepted"/);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out.accepted).toBe(2);
    expect(out.refused).toEqual([
      { sheet: 'Pegawai', row: 6, code: 'nip-precision-lost', message: expect.stringContaining('15 angka') },
      { sheet: 'Pegawai', row: 7, code: 'missing-name', message: expect.stringContaining('Nama pegawai kosong') },
      { sheet: 'Pegawai', row: 8, code: 'duplicate-nip', message: expect.stringContaining('baris 5') },
    ]);
    expect(out.staff).toEqual([
      { sheet: 'Pegawai', nip: '197102031996032001', nik: null, name: 'Dr. Ir. Sri Lestari, M.Si.', rank: 'IV/b', gender: 'P', birthDate: '1971-02-03', employment: 'PNS', unit: 'Sekretariat' },
      { sheet: 'Pegawai', nip: '199001012015031002', nik: null, name: 'Ahmad Fauzi', rank: 'III/a', gender: 'L', birthDate: '1990-01-01', employment: 'PNS', unit: 'Bidang TIK' },
    ]);
    const opened = await openDatabase({ file: db });
    expect(opened.state).toBe('ready');
    if (opened.state === 'ready') {
      expect(opened.db.read((q) => q.get<{ user_version: number }>('PRAGMA user_version'))?.user_version).toBe(latestVersion());
      expect(opened.db.read((q) => q.all('SELECT name FROM staff'))).toHaveLength(2);
      opened.db.close();
    }
  });

  it('--dry-run writes nothing', async () => {
    const dir = makeTempDir();
    const db = path.join(dir, 'satgas.db');
    const r = satgas('roster', 'import', await messyFile(dir), '--db', db, '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Diterima: 2 baris (baru 2, diperbarui 0, tidak berubah 0)');
    expect(r.stdout).toContain('Baris 6: NIP tersimpan sebagai angka');
    expect(r.stdout).toContain('tidak ada yang disimpan');
    const opened = await openDatabase({ file: db });
    if (opened.state === 'ready') {
      expect(opened.db.read((q) => q.all('SELECT id FROM staff'))).toEqual([]);
      opened.db.close();
    }
  });

  it('refuses a whole file with status 2 and {"error": …}', () => {
    const dir = makeTempDir();
    const old = path.join(dir, 'lama.xls');
    fs.writeFileSync(old, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]));
    const r = satgas('roster', 'import', old, '--db', path.join(dir, 'satgas.db'), '--json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'roster-xls-old', message: expect.stringContaining('simpan sebagai .xlsx') } });
  });

  it('refuses a zip bomb, an entity bomb and a sheet past the limits with status 2 and their own codes', () => {
    const dir = makeTempDir();
    const cases = [['bom.xlsx', zipBomb(300), 'file-unpacks-too-large'], ['entitas.xlsx', entityBomb(), 'file-xml-entities'], ['lebar.xlsx', wideSheet(16_384), 'roster-too-many-columns']] as const;
    for (const [name, bytes, code] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const r = satgas('roster', 'import', file, '--db', path.join(dir, 'satgas.db'), '--dry-run', '--json');
      expect(r.status).toBe(2);
      expect(JSON.parse(r.stdout)).toMatchObject({ error: { code } });
    }
  });

  it('runs from its esbuild bundle, not from the TypeScript sources', () => {
    expect(satgas('--help').status).toBe(0);
    expect(fs.existsSync(path.resolve('dist-cli/satgas.cjs'))).toBe(true);
    expect(fs.readFileSync(BIN, 'utf8')).not.toContain('tsx');
  });

  it('will not write a database another instance holds (status 3), but --dry-run still reads it', async () => {
    const dir = makeTempDir();
    const db = path.join(dir, 'satgas.db');
    const held = await openDatabase({ file: db });
    const file = await messyFile(dir);
    expect(satgas('roster', 'import', file, '--db', db).status).toBe(3);
    expect(satgas('roster', 'import', file, '--db', db, '--dry-run', '--json').status).toBe(0);
    if (held.state === 'ready') held.db.close();
  });

  it('runs started together against a database not yet created: one creates it, the others say it is in use, never damaged', async () => {
    const TRIALS = 4;
    const RUNS = 3;
    const dir = makeTempDir();
    const file = await messyFile(dir);
    const outcomes: { status: number | null; text: string }[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const db = path.join(dir, `percobaan-${trial}`, 'satgas.db');
      const runs = await Promise.all(Array.from({ length: RUNS }, () => satgasAsync('roster', 'import', file, '--db', db)));
      outcomes.push(...runs.map((r) => ({ status: r.status, text: r.stdout + r.stderr })));
      const opened = await openDatabase({ file: db });
      expect(opened.state).toBe('ready');
      if (opened.state === 'ready') {
        expect(opened.db.read((q) => q.all('SELECT name FROM staff'))).toHaveLength(2);
        opened.db.close();
      }
    }
    expect(outcomes.filter((o) => /rusak|corrupt|tidak ditemukan/i.test(o.text)).map((o) => o.text)).toEqual([]);
    expect(outcomes.filter((o) => o.status !== 0 && o.status !== 3).map((o) => o.text)).toEqual([]);
    for (const o of outcomes.filter((x) => x.status === 3)) expect(o.text).toMatch(/sedang dipakai oleh .+ di komputer .+ sejak .+ --dry-run/s);
    expect(outcomes.filter((o) => o.status === 0).length).toBeGreaterThanOrEqual(TRIALS);
  }, 300_000);

  it('explains its usage on a wrong call', () => {
    const r = satgas('roster', 'import');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Pemakaian: satgas roster import BERKAS');
    expect(satgas('roster', 'import', 'x.xlsx', '--dryrun').status).toBe(1);
  });
});
