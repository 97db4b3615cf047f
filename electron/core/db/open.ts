// Opening the database file: the lock (or read-only), integrity, a file from a newer app version refused
// untouched, a bad file set aside with the good backups listed, pending migrations after a backup, the day's
// backup. What it hands back is an OpenResult; the open database itself is database.ts's.
import nodeFs from 'node:fs';
import path from 'node:path';
import type { Database as SqlDatabase, SqlJsStatic } from 'sql.js';
import { UserError } from '../errors';
import { errorMessage } from '../../shared/messages';
import { withRetry, writeFileAtomic } from './atomicFile';
import type { DbFs } from './atomicFile';
import { hasBackupFor, listBackups, removeLeftovers, takeBackup } from './backups';
import type { DbCodec } from './codec';
import { decodeStored, plainCodec } from './codec';
import { Database, readOnlyErrorOf } from './database';
import { setAsidePathOf } from './paths';
import type { BackupInfo } from './backups';
import { probeDatabase } from './integrity';
import type { LockEnvironment, LockHandle, LockHolder, TakeOver } from './lock';
import { HEARTBEAT_MS, acquireLock, currentIdentity } from './lock';
import type { ReadOnlyReason } from './types';
import { NewerSchemaError, latestVersion, pendingMigrations, runMigrations } from './migrate';
import type { Migration } from './migrations';
import { migrations as allMigrations } from './migrations';
import { loadSqlJs } from './sqlite';

export interface DatabaseOptions {
  file: string;
  migrations?: readonly Migration[];
  identity?: LockHolder;
  now?: () => Date;
  /** the file system (a test's fake one: a full disk, a read-only folder, a busy file) */
  fs?: DbFs;
  /** what the lock knows about this PC's processes and clock (tests) */
  lockEnv?: Partial<LockEnvironment>;
  /** the user confirmed taking over this holder's lock ("Ambil alih") */
  takeOver?: TakeOver;
  heartbeatMs?: number;
  /** how long to wait for another process that holds the lock to create a new database file */
  createWaitMs?: number;
  /** technical details the user is not shown (a failed backup's error, a lock that could not be removed) */
  log?: (line: string) => void;
  /** how the bytes are kept on disk: plain (the default) or encrypted with the data key (db/codec.ts) */
  codec?: DbCodec;
}

export type OpenResult =
  | { state: 'ready'; db: Database; warnings: string[] }
  /** `holder` is null when nobody holds the file but its folder cannot be written */
  | { state: 'read-only'; db: Database; holder: LockHolder | null; warnings: string[] }
  | { state: 'corrupt'; detail: string; technical: string; setAside: string | null; backups: BackupInfo[] }
  | { state: 'newer-version'; found: number; known: number }
  /** the file is encrypted: without its key (`locked`) or under another key (`other-key`); nothing was touched */
  | { state: 'locked'; reason: 'locked' | 'other-key' };

function createEmpty(SQL: SqlJsStatic, fs: DbFs, file: string, list: readonly Migration[], codec: DbCodec): void {
  const db = new SQL.Database();
  try {
    runMigrations(db, list);
    writeFileAtomic(file, codec.encode(db.export()), { fs });
  } finally {
    db.close();
  }
}

const DISK_CODES = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EDQUOT']);

function isDiskProblem(e: unknown): e is NodeJS.ErrnoException {
  return DISK_CODES.has((e as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/** An fs error in words: what the user can act on. */
function diskDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return errorMessage('db-detail-disk-full');
  if (isDiskProblem(e)) return errorMessage('db-detail-not-writable');
  return errorMessage('db-detail-fs', { code: code || (e as Error).message.slice(0, 80) });
}

/** Waits for another process, which holds the lock, to finish creating a new database file. */
async function appears(fs: DbFs, file: string, waitMs: number): Promise<boolean> {
  const until = Date.now() + waitMs;
  while (!fs.existsSync(file)) {
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/**
 * Opens (or creates) the database file: takes the lock or falls back to read-only, checks integrity, refuses a
 * file from a newer app version without touching it, sets a bad file aside (never deleted) and lists the good
 * backups, runs pending migrations (after a backup) and takes the day's backup. The lock is never left behind
 * when opening fails; a failed daily backup is a warning, not a failure.
 */
export async function openDatabase(options: DatabaseOptions): Promise<OpenResult> {
  const SQL = await loadSqlJs();
  const fs = options.fs ?? nodeFs;
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  const identity = options.identity ?? currentIdentity(now());
  const file = path.resolve(options.file);
  const codec = options.codec ?? plainCodec;
  fs.mkdirSync(path.dirname(file), { recursive: true });

  const lock = acquireLock(file, identity, { env: { fs, ...options.lockEnv }, takeOver: options.takeOver });
  let handle: LockHandle | null = lock.acquired ? lock.handle : null;
  const releaseNow = () => {
    const h = handle;
    handle = null;
    try {
      h?.release();
    } catch (e) {
      log(`database ${file}: lock not removed: ${(e as Error).message}`);
    }
  };
  try {
    let readOnly: ReadOnlyReason | null = lock.acquired ? null
      : lock.holder ? { kind: 'held', holder: lock.holder }
        : { kind: 'not-writable', dir: path.dirname(file), code: lock.notWritable.code ?? '' };
    const warnings: string[] = [];
    const make = (sql: SqlDatabase): OpenResult => {
      const db = new Database(SQL, sql, file, readOnly, identity, { lock: handle, heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS, log }, now, fs, codec);
      return readOnly ? { state: 'read-only', db, holder: readOnly.kind === 'held' ? readOnly.holder : null, warnings } : { state: 'ready', db, warnings };
    };

    if (!fs.existsSync(file)) {
      if (handle) createEmpty(SQL, fs, file, list(options), codec);
      else if (!lock.acquired && lock.holder === null) throw lock.notWritable; // nothing to show, nowhere to create it
      else if (!(await appears(fs, file, options.createWaitMs ?? 3_000))) {
        // Held by another process that has not created the file yet (two first starts at once): an empty
        // database, read-only, that names the holder. Never "damaged".
        const sql = new SQL.Database();
        runMigrations(sql, list(options));
        return make(sql);
      }
    }

    const stored = fs.readFileSync(file);
    const decoded = decodeStored(codec, stored);
    if (!decoded.ok && decoded.reason !== 'damaged') {
      // encrypted, and this process has not its key: not damaged, only closed to it
      releaseNow();
      return { state: 'locked', reason: decoded.reason };
    }
    const probe = decoded.ok ? probeDatabase(SQL, decoded.bytes) : { ok: false as const, detail: errorMessage('db-detail-damaged'), technical: 'encrypted file fails its authentication tag' };
    if (!probe.ok) {
      let setAside: string | null = null;
      if (handle) {
        const aside = setAsidePathOf(file, now());
        withRetry(() => fs.renameSync(file, aside));
        setAside = aside;
      }
      releaseNow();
      return { state: 'corrupt', detail: probe.detail, technical: probe.technical, setAside, backups: listBackups(SQL, file, fs, codec).filter((b) => b.good) };
    }

    const sql = probe.db;
    try {
      const pending = pendingMigrations(sql, list(options));
      if (pending.length > 0 && handle) {
        try {
          takeBackup(file, now(), `sebelum-skema-${latestVersion(list(options))}`, fs);
          runMigrations(sql, list(options));
          writeFileAtomic(file, codec.encode(sql.export()), { keepPrevious: true, fs });
        } catch (e) {
          // No migration without a backup, and none that cannot be saved: a full disk opens read-only.
          if (!isDiskProblem(e)) throw e;
          log(`database ${file}: migration postponed: ${(e as Error).message}`);
          releaseNow();
          readOnly = { kind: 'not-writable', dir: path.dirname(file), code: e.code ?? '' };
        }
      }
      // Read-only and behind (the holder runs an older version): migrate a copy in memory, never written, so
      // every screen finds the tables it needs.
      if (pendingMigrations(sql, list(options)).length > 0) runMigrations(sql, list(options));
    } catch (e) {
      sql.close();
      releaseNow();
      if (e instanceof NewerSchemaError) return { state: 'newer-version', found: e.found, known: e.known };
      throw e;
    }

    if (handle) {
      const removed = removeLeftovers(file, fs);
      if (removed.length) log(`database ${file}: removed leftovers ${removed.join(', ')}`);
      if (!hasBackupFor(file, now(), fs)) {
        try {
          takeBackup(file, now(), '', fs);
        } catch (e) {
          log(`database ${file}: daily backup failed: ${(e as Error).message}`);
          warnings.push(errorMessage('db-backup-failed', { detail: diskDetail(e) }));
        }
      }
    }
    return make(sql);
  } catch (e) {
    releaseNow();
    throw e;
  }
}

function list(options: DatabaseOptions): readonly Migration[] {
  return options.migrations ?? allMigrations;
}

/** Puts a chosen backup in place of the database file (the current file, if any, is set aside first). */
export async function restoreBackup(options: DatabaseOptions, backupFile: string): Promise<OpenResult> {
  const SQL = await loadSqlJs();
  const fs = options.fs ?? nodeFs;
  const file = path.resolve(options.file);
  if (!fs.existsSync(backupFile)) throw new UserError('backup-not-found');
  const lock = acquireLock(file, options.identity ?? currentIdentity(), { env: { fs, ...options.lockEnv } });
  if (!lock.acquired) throw readOnlyErrorOf(lock.holder ? { kind: 'held', holder: lock.holder } : { kind: 'not-writable', dir: path.dirname(file), code: lock.notWritable.code ?? '' });
  try {
    const bytes = fs.readFileSync(backupFile);
    const decoded = decodeStored(options.codec ?? plainCodec, bytes);
    const probe = decoded.ok ? probeDatabase(SQL, decoded.bytes) : ({ ok: false } as const);
    if (!probe.ok) throw new UserError('backup-not-found');
    probe.db.close();
    const now = options.now ?? (() => new Date());
    if (fs.existsSync(file)) {
      const aside = setAsidePathOf(file, now());
      withRetry(() => fs.renameSync(file, aside));
    }
    writeFileAtomic(file, bytes, { fs });
  } finally {
    lock.release();
  }
  return openDatabase(options);
}
