// The database and evidence in the local (non-roaming) app-data folder; the one-time move of an older install's
// roaming `data` folder, whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MoveFs } from '../../../electron/core/backup/localData';
import { localDataDir, moveDataFolder } from '../../../electron/core/backup/localData';
import { defaultDatabasePath } from '../../../electron/core/db/paths';
import { makeTempDir } from '../../helpers/tempDir';

const NOW = new Date('2026-12-02T10:00:00Z');

function oldInstall(root: string): string {
  const data = path.join(root, 'Roaming', 'Satgas Netralitas ASN', 'data');
  fs.mkdirSync(path.join(data, 'bukti', 'ab'), { recursive: true });
  fs.mkdirSync(path.join(data, 'cadangan'), { recursive: true });
  fs.writeFileSync(path.join(data, 'satgas.db'), 'database bytes');
  fs.writeFileSync(path.join(data, 'bukti', 'ab', `ab${'0'.repeat(62)}.jpg`), 'photo');
  fs.writeFileSync(path.join(data, 'cadangan', 'satgas-20261201-080000.db'), 'dated copy');
  return data;
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const f = path.join(d, n);
      if (fs.statSync(f).isDirectory()) walk(f, `${rel}${n}/`);
      else out[`${rel}${n}`] = fs.readFileSync(f, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

describe('local app-data folder', () => {
  it('is %LOCALAPPDATA% on Windows (a user folder with spaces and non-ASCII letters), the user-data folder elsewhere', () => {
    const win = { platform: 'win32' as const, env: { APPDATA: 'C:\\Users\\Siti Nurhalizä\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\Siti Nurhalizä\\AppData\\Local' }, home: 'C:\\Users\\Siti Nurhalizä' };
    expect(defaultDatabasePath(localDataDir(win, path.win32), path.win32)).toBe('C:\\Users\\Siti Nurhalizä\\AppData\\Local\\Satgas Netralitas ASN\\data\\satgas.db');
    expect(localDataDir({ ...win, env: {} }, path.win32)).toBe('C:\\Users\\Siti Nurhalizä\\AppData\\Local\\Satgas Netralitas ASN');
    expect(localDataDir({ platform: 'linux', env: {}, home: '/home/siti' }, path.posix)).toBe('/home/siti/.config/Satgas Netralitas ASN');
  });

  it('moves the roaming data folder whole, once', () => {
    const root = makeTempDir();
    const from = oldInstall(root);
    const before = tree(from);
    const to = path.join(root, 'Local', 'Satgas Netralitas ASN', 'data');
    expect(moveDataFolder(from, to, NOW)).toBe('moved');
    expect(tree(to)).toEqual(before);
    expect(fs.existsSync(from)).toBe(false);
    expect(moveDataFolder(from, to, NOW)).toBe('nothing');
  });

  it('across drives copies, then keeps the roaming folder under another name; a copy cut short leaves the source as it was', () => {
    const root = makeTempDir();
    const from = oldInstall(root);
    const before = tree(from);
    const to = path.join(root, 'Local', 'data');
    const exdev = (e: NodeJS.ErrnoException) => Object.assign(e, { code: 'EXDEV' });
    let failCopy = true;
    const crossDrive: MoveFs = {
      ...fs,
      renameSync: (a, b) => {
        if (String(a) === from && String(b) === to) throw exdev(new Error('cross-device link'));
        fs.renameSync(a, b);
      },
      cpSync: (a, b, o) => {
        fs.cpSync(a, b, o);
        if (failCopy) throw new Error('disk removed mid-copy');
      },
    };
    expect(() => moveDataFolder(from, to, NOW, 'satgas.db', crossDrive)).toThrow(/mid-copy/);
    expect(tree(from)).toEqual(before);
    expect(fs.existsSync(to)).toBe(false);
    failCopy = false;
    expect(moveDataFolder(from, to, NOW, 'satgas.db', crossDrive)).toBe('copied');
    expect(tree(to)).toEqual(before);
    expect(fs.existsSync(`${to}.pindah.tmp`)).toBe(false);
    expect(tree(`${from}.dipindahkan-20261202-100000`)).toEqual(before);
  });

  it('touches nothing when the local folder already has a database', () => {
    const root = makeTempDir();
    const from = oldInstall(root);
    const to = path.join(root, 'Local', 'data');
    fs.mkdirSync(to, { recursive: true });
    fs.writeFileSync(path.join(to, 'satgas.db'), 'newer');
    expect(moveDataFolder(from, to, NOW)).toBe('already');
    expect(fs.readFileSync(path.join(from, 'satgas.db'), 'utf8')).toBe('database bytes');
    expect(fs.readFileSync(path.join(to, 'satgas.db'), 'utf8')).toBe('newer');
  });
});

describe('the data folder at a start', () => {
  it('moves an older install and uses the local folder; uses the roaming one while another process holds it', async () => {
    const { dataRootAtStart } = await import('../../../electron/core/backup/localData');
    const root = makeTempDir();
    const from = oldInstall(root);
    const userData = path.dirname(from);
    const os = { platform: 'win32' as const, env: { LOCALAPPDATA: path.join(root, 'Local') }, home: root };
    // held: a lock file naming a live process on this PC (this test's own)
    const { acquireLock } = await import('../../../electron/core/db/lock');
    const held = acquireLock(path.join(from, 'satgas.db'));
    expect(held.acquired).toBe(true);
    expect(dataRootAtStart(userData, os, NOW)).toBe(userData);
    if (held.acquired) held.release();
    expect(dataRootAtStart(userData, os, NOW)).toBe(path.join(root, 'Local', 'Satgas Netralitas ASN'));
    expect(fs.readFileSync(path.join(root, 'Local', 'Satgas Netralitas ASN', 'data', 'satgas.db'), 'utf8')).toBe('database bytes');
  });
});
