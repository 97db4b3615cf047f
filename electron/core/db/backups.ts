// Backups of the database file: the `.prev` file kept by every save, and a dated copy taken once a day (and
// before each migration) in the `cadangan` folder beside the database. Old dated copies roll off.
import fs from 'node:fs';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { previousPathOf, tempPathOf, writeFileAtomic } from './atomicFile';
import { probeDatabase } from './integrity';
import { backupsDirOf, datedBackupPath, stampOf } from './paths';
import { readUserVersion } from './migrate';
import type { BackupInfo } from './types';

export type { BackupInfo } from './types';

const KEEP_DATED = 14;

/** Copies the current file into the backups folder (atomically) and rolls off the oldest dated copies. */
export function takeBackup(dbFile: string, now: Date, label = ''): string {
  const target = datedBackupPath(dbFile, now, label);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  writeFileAtomic(target, fs.readFileSync(dbFile));
  const dir = backupsDirOf(dbFile);
  const dated = fs.readdirSync(dir).filter((f) => f.endsWith('.db')).sort();
  for (const old of dated.slice(0, Math.max(0, dated.length - KEEP_DATED))) fs.rmSync(path.join(dir, old), { force: true });
  return target;
}

/** Today's dated backup exists already? (one a day is enough; every save also keeps `.prev`) */
export function hasBackupFor(dbFile: string, now: Date): boolean {
  const dir = backupsDirOf(dbFile);
  if (!fs.existsSync(dir)) return false;
  const prefix = `${path.basename(dbFile, path.extname(dbFile))}-${stampOf(now).slice(0, 8)}`;
  return fs.readdirSync(dir).some((f) => f.startsWith(prefix));
}

/** Every candidate backup, newest first, each probed with the integrity check. */
export function listBackups(SQL: SqlJsStatic, dbFile: string): BackupInfo[] {
  const candidates = [previousPathOf(dbFile), tempPathOf(dbFile)];
  const dir = backupsDirOf(dbFile);
  if (fs.existsSync(dir)) {
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.db')) candidates.push(path.join(dir, f));
  }
  const found: BackupInfo[] = [];
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    const stat = fs.statSync(file);
    const probe = probeDatabase(SQL, fs.readFileSync(file));
    const schemaVersion = probe.ok ? readUserVersion(probe.db) : 0;
    if (probe.ok) probe.db.close();
    found.push({ file, modifiedAt: stat.mtime.toISOString(), size: stat.size, schemaVersion, good: probe.ok });
  }
  return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
