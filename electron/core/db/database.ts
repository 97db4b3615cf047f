// The one database: sql.js in memory, persisted to one file after every committed change, before the call
// returns. Only this module calls db.export() (which closes and reopens the sql.js connection: it frees
// prepared statements and resets per-connection PRAGMAs, so they are re-applied after every save).
// Opening the file (lock, integrity, migrations, the day's backup) is open.ts's.
import nodeFs from 'node:fs';
import type { BindParams, Database as SqlDatabase, SqlJsStatic, SqlValue } from 'sql.js';
import { UserError } from '../errors';
import { writeFileAtomic } from './atomicFile';
import type { DbFs } from './atomicFile';
import type { DbCodec } from './codec';
import { plainCodec } from './codec';
import { keyIdOf } from '../crypto/cipher';
import type { LockHandle, LockHolder } from './lock';
import { holderDetails } from './lock';
import type { ReadOnlyReason } from './types';
import { makeQuery, makeTx } from './query';

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

function applyConnectionPragmas(db: SqlDatabase): void {
  db.exec('PRAGMA foreign_keys = ON');
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
    const tx = makeTx(db, { user: this.identity.user, call, at: () => this.now().toISOString() });
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
