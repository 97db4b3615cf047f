import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { openDatabase, restoreBackup } from '../../../electron/core/db/open';
import type { Database } from '../../../electron/core/db/database';
import { probeDatabase } from '../../../electron/core/db/integrity';
import { latestVersion, readUserVersion } from '../../../electron/core/db/migrate';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { UserError } from '../../../electron/core/errors';
import { makeTempDir } from '../../helpers/tempDir';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

async function openReady(file: string): Promise<Database> {
  const opened = await openDatabase({ file });
  if (opened.state !== 'ready') throw new Error(`expected ready, got ${opened.state}`);
  return opened.db;
}

/** Reads the file on disk with a fresh sql.js instance: what a crash right now would leave. */
function onDisk<T>(file: string, sql: string): T[] {
  const db = new SQL.Database(fs.readFileSync(file));
  try {
    return (db.exec(sql)[0]?.values ?? []) as T[];
  } finally {
    db.close();
  }
}

function newFile(): string {
  return path.join(makeTempDir(), 'data', 'satgas.db');
}

describe('openDatabase', () => {
  it('creates a new file with the full schema and a dated backup', async () => {
    const file = newFile();
    const db = await openReady(file);
    db.close();
    const probe = probeDatabase(SQL, fs.readFileSync(file));
    expect(probe.ok).toBe(true);
    if (probe.ok) {
      expect(readUserVersion(probe.db)).toBe(latestVersion());
      probe.db.close();
    }
    expect(fs.readdirSync(path.join(path.dirname(file), 'cadangan')).length).toBe(1);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('has every committed change on disk when write returns, with an audit row', async () => {
    const file = newFile();
    const db = await openReady(file);
    db.write('profile.save', (tx) => {
      tx.run("UPDATE opd_profile SET opd_name = 'Dinas Pendidikan' WHERE id = 1");
      tx.audit('Profile', 1);
    });
    expect(onDisk(file, 'SELECT opd_name FROM opd_profile')).toEqual([['Dinas Pendidikan']]);
    const audit = onDisk<unknown[]>(file, 'SELECT os_user, call, entity, entity_id, at FROM audit_log');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.slice(1, 4)).toEqual(['profile.save', 'Profile', '1']);
    expect(String(audit[0]![0]).length).toBeGreaterThan(0);
    expect(String(audit[0]![4])).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(fs.existsSync(`${file}.prev`)).toBe(true);
    db.close();
  });

  it('rolls back a failed call completely, in memory and on disk', async () => {
    const file = newFile();
    const db = await openReady(file);
    const before = fs.readFileSync(file);
    expect(() =>
      db.write('profile.save', (tx) => {
        tx.run("UPDATE opd_profile SET opd_name = 'Setengah' WHERE id = 1");
        throw new UserError('required', { label: 'Nama OPD', field: 'opdName' });
      }),
    ).toThrow(/Nama OPD/);
    expect(db.read((q) => q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile'))?.n).toBe('');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    db.close();
  });

  it('keeps foreign keys on after a save (export resets per-connection PRAGMAs)', async () => {
    const db = await openReady(newFile());
    db.write('test', (tx) => tx.audit('X', 1));
    expect(db.read((q) => q.get<{ foreign_keys: number }>('PRAGMA foreign_keys'))?.foreign_keys).toBe(1);
    db.close();
  });

  it('reloads from disk when the file cannot be written, so memory never holds what the disk does not', async () => {
    const file = newFile();
    const db = await openReady(file);
    fs.mkdirSync(`${file}.tmp`); // the temp file cannot be created: the save fails
    let error: unknown;
    try {
      db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Hilang' WHERE id = 1"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('db-persist-failed');
    expect(db.read((q) => q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile'))?.n).toBe('');
    fs.rmdirSync(`${file}.tmp`);
    db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Ada' WHERE id = 1"));
    expect(onDisk(file, 'SELECT opd_name FROM opd_profile')).toEqual([['Ada']]);
    db.close();
  });
});

describe('a bad file is set aside, never overwritten, and good backups are offered', () => {
  async function prepareWithHistory(): Promise<{ file: string }> {
    const file = newFile();
    const db = await openReady(file);
    db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Versi 1' WHERE id = 1"));
    db.write('profile.save', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Versi 2' WHERE id = 1"));
    db.close();
    return { file };
  }

  const damages: Record<string, (bytes: Buffer) => Buffer> = {
    truncated: (b) => b.subarray(0, Math.floor(b.length / 2)),
    'garbage': (b) => Buffer.from(Array.from({ length: b.length }, (_, i) => (i * 7919) % 251)),
    'empty': () => Buffer.alloc(0),
    'header kept, pages zeroed': (b) => Buffer.concat([b.subarray(0, 100), Buffer.alloc(b.length - 100)]),
  };

  for (const [name, damage] of Object.entries(damages)) {
    it(`handles a ${name} file`, async () => {
      const { file } = await prepareWithHistory();
      const bad = damage(fs.readFileSync(file));
      fs.writeFileSync(file, bad);
      const opened = await openDatabase({ file });
      expect(opened.state).toBe('corrupt');
      if (opened.state !== 'corrupt') return;
      expect(opened.detail).toMatch(/^(berkas kosong|bukan berkas basis data aplikasi ini|isi berkas tidak utuh atau tidak terbaca)$/);
      expect(opened.setAside).not.toBeNull();
      expect(fs.readFileSync(opened.setAside!).equals(bad)).toBe(true);
      expect(fs.existsSync(file)).toBe(false);
      expect(opened.backups.length).toBeGreaterThan(0);
      expect(opened.backups.every((b) => b.good)).toBe(true);
      expect(fs.existsSync(`${file}.lock`)).toBe(false);

      const restored = await restoreBackup({ file }, opened.backups[0]!.file);
      expect(restored.state).toBe('ready');
      if (restored.state === 'ready') {
        const name = restored.db.read((q) => q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile'))?.n;
        expect(name).toBe('Versi 1'); // `.prev` holds the state before the last save
        restored.db.close();
      }
      expect(fs.readFileSync(opened.setAside!).equals(bad)).toBe(true);
    });
  }

  it('refuses a database from a newer app version and leaves the file untouched', async () => {
    const file = newFile();
    const db = new SQL.Database();
    db.exec(`CREATE TABLE future (x); PRAGMA user_version = ${latestVersion() + 5}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, db.export());
    db.close();
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;

    const opened = await openDatabase({ file });
    expect(opened).toEqual({ state: 'newer-version', found: latestVersion() + 5, known: latestVersion() });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['satgas.db']);
  });
});
