// Names of the files that live beside the database. Built with a path API parameter so the same logic is
// tested with path.win32 (user folders with spaces or non-ASCII letters, OneDrive, network shares).
import path from 'node:path';

export type PathApi = typeof path.posix | typeof path.win32;

export function stampOf(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function backupsDirOf(dbFile: string, p: PathApi = path): string {
  return p.join(p.dirname(dbFile), 'cadangan');
}

export function datedBackupPath(dbFile: string, now: Date, label = '', p: PathApi = path): string {
  const base = p.basename(dbFile, p.extname(dbFile));
  return p.join(backupsDirOf(dbFile, p), `${base}-${stampOf(now)}${label ? `-${label}` : ''}.db`);
}

export function setAsidePathOf(dbFile: string, now: Date): string {
  return `${dbFile}.rusak-${stampOf(now)}`;
}

/** The default database file in the app's user-data folder. */
export function defaultDatabasePath(userDataDir: string, p: PathApi = path): string {
  return p.join(userDataDir, 'data', 'satgas.db');
}

/** The folder name under the OS's application-data folder; main.ts sets Electron's userData to it. */
export const APP_DIR_NAME = 'Satgas Netralitas ASN';

export interface OsInfo {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

/** Where Electron's appData is on each OS (so the command line finds the app's own database). */
export function appDataDir(os: OsInfo, p: PathApi = path): string {
  if (os.platform === 'win32') return os.env.APPDATA ?? p.join(os.home, 'AppData', 'Roaming');
  if (os.platform === 'darwin') return p.join(os.home, 'Library', 'Application Support');
  return os.env.XDG_CONFIG_HOME ?? p.join(os.home, '.config');
}

export function appUserDataDir(os: OsInfo, p: PathApi = path): string {
  return p.join(appDataDir(os, p), APP_DIR_NAME);
}
