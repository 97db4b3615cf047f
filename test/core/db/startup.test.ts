// What a start and a quit do when the disk is full or the folder read-only, and what interrupted saves and
// backups leave behind: the app opens (with a warning, or read-only with a clear message), never leaves a lock or
// a partial copy, and a temp file never counts as the day's backup.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { hasBackupFor, listBackups } from '../../../electron/core/db/backups';
import { openDatabase } from '../../../electron/core/db/open';
import type { Database } from '../../../electron/core/db/database';
import { probeDatabase } from '../../../electron/core/db/integrity';
import { lockPathOf } from '../../../electron/core/db/lock';
import { backupsDirOf, datedBackupPath, stampOf } from '../../../electron/core/db/paths';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { bundleForChild } from '../../helpers/childScript';
import { makeTempDir } from '../../helpers/tempDir';
import { faultyFs, readOnlyUnder } from './faultyFs';

let SQL: SqlJsStatic;
let holdLockJs = '';
beforeAll(async () => {
  SQL = await loadSqlJs();
  holdLockJs = await bundleForChild('test/core/db/holdLock.child.ts', 'holdLock');
});

const DAY = 24 * 60 * 60 * 1000;
const yesterday = () => new Date(Date.now() - DAY);

/** A database with one saved change and yesterday's backup: the first start of a new day comes next. */
async function databaseFromYesterday(): Promise<string> {
  const file = path.join(makeTempDir(), 'data', 'satgas.db');
  const opened = await openDatabase({ file, now: yesterday });
  if (opened.state !== 'ready') throw new Error(opened.state);
  opened.db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Dinas Sosial' WHERE id = 1"));
  opened.db.close();
  return file;
}

function opdName(db: Database): string {
  return db.read((q) => q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile WHERE id = 1'))?.n ?? '';
}

function backups(file: string): string[] {
  const dir = backupsDirOf(file);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

const today = () => stampOf(new Date()).slice(0, 8);

describe('a full disk at start-up', () => {
  it('warns that the daily backup failed, opens anyway, and leaves no partial backup behind', async () => {
    const file = await databaseFromYesterday();
    const before = backups(file);
    const disk = faultyFs((op, f) => (op === 'write' && f.startsWith(backupsDirOf(file)) ? 'ENOSPC' : null));
    const logged: string[] = [];
    const opened = await openDatabase({ file, fs: disk, log: (l) => logged.push(l) });
    expect(opened.state).toBe('ready');
    if (opened.state !== 'ready') return;
    expect(disk.failures.map((f) => f.code)).toContain('ENOSPC');
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings[0]).toContain('Cadangan harian basis data tidak dapat dibuat (ruang disk habis)');
    expect(logged.join('\n')).toContain('ENOSPC');
    expect(backups(file)).toEqual(before); // no partial copy, no temp file
    opened.db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Dinas Sosial P3A' WHERE id = 1"));
    opened.db.close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
  });

  it('fails a first start that cannot even create the database with its own error, and leaves no lock', async () => {
    const file = path.join(makeTempDir(), 'data', 'satgas.db');
    const disk = faultyFs((op, f) => (op === 'write' && f === `${file}.tmp` ? 'ENOSPC' : null));
    await expect(openDatabase({ file, fs: disk })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  it('does not migrate without a backup: opens read-only, says the disk is full, and keeps the file as it was', async () => {
    const file = path.join(makeTempDir(), 'data', 'satgas.db');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { migrations } = await import('../../../electron/core/db/migrations');
    const { runMigrations } = await import('../../../electron/core/db/migrate');
    const old = new SQL.Database();
    runMigrations(old, migrations, 1);
    fs.writeFileSync(file, old.export());
    old.close();
    const bytes = fs.readFileSync(file);
    const disk = faultyFs((op, f) => (op === 'write' && f.startsWith(backupsDirOf(file)) ? 'ENOSPC' : null));
    const opened = await openDatabase({ file, fs: disk });
    expect(opened.state).toBe('read-only');
    if (opened.state !== 'read-only') return;
    expect(opened.holder).toBeNull();
    expect(opened.db.readOnlyError()?.message).toContain('Ruang disk habis di');
    expect(opened.db.read((q) => q.all('SELECT id FROM staff'))).toEqual([]); // the screens find their tables
    opened.db.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
    expect(backups(file).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never throws from close() when the lock cannot be removed, so quitting completes', async () => {
    const file = await databaseFromYesterday();
    const disk = faultyFs(() => null);
    const logged: string[] = [];
    const opened = await openDatabase({ file, fs: disk, log: (l) => logged.push(l) });
    if (opened.state !== 'ready') throw new Error(opened.state);
    disk.rule = (op, f) => (op === 'unlink' || op === 'rm') && f.startsWith(lockPathOf(file)) ? 'EACCES' : null;
    expect(() => opened.db.close()).not.toThrow();
    expect(disk.failures.some((f) => f.file === lockPathOf(file))).toBe(true);
    expect(logged.join('\n')).toContain('lock not removed');
  });
});

describe('a read-only folder at start-up', () => {
  it('opens the database read-only with a clear message instead of throwing', async () => {
    const file = await databaseFromYesterday();
    const disk = faultyFs(readOnlyUnder(path.dirname(file)));
    const opened = await openDatabase({ file, fs: disk });
    expect(opened.state).toBe('read-only');
    if (opened.state !== 'read-only') return;
    expect(opened.holder).toBeNull();
    expect(opdName(opened.db)).toBe('Dinas Sosial');
    let error: unknown;
    try {
      opened.db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'x' WHERE id = 1"));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'db-folder-read-only' });
    expect((error as Error).message).toContain(`Folder basis data tidak dapat ditulis (${path.dirname(file)})`);
    expect(() => opened.db.close()).not.toThrow();
  });

  it('does so for real: a folder this user may not write (a child process as another user when run as root)', async () => {
    const file = await databaseFromYesterday();
    const dir = path.dirname(file);
    const asRoot = process.getuid?.() === 0;
    fs.chmodSync(path.dirname(dir), 0o755);
    fs.chmodSync(file, 0o644);
    fs.chmodSync(dir, 0o555);
    for (const f of fs.readdirSync(backupsDirOf(file))) fs.chmodSync(path.join(backupsDirOf(file), f), 0o644);
    try {
      const child = spawn(process.execPath, [holdLockJs, file], asRoot ? { uid: 65534, gid: 65534 } : {});
      let out = '';
      let err = '';
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`child exited ${code} without a report: ${err}`)));
      });
      child.stdin.end();
      const report = JSON.parse(line) as Record<string, unknown>;
      expect(report.state).toBe('read-only');
      expect(String(report.write)).toContain('Folder basis data tidak dapat ditulis');
    } finally {
      fs.chmodSync(dir, 0o755);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['cadangan', 'satgas.db', 'satgas.db.prev']);
  });
});

describe('leftovers of interrupted saves and backups', () => {
  it('a backup cut short (cadangan/*.db.tmp) does not count as the day\'s backup, and is removed', async () => {
    const file = await databaseFromYesterday();
    const cut = `${datedBackupPath(file, new Date())}.tmp`;
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 2048));
    const opened = await openDatabase({ file });
    if (opened.state !== 'ready') throw new Error(opened.state);
    opened.db.close();
    const names = backups(file);
    expect(names.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const todays = names.filter((f) => f.startsWith(`satgas-${today()}`));
    expect(todays).toHaveLength(1);
    const probe = probeDatabase(SQL, fs.readFileSync(path.join(backupsDirOf(file), todays[0]!)));
    expect(probe.ok).toBe(true);
    if (probe.ok) probe.db.close();
  });

  it('never counts a temp file as the day\'s backup, nor lists it as one', async () => {
    const file = await databaseFromYesterday();
    const cut = `${datedBackupPath(file, new Date())}.tmp`;
    fs.writeFileSync(cut, fs.readFileSync(file));
    expect(hasBackupFor(file, new Date())).toBe(false);
    expect(listBackups(SQL, file).map((b) => b.file)).not.toContain(cut);
  });

  it('a save cut short leaves no satgas.db.tmp, and one left by a crash is removed at the next start', async () => {
    const file = await databaseFromYesterday();
    const disk = faultyFs((op, f) => (op === 'write' && f === `${file}.tmp` ? 'ENOSPC' : null));
    const opened = await openDatabase({ file, fs: disk });
    if (opened.state !== 'ready') throw new Error(opened.state);
    expect(() => opened.db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Hilang' WHERE id = 1")))
      .toThrow(/tidak dapat disimpan ke disk/);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
    expect(opdName(opened.db)).toBe('Dinas Sosial');
    opened.db.close();

    fs.writeFileSync(`${file}.tmp`, fs.readFileSync(file)); // a crash between writing the temp file and renaming it
    const again = await openDatabase({ file });
    if (again.state !== 'ready') throw new Error(again.state);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
    again.db.close();
  });

  it('leaves another holder\'s temp file alone: it may be a save in progress', async () => {
    const file = await databaseFromYesterday();
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ host: 'PC-SEKRETARIAT-02', user: 'sri', pid: 4242, since: new Date().toISOString(), beat: new Date().toISOString() }));
    fs.writeFileSync(`${file}.tmp`, 'in progress');
    fs.writeFileSync(path.join(backupsDirOf(file), 'satgas-20261124-080000.db.tmp'), 'in progress');
    const opened = await openDatabase({ file });
    expect(opened.state).toBe('read-only');
    if (opened.state === 'read-only') opened.db.close();
    expect(fs.readFileSync(`${file}.tmp`, 'utf8')).toBe('in progress');
    expect(backups(file)).toContain('satgas-20261124-080000.db.tmp');
  });

  it('keeps the newest 14 dated backups and rolls the rest, temp files included, off', async () => {
    const file = await databaseFromYesterday();
    const dir = backupsDirOf(file);
    const bytes = fs.readFileSync(file);
    for (let d = 1; d <= 20; d++) fs.writeFileSync(path.join(dir, `satgas-202601${String(d).padStart(2, '0')}-080000.db`), bytes);
    for (let d = 1; d <= 3; d++) fs.writeFileSync(path.join(dir, `satgas-202602${String(d).padStart(2, '0')}-080000.db.tmp`), 'cut');
    const opened = await openDatabase({ file });
    if (opened.state !== 'ready') throw new Error(opened.state);
    opened.db.close();
    const names = backups(file);
    expect(names).toHaveLength(14);
    expect(names.every((f) => f.endsWith('.db'))).toBe(true);
    expect(names.at(-1)).toMatch(new RegExp(`^satgas-${today()}-\\d{6}\\.db$`));
    expect(names[0]).toBe('satgas-20260109-080000.db');
  });
});

describe('a damaged file is set aside even when Windows holds it for a moment', () => {
  for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
    it(`retries the rename to satgas.db.rusak-… on ${code}`, async () => {
      const file = await databaseFromYesterday();
      const bad = fs.readFileSync(file).subarray(0, 3000);
      fs.writeFileSync(file, bad);
      let refused = 0;
      const disk = faultyFs((op, f) => (op === 'rename' && f === file && refused++ < 3 ? code : null));
      const opened = await openDatabase({ file, fs: disk });
      expect(opened.state).toBe('corrupt');
      if (opened.state !== 'corrupt') return;
      expect(disk.failures.map((f) => f.code)).toEqual([code, code, code]);
      expect(opened.setAside).toMatch(/satgas\.db\.rusak-\d{8}-\d{6}$/);
      expect(fs.readFileSync(opened.setAside!).equals(bad)).toBe(true);
      expect(fs.existsSync(file)).toBe(false);
      expect(fs.existsSync(lockPathOf(file))).toBe(false);
    });
  }
});
