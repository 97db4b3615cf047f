// Where the database and evidence live: the LOCAL (non-roaming) application-data folder. On a Windows domain a
// roaming profile copies %APPDATA% to a server at every sign-out; a database with its evidence does not belong
// there. Installs from before kept the `data` folder in the roaming folder: it is moved once, all-or-nothing, at
// the first start that finds it (a rename on the same drive; a copy, fsync and rename where the two folders lie
// on different drives, the old folder then kept under another name, never deleted).
import nodeFs from 'node:fs';
import path from 'node:path';
import { acquireLock } from '../db/lock';
import type { OsInfo, PathApi } from '../db/paths';
import { APP_DIR_NAME, appUserDataDir, stampOf } from '../db/paths';

/** The folder under which `data/satgas.db` lives: %LOCALAPPDATA%\Satgas Netralitas ASN on Windows; elsewhere the
 * same folder as the app's user data (macOS and Linux have no roaming profiles). */
export function localDataDir(os: OsInfo, p: PathApi = path): string {
  if (os.platform !== 'win32') return appUserDataDir(os, p);
  return p.join(os.env.LOCALAPPDATA ?? p.join(os.home, 'AppData', 'Local'), APP_DIR_NAME);
}

export type MoveFs = Pick<typeof nodeFs, 'existsSync' | 'renameSync' | 'mkdirSync' | 'rmSync' | 'cpSync' | 'readdirSync' | 'statSync' | 'openSync' | 'fsyncSync' | 'closeSync'>;

export type MoveOutcome =
  | 'nothing' // no data in the roaming folder
  | 'already' // the local folder has a database already: nothing is touched
  | 'busy' // another process holds the database: tried again at the next start
  | 'moved' // renamed in one step
  | 'copied'; // copied to the other drive, the roaming folder kept as `data.dipindahkan-<stamp>`

function syncTree(fs: MoveFs, dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isDirectory()) syncTree(fs, file);
    const fd = fs.openSync(file, 'r');
    try {
      fs.fsyncSync(fd);
    } catch {
      // a folder cannot be fsynced on Windows
    } finally {
      fs.closeSync(fd);
    }
  }
}

/**
 * Moves `fromData` (the roaming `data` folder) to `toData` (the local one), whole or not at all. A copy cut short
 * is a `….pindah.tmp` folder beside the target, removed and made again at the next start; the source is never
 * changed until the target is complete.
 */
export function moveDataFolder(fromData: string, toData: string, now: Date, dbName = 'satgas.db', fs: MoveFs = nodeFs): MoveOutcome {
  if (path.resolve(fromData) === path.resolve(toData) || !fs.existsSync(path.join(fromData, dbName))) return 'nothing';
  if (fs.existsSync(path.join(toData, dbName))) return 'already';
  const lock = acquireLock(path.join(fromData, dbName));
  if (!lock.acquired) return 'busy';
  lock.release(); // the lock file must not travel with the folder as if still held
  fs.mkdirSync(path.dirname(toData), { recursive: true });
  if (fs.existsSync(toData)) fs.rmSync(toData, { recursive: true }); // only an empty-of-database leftover reaches here
  try {
    fs.renameSync(fromData, toData);
    return 'moved';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
  }
  const tmp = `${toData}.pindah.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.cpSync(fromData, tmp, { recursive: true, errorOnExist: true });
  syncTree(fs, tmp);
  fs.renameSync(tmp, toData);
  fs.renameSync(fromData, `${fromData}.dipindahkan-${stampOf(now)}`);
  return 'copied';
}

/** At a start: moves an older install's roaming data to the local folder, and says which folder holds the data
 * now (the roaming one still, when the move could not happen this time: held by another process, or failed). */
export function dataRootAtStart(userDataDir: string, os: OsInfo, now: Date, log: (line: string) => void = () => {}): string {
  const local = localDataDir(os);
  if (path.resolve(local) === path.resolve(userDataDir)) return local;
  try {
    const outcome = moveDataFolder(path.join(userDataDir, 'data'), path.join(local, 'data'), now);
    if (outcome === 'moved' || outcome === 'copied') log(`data moved from ${userDataDir} to ${local} (${outcome})`);
    return outcome === 'busy' ? userDataDir : local;
  } catch (e) {
    log(`data not moved to ${local}: ${(e as Error).message}`);
    return userDataDir;
  }
}
