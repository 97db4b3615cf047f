import nodeFs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRetry, writeFileAtomic } from '../../../electron/core/db/atomicFile';
import type { FsLike } from '../../../electron/core/db/atomicFile';
import { appUserDataDir, backupsDirOf, datedBackupPath, defaultDatabasePath } from '../../../electron/core/db/paths';
import { makeTempDir } from '../../helpers/tempDir';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** The real fs, except that renameSync fails with `code` the first `failures` times. */
function flakyRename(code: string, failures: number): FsLike & { renameCalls: number } {
  const fake = { ...nodeFs, renameCalls: 0 } as FsLike & { renameCalls: number };
  fake.renameSync = (from, to) => {
    fake.renameCalls++;
    if (fake.renameCalls <= failures) throw errno(code);
    nodeFs.renameSync(from, to);
  };
  return fake;
}

describe('writeFileAtomic', () => {
  it('replaces the content and keeps the previous file', () => {
    const file = path.join(makeTempDir(), 'a.db');
    writeFileAtomic(file, Buffer.from('one'), { keepPrevious: true });
    writeFileAtomic(file, Buffer.from('two'), { keepPrevious: true });
    expect(nodeFs.readFileSync(file, 'utf8')).toBe('two');
    expect(nodeFs.readFileSync(`${file}.prev`, 'utf8')).toBe('one');
    expect(nodeFs.existsSync(`${file}.tmp`)).toBe(false);
  });

  for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
    it(`retries a rename that fails briefly with ${code} (antivirus, indexer)`, () => {
      const file = path.join(makeTempDir(), 'a.db');
      nodeFs.writeFileSync(file, 'old');
      const fs = flakyRename(code, 3);
      writeFileAtomic(file, Buffer.from('new'), { fs, keepPrevious: true, delayMs: 1 });
      expect(fs.renameCalls).toBe(4);
      expect(nodeFs.readFileSync(file, 'utf8')).toBe('new');
    });
  }

  it('reports a lasting failure and never leaves the old file missing', () => {
    const file = path.join(makeTempDir(), 'a.db');
    nodeFs.writeFileSync(file, 'old');
    const fs = flakyRename('EBUSY', 1000);
    expect(() => writeFileAtomic(file, Buffer.from('new'), { fs, keepPrevious: true, attempts: 4, delayMs: 1 })).toThrow('EBUSY');
    expect(fs.renameCalls).toBe(4);
    expect(nodeFs.readFileSync(file, 'utf8')).toBe('old');
  });

  it('does not retry errors that are not transient', () => {
    let calls = 0;
    expect(() => withRetry(() => { calls++; throw errno('ENOSPC'); }, 5, 1)).toThrow('ENOSPC');
    expect(calls).toBe(1);
  });
});

describe('paths beside the database, on Windows', () => {
  const now = new Date(Date.UTC(2026, 10, 24, 8, 5, 9));
  const cases = [
    'C:\\Users\\Siti Rahmawati\\AppData\\Roaming\\Satgas Netralitas',
    'C:\\Users\\Dédi\\OneDrive - Pemkab\\Documents\\Satgas',
    '\\\\server-bkpsdm\\bersama\\Satgas Dinas Pendidikan',
  ];
  for (const userData of cases) {
    it(`stays inside ${userData}`, () => {
      const file = defaultDatabasePath(userData, path.win32);
      expect(file).toBe(`${userData}\\data\\satgas.db`);
      expect(backupsDirOf(file, path.win32)).toBe(`${userData}\\data\\cadangan`);
      expect(datedBackupPath(file, now, 'harian', path.win32)).toBe(`${userData}\\data\\cadangan\\satgas-20261124-080509-harian.db`);
    });
  }
});

describe('the app\'s own database, as the command line finds it', () => {
  it('is under %APPDATA% on Windows, even for a user name with spaces and non-ASCII letters', () => {
    const os = { platform: 'win32' as const, env: { APPDATA: 'C:\\Users\\Dédi Kurniawan\\AppData\\Roaming' }, home: 'C:\\Users\\Dédi Kurniawan' };
    expect(defaultDatabasePath(appUserDataDir(os, path.win32), path.win32)).toBe('C:\\Users\\Dédi Kurniawan\\AppData\\Roaming\\Satgas Netralitas ASN\\data\\satgas.db');
    expect(appUserDataDir({ ...os, env: {} }, path.win32)).toBe('C:\\Users\\Dédi Kurniawan\\AppData\\Roaming\\Satgas Netralitas ASN');
  });

  it('follows XDG_CONFIG_HOME on Linux and ~/Library on macOS', () => {
    expect(appUserDataDir({ platform: 'linux', env: {}, home: '/home/sri' }, path.posix)).toBe('/home/sri/.config/Satgas Netralitas ASN');
    expect(appUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/sri' }, path.posix)).toBe('/cfg/Satgas Netralitas ASN');
    expect(appUserDataDir({ platform: 'darwin', env: {}, home: '/Users/sri' }, path.posix)).toBe('/Users/sri/Library/Application Support/Satgas Netralitas ASN');
  });
});
