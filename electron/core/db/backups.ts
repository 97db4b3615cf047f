// Backups of the database file: the `.prev` file kept by every save, and a dated copy taken once a day (and
// before each migration) in the `cadangan` folder beside the database. Old dated copies roll off. Only a
// finished copy (`….db`) counts as a backup: the temp file of a copy that was cut short (`….db.tmp`) never does,
// and such leftovers are removed at the next start.
import nodeFs from 'node:fs';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { previousPathOf, removeQuietly, tempPathOf, writeFileAtomic } from './atomicFile';
import type { DbFs } from './atomicFile';
import type { DbCodec } from './codec';
import { decodeStored, plainCodec } from './codec';
import { probeDatabase } from './integrity';
import { backupsDirOf, datedBackupPath, stampOf } from './paths';
import { readUserVersion } from './migrate';
import type { BackupInfo } from './types';

export type { BackupInfo } from './types';

const KEEP_DATED = 14;

/** The names in a folder; none when it is missing or is not a folder (a file in its place must not stop a start). */
function namesIn(fs: DbFs, dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function datedBackups(fs: DbFs, dbFile: string): string[] {
  const prefix = `${path.basename(dbFile, path.extname(dbFile))}-`;
  return namesIn(fs, backupsDirOf(dbFile)).filter((f) => f.startsWith(prefix) && f.endsWith('.db')).sort();
}

/** Copies the current file into the backups folder (atomically) and rolls off the oldest dated copies. */
export function takeBackup(dbFile: string, now: Date, label = '', fs: DbFs = nodeFs): string {
  const target = datedBackupPath(dbFile, now, label);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  writeFileAtomic(target, fs.readFileSync(dbFile), { fs });
  const dated = datedBackups(fs, dbFile);
  const dir = backupsDirOf(dbFile);
  for (const old of dated.slice(0, Math.max(0, dated.length - KEEP_DATED))) removeQuietly(fs, path.join(dir, old));
  return target;
}

/** Today's dated backup exists already? (one a day is enough; every save also keeps `.prev`) */
export function hasBackupFor(dbFile: string, now: Date, fs: DbFs = nodeFs): boolean {
  const today = `${path.basename(dbFile, path.extname(dbFile))}-${stampOf(now).slice(0, 8)}`;
  return datedBackups(fs, dbFile).some((f) => f.startsWith(today));
}

/**
 * Removes what an interrupted save or backup left behind: `satgas.db.tmp` (a save cut short; the file itself is
 * whole), `cadangan/*.tmp` (a backup cut short), and the lock's own temp files. Only the lock's holder calls
 * this: another process's temp file may be one it is still writing.
 */
export function removeLeftovers(dbFile: string, fs: DbFs = nodeFs): string[] {
  const removed: string[] = [];
  const remove = (file: string) => {
    if (!fs.existsSync(file)) return;
    removeQuietly(fs, file);
    if (!fs.existsSync(file)) removed.push(file);
  };
  remove(tempPathOf(dbFile));
  remove(`${dbFile}.lock.tmp`);
  const folder = path.dirname(dbFile);
  const lockBase = `${path.basename(dbFile)}.lock.busy.`;
  for (const f of namesIn(fs, folder)) if (f.startsWith(lockBase) && f.endsWith('.stale')) remove(path.join(folder, f));
  const dir = backupsDirOf(dbFile);
  for (const f of namesIn(fs, dir)) if (f.endsWith('.tmp')) remove(path.join(dir, f));
  return removed;
}

/** Every candidate backup, newest first, each probed with the integrity check. */
export function listBackups(SQL: SqlJsStatic, dbFile: string, fs: DbFs = nodeFs, codec: DbCodec = plainCodec): BackupInfo[] {
  const candidates = [previousPathOf(dbFile), tempPathOf(dbFile)];
  const dir = backupsDirOf(dbFile);
  for (const f of datedBackups(fs, dbFile)) candidates.push(path.join(dir, f));
  const found: BackupInfo[] = [];
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    const stat = fs.statSync(file);
    // an encrypted copy is probed through the codec (one under another key cannot be restored here)
    const decoded = decodeStored(codec, fs.readFileSync(file));
    const probe = decoded.ok ? probeDatabase(SQL, decoded.bytes) : ({ ok: false } as const);
    const schemaVersion = probe.ok ? readUserVersion(probe.db) : 0;
    if (probe.ok) probe.db.close();
    found.push({ file, modifiedAt: stat.mtime.toISOString(), size: stat.size, schemaVersion, good: probe.ok });
  }
  return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
