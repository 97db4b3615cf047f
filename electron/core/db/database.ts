// The one database: sql.js in memory, persisted to one file after every committed change, before the call
// returns. Only this module calls db.export() (which closes and reopens the sql.js connection: it frees
// prepared statements and resets per-connection PRAGMAs, so they are re-applied after every save).
import nodeFs from 'node:fs';
import path from 'node:path';
import type { BindParams, Database as SqlDatabase, SqlJsStatic, SqlValue } from 'sql.js';
import { UserError } from '../errors';
import { errorMessage } from '../../shared/messages';
import { withRetry, writeFileAtomic } from './atomicFile';
import type { DbFs } from './atomicFile';
import { hasBackupFor, listBackups, removeLeftovers, takeBackup } from './backups';
import type { DbCodec } from './codec';
import { decodeStored, plainCodec } from './codec';
import { keyIdOf } from '../crypto/cipher';
import { setAsidePathOf } from './paths';
import type { BackupInfo } from './backups';
import { probeDatabase } from './integrity';
import type { LockEnvironment, LockHandle, LockHolder, TakeOver } from './lock';
import { HEARTBEAT_MS, acquireLock, currentIdentity, holderDetails } from './lock';
import type { ReadOnlyReason } from './types';
import { NewerSchemaError, latestVersion, pendingMigrations, runMigrations } from './migrate';
import type { Migration } from './migrations';
import { migrations as allMigrations } from './migrations';
import { loadSqlJs } from './sqlite';

export type Row = Record<string, SqlValue>;

/** Read access: what a query handler gets. */
export interface Query {
  all<T extends Row = Row>(sql: string, params?: BindParams): T[];
  get<T extends Row = Row>(sql: string, params?: BindParams): T | undefined;
}

/** Write access inside one transaction: what a mutation handler gets. */
export interface Tx extends Query {
  run(sql: string, params?: BindParams): { changes: number; lastId: number };
  /** One prepared statement for many rows (bulk inserts); freed when `fn` returns. */
  each<P extends BindParams>(sql: string, rows: Iterable<P>): number;
  /** Records the change in the audit log: when, OS user, call, entity, id. */
  audit(entity: string, entityId: string | number | null, detail?: string): void;
  /** The same for many entities at once (bulk imports), through one prepared statement. */
  auditMany(entity: string, entityIds: Iterable<number>, detail?: string): void;
}

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

const AUDIT_INSERT = 'INSERT INTO audit_log (at, os_user, call, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)';

function applyConnectionPragmas(db: SqlDatabase): void {
  db.exec('PRAGMA foreign_keys = ON');
}

function makeQuery(db: SqlDatabase): Query {
  return {
    all<T extends Row>(sql: string, params?: BindParams): T[] {
      const stmt = db.prepare(sql);
      try {
        if (params) stmt.bind(params);
        const out: T[] = [];
        while (stmt.step()) out.push(stmt.getAsObject() as T);
        return out;
      } finally {
        stmt.free();
      }
    },
    get<T extends Row>(sql: string, params?: BindParams): T | undefined {
      return this.all<T>(sql, params)[0];
    },
  };
}

/** The UserError that refuses a write on a read-only database, naming why. */
export function readOnlyErrorOf(reason: ReadOnlyReason): UserError {
  if (reason.kind === 'held') return new UserError('db-read-only', holderDetails(reason.holder));
  return reason.code === 'ENOSPC' ? new UserError('db-disk-full-read-only', { dir: reason.dir }) : new UserError('db-folder-read-only', { dir: reason.dir });
}

export interface DatabaseRuntime {
  /** the lock this database holds; null when read-only */
  lock: LockHandle | null;
  heartbeatMs: number;
  log: (line: string) => void;
}

export class Database {
  private sql: SqlDatabase;
  private closed = false;
  private reason: ReadOnlyReason | null;
  private lock: LockHandle | null;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly log: (line: string) => void;

  constructor(
    private readonly SQL: SqlJsStatic,
    sql: SqlDatabase,
    readonly file: string,
    readOnly: ReadOnlyReason | null,
    private readonly identity: LockHolder,
    runtime: DatabaseRuntime,
    private readonly now: () => Date,
    private readonly fs: DbFs = nodeFs,
    private codec: DbCodec = plainCodec,
  ) {
    this.sql = sql;
    this.reason = readOnly;
    this.lock = runtime.lock;
    this.log = runtime.log;
    applyConnectionPragmas(this.sql);
    if (this.lock) {
      // The heartbeat tells other PCs the holder still runs; it never keeps the process alive on its own.
      this.heartbeat = setInterval(() => {
        const other = this.lock?.refresh();
        if (other) this.lostTo(other);
      }, runtime.heartbeatMs);
      this.heartbeat.unref();
    }
  }

  get readOnly(): boolean {
    return this.reason !== null;
  }

  /** Why this database cannot be written now (it can become read-only while open: its lock was taken over). */
  get readOnlyReason(): ReadOnlyReason | null {
    return this.reason;
  }

  get readOnlyHolder(): LockHolder | null {
    return this.reason?.kind === 'held' ? this.reason.holder : null;
  }

  readOnlyError(): UserError | null {
    return this.reason ? readOnlyErrorOf(this.reason) : null;
  }

  /** Another process took the lock over (the user chose "Ambil alih" there): from now on this one only reads. */
  private lostTo(holder: LockHolder): void {
    // the holder's OS user and PC name are not logged: an account name is often a person's name
    this.log(`database ${this.file}: lock taken over by another holder (pid ${holder.pid})`);
    this.reason = { kind: 'held', holder };
    this.lock = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /** From now on the file is kept with this codec (a passphrase was set): saved again at once, so that the
   * file on disk is encoded before this returns. */
  reencode(codec: DbCodec): void {
    this.assertOpen();
    const refused = this.readOnlyError();
    if (refused) throw refused;
    this.codec = codec;
    this.persist();
  }

  /** True when the file on disk is kept with this codec's key (not, for example, still plain). */
  storedWith(codec: DbCodec): boolean {
    const id = keyIdOf(this.fs.readFileSync(this.file));
    return codec.keyId === null ? id === null : id !== null && id.equals(codec.keyId);
  }

  read<T>(fn: (q: Query) => T): T {
    this.assertOpen();
    return fn(makeQuery(this.sql));
  }

  /**
   * Runs `fn` in one transaction, commits, and writes the file to disk before returning. If the file cannot be
   * written, the in-memory database is reloaded from disk so that memory never holds what the disk does not.
   */
  write<T>(call: string, fn: (tx: Tx) => T): T {
    this.assertOpen();
    const refused = this.readOnlyError();
    if (refused) throw refused;
    // Still ours? A lock taken over elsewhere must stop this process before it overwrites the other's saves.
    const other = this.lock?.check();
    if (other) {
      this.lostTo(other);
      throw new UserError('db-lock-lost', holderDetails(other));
    }
    const db = this.sql;
    const query = makeQuery(db);
    const at = () => this.now().toISOString();
    const tx: Tx = {
      ...query,
      run(sql, params) {
        db.run(sql, params);
        const changes = db.getRowsModified();
        const lastId = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
        return { changes, lastId };
      },
      each(sql, rows) {
        const stmt = db.prepare(sql);
        let n = 0;
        try {
          for (const r of rows) {
            stmt.run(r);
            n++;
          }
        } finally {
          stmt.free();
        }
        return n;
      },
      audit: (entity, entityId, detail) => {
        db.run(AUDIT_INSERT, [at(), this.identity.user, call, entity, entityId === null ? null : String(entityId), detail ?? null]);
      },
      auditMany: (entity, entityIds, detail) => {
        // One statement for any number of ids (a 10,000-row import), the ids passed as one JSON array.
        db.run(`INSERT INTO audit_log (at, os_user, call, entity, entity_id, detail)
          SELECT ?, ?, ?, ?, CAST(value AS TEXT), ? FROM json_each(?)`, [at(), this.identity.user, call, entity, detail ?? null, JSON.stringify([...entityIds])]);
      },
    };
    db.exec('BEGIN IMMEDIATE');
    let result: T;
    try {
      result = fn(tx);
      db.exec('COMMIT');
    } catch (e) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // the transaction was already ended by SQLite itself
      }
      throw e;
    }
    this.persist();
    return result;
  }

  /** The committed content as bytes, for a backup: exported from sql.js between calls, never a file being written. */
  snapshot(): Uint8Array {
    this.assertOpen();
    const bytes = this.sql.export();
    applyConnectionPragmas(this.sql);
    return bytes;
  }

  /** Export → temp file → fsync → rename, keeping `.prev`. Re-applies PRAGMAs that export() resets. */
  private persist(): void {
    try {
      const bytes = this.sql.export();
      applyConnectionPragmas(this.sql);
      writeFileAtomic(this.file, this.codec.encode(bytes), { keepPrevious: true, fs: this.fs });
    } catch (e) {
      this.reloadFromDisk();
      throw new UserError('db-persist-failed', { detail: (e as Error).message });
    }
  }

  private reloadFromDisk(): void {
    try {
      this.sql.close();
    } catch {
      // already closed by a failed export
    }
    this.sql = new this.SQL.Database(this.codec.decode(this.fs.readFileSync(this.file)));
    applyConnectionPragmas(this.sql);
  }

  private assertOpen(): void {
    if (this.closed) throw new UserError('db-not-open');
  }

  /** Never throws: quitting must complete even when the lock file cannot be removed (it is judged stale later). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    try {
      this.sql.close();
    } catch (e) {
      this.log(`database ${this.file}: close: ${(e as Error).message}`);
    }
    const lock = this.lock;
    this.lock = null;
    try {
      lock?.release();
    } catch (e) {
      this.log(`database ${this.file}: lock not removed: ${(e as Error).message}`);
    }
  }
}

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
