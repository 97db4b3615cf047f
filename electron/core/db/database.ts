// The one database: sql.js in memory, persisted to one file after every committed change, before the call
// returns. Only this module calls db.export() (which closes and reopens the sql.js connection: it frees
// prepared statements and resets per-connection PRAGMAs, so they are re-applied after every save).
import fs from 'node:fs';
import path from 'node:path';
import type { BindParams, Database as SqlDatabase, SqlJsStatic, SqlValue } from 'sql.js';
import { UserError } from '../errors';
import { errorMessage } from '../../shared/messages';
import { writeFileAtomic } from './atomicFile';
import { hasBackupFor, listBackups, takeBackup } from './backups';
import { setAsidePathOf } from './paths';
import type { BackupInfo } from './backups';
import { probeDatabase } from './integrity';
import type { LockHolder } from './lock';
import { acquireLock, currentIdentity, holderDetails } from './lock';
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
}

export type OpenResult =
  | { state: 'ready'; db: Database }
  | { state: 'read-only'; db: Database; holder: LockHolder }
  | { state: 'corrupt'; detail: string; technical: string; setAside: string | null; backups: BackupInfo[] }
  | { state: 'newer-version'; found: number; known: number };

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

export class Database {
  private sql: SqlDatabase;
  private closed = false;

  constructor(
    private readonly SQL: SqlJsStatic,
    sql: SqlDatabase,
    readonly file: string,
    readonly readOnlyHolder: LockHolder | null,
    private readonly identity: LockHolder,
    private readonly releaseLock: () => void,
    private readonly now: () => Date,
  ) {
    this.sql = sql;
    applyConnectionPragmas(this.sql);
  }

  get readOnly(): boolean {
    return this.readOnlyHolder !== null;
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
    if (this.readOnlyHolder) {
      const h = this.readOnlyHolder;
      throw new UserError('db-read-only', holderDetails(h));
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

  /** Export → temp file → fsync → rename, keeping `.prev`. Re-applies PRAGMAs that export() resets. */
  private persist(): void {
    try {
      const bytes = this.sql.export();
      applyConnectionPragmas(this.sql);
      writeFileAtomic(this.file, bytes, { keepPrevious: true });
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
    this.sql = new this.SQL.Database(fs.readFileSync(this.file));
    applyConnectionPragmas(this.sql);
  }

  private assertOpen(): void {
    if (this.closed) throw new UserError('db-not-open');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sql.close();
    this.releaseLock();
  }
}

function createEmpty(SQL: SqlJsStatic, file: string, list: readonly Migration[]): void {
  const db = new SQL.Database();
  try {
    runMigrations(db, list);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, db.export());
  } finally {
    db.close();
  }
}

/**
 * Opens (or creates) the database file: takes the lock or falls back to read-only, checks integrity, refuses a
 * file from a newer app version without touching it, sets a bad file aside (never deleted) and lists the good
 * backups, runs pending migrations (after a backup) and takes the day's backup.
 */
export async function openDatabase(options: DatabaseOptions): Promise<OpenResult> {
  const SQL = await loadSqlJs();
  const list = options.migrations ?? allMigrations;
  const now = options.now ?? (() => new Date());
  const identity = options.identity ?? currentIdentity(now());
  const file = path.resolve(options.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  const lock = acquireLock(file, identity);
  const release = lock.acquired ? lock.release : () => {};
  const holder = lock.acquired ? null : lock.holder;

  if (!fs.existsSync(file)) {
    if (holder) {
      return { state: 'corrupt', detail: errorMessage('db-detail-missing'), technical: 'missing file', setAside: null, backups: listBackups(SQL, file).filter((b) => b.good) };
    }
    createEmpty(SQL, file, list);
  }

  const probe = probeDatabase(SQL, fs.readFileSync(file));
  if (!probe.ok) {
    let setAside: string | null = null;
    if (!holder) {
      setAside = setAsidePathOf(file, now());
      fs.renameSync(file, setAside);
    }
    release();
    return { state: 'corrupt', detail: probe.detail, technical: probe.technical, setAside, backups: listBackups(SQL, file).filter((b) => b.good) };
  }

  const sql = probe.db;
  try {
    const pending = pendingMigrations(sql, list);
    if (pending.length > 0 && !holder) {
      takeBackup(file, now(), `sebelum-skema-${latestVersion(list)}`);
      runMigrations(sql, list);
      writeFileAtomic(file, sql.export(), { keepPrevious: true });
    } else if (pending.length > 0) {
      // Read-only and behind: cannot migrate someone else's file. Show it as it is.
    }
  } catch (e) {
    sql.close();
    release();
    if (e instanceof NewerSchemaError) return { state: 'newer-version', found: e.found, known: e.known };
    throw e;
  }
  if (!holder && !hasBackupFor(file, now())) takeBackup(file, now());

  const db = new Database(SQL, sql, file, holder, identity, release, now);
  return holder ? { state: 'read-only', db, holder } : { state: 'ready', db };
}

/** Puts a chosen backup in place of the database file (the current file, if any, is set aside first). */
export async function restoreBackup(options: DatabaseOptions, backupFile: string): Promise<OpenResult> {
  const SQL = await loadSqlJs();
  const file = path.resolve(options.file);
  if (!fs.existsSync(backupFile)) throw new UserError('backup-not-found');
  const lock = acquireLock(file, options.identity ?? currentIdentity());
  if (!lock.acquired) {
    const h = lock.holder;
    throw new UserError('db-read-only', holderDetails(h));
  }
  lock.release();
  const bytes = fs.readFileSync(backupFile);
  const probe = probeDatabase(SQL, bytes);
  if (!probe.ok) throw new UserError('backup-not-found');
  probe.db.close();
  const now = options.now ?? (() => new Date());
  if (fs.existsSync(file)) fs.renameSync(file, setAsidePathOf(file, now()));
  writeFileAtomic(file, bytes);
  return openDatabase(options);
}
