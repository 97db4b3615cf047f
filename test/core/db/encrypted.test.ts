// The database encrypted at rest: every copy on disk (the file, .prev, the day's backup, the pre-migration copy)
// holds no plain NIP or name; without the key the file is "locked" and untouched (never set aside as damaged);
// a flipped byte is damaged and set aside, never deleted; a plain database is encrypted by its first save.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEncrypted, newDataKey } from '../../../electron/core/crypto/cipher';
import { encryptedCodec } from '../../../electron/core/db/codec';
import { openDatabase } from '../../../electron/core/db/open';
import { listBackups } from '../../../electron/core/db/backups';
import { migrations } from '../../../electron/core/db/migrations';
import { backupsDirOf } from '../../../electron/core/db/paths';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { makeTempDir } from '../../helpers/tempDir';

const NIP = '198507142010012003';
const NAME = 'Siti Aminah Nasution';

function everyFile(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function addPerson(db: Awaited<ReturnType<typeof openDatabase>>, nip = NIP) {
  if (db.state !== 'ready') throw new Error(db.state);
  db.db.write('test.staff', (tx) => {
    tx.run(`INSERT INTO staff (name, nip, employment, position_type, created_at, updated_at) VALUES (?, ?, 'PNS', 'PELAKSANA', 'x', 'x')`, [NAME, nip]);
  });
  return db.db;
}

describe('the database encrypted at rest', () => {
  it('keeps no plain NIP or name in any file on disk, and reads back with the key', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'satgas.db');
    const codec = encryptedCodec(newDataKey());
    // built at schema 4 first, so that opening at the latest schema takes the pre-migration copy
    const old = await openDatabase({ file, codec, migrations: migrations.slice(0, 4) });
    addPerson(old).close();
    const opened = await openDatabase({ file, codec, now: () => new Date('2030-01-02T03:00:00Z') });
    const db = addPerson(opened, null as unknown as string);
    db.write('test.again', (tx) => tx.audit('Staff', 1, 'again'));
    db.close();
    const files = everyFile(dir).filter((f) => !f.endsWith('.lock'));
    expect(files.map((f) => path.relative(dir, f)).sort()).toEqual(expect.arrayContaining(['satgas.db', 'satgas.db.prev']));
    expect(fs.readdirSync(backupsDirOf(file)).some((f) => f.includes('sebelum-skema'))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      expect(isEncrypted(bytes), f).toBe(true);
      for (const needle of [NIP, NAME, 'Siti', 'SQLite format']) {
        expect(bytes.includes(Buffer.from(needle)), `${needle} in ${f}`).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} (UTF-16) in ${f}`).toBe(false);
      }
    }
    const back = await openDatabase({ file, codec });
    expect(back.state).toBe('ready');
    if (back.state !== 'ready') return;
    expect(back.db.read((q) => q.all('SELECT name, nip FROM staff'))).toEqual([{ name: NAME, nip: NIP }, { name: NAME, nip: null }]);
    back.db.close();
    // every copy is a good backup to this key
    const SQL = await loadSqlJs();
    const backups = listBackups(SQL, file, fs, codec);
    expect(backups.length).toBeGreaterThanOrEqual(2);
    expect(backups.every((b) => b.good)).toBe(true);
  });

  it('without the key, or with another, says locked and leaves the file exactly as it was', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'satgas.db');
    const codec = encryptedCodec(newDataKey());
    addPerson(await openDatabase({ file, codec })).close();
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    const listing = fs.readdirSync(dir).sort();
    expect(await openDatabase({ file })).toEqual({ state: 'locked', reason: 'locked' });
    expect(await openDatabase({ file, codec: encryptedCodec(newDataKey()) })).toEqual({ state: 'locked', reason: 'other-key' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    // no set-aside copy, and the lock was not left behind
    expect(fs.readdirSync(dir).sort()).toEqual(listing.filter((f) => !f.endsWith('.lock')));
    expect((await openDatabase({ file, codec })).state).toBe('ready');
  });

  it('sets a damaged encrypted file aside (never deletes it) and offers the good copies', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'satgas.db');
    const codec = encryptedCodec(newDataKey());
    const db = addPerson(await openDatabase({ file, codec }));
    db.write('test.more', (tx) => tx.audit('Staff', 1, 'more'));
    db.close();
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    const opened = await openDatabase({ file, codec });
    expect(opened.state).toBe('corrupt');
    if (opened.state !== 'corrupt') return;
    expect(fs.readFileSync(opened.setAside!).equals(bytes)).toBe(true);
    expect(opened.backups.length).toBeGreaterThan(0);
  });

  it('encrypts a plain database at its first save', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'satgas.db');
    addPerson(await openDatabase({ file })).close();
    expect(fs.readFileSync(file).includes(Buffer.from(NIP))).toBe(true);
    const codec = encryptedCodec(newDataKey());
    const opened = await openDatabase({ file, codec });
    const db = addPerson(opened, '199001012015031001');
    db.close();
    const stored = fs.readFileSync(file);
    expect(isEncrypted(stored)).toBe(true);
    expect(stored.includes(Buffer.from(NIP))).toBe(false);
  });
});
