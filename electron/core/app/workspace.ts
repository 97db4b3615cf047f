// The workspace: the app's open database and what is known about it. One per process (Electron main, web
// harness, a test). Named apart from the domain's socialization `Session`.
import type { Database, DatabaseOptions, OpenResult } from '../db/database';
import { openDatabase, restoreBackup } from '../db/database';
import { latestVersion } from '../db/migrate';
import { UserError } from '../errors';
import { errorMessage } from '../../shared/messages';
import type { TakeOver } from '../db/lock';
import { holderDetails } from '../db/lock';
import { mirrorEvidence } from '../backup/dailyEvidence';
import { recoverInterruptedRestore } from '../backup/restore';
import { PreviewStore } from '../staff/import/apply/previews';
import type { AppStatus, DatabaseStatus } from './types';

export interface WorkspaceOptions {
  /** changes only through moveTo() ("Lokasi basis data") */
  dbFile: string;
  appVersion: string;
  /** where technical details go (SQLite's own error text); the user sees the Indonesian message */
  log?: (line: string) => void;
  /** passed to every open (tests: a fake file system, the lock's view of processes, the heartbeat) */
  database?: Omit<DatabaseOptions, 'file' | 'log' | 'takeOver'>;
}

export class Workspace {
  private opened: OpenResult | null = null;
  /** parsed import files waiting for the user's confirmation */
  readonly staffImports = new PreviewStore();

  constructor(readonly options: WorkspaceOptions) {}

  private warnings: string[] = [];

  private dbOptions(takeOver?: TakeOver): DatabaseOptions {
    return { ...this.options.database, file: this.options.dbFile, ...(this.options.log ? { log: this.options.log } : {}), ...(takeOver ? { takeOver } : {}) };
  }

  async open(takeOver?: TakeOver): Promise<void> {
    recoverInterruptedRestore(this.options.dbFile, this.options.log);
    this.opened = await openDatabase(this.dbOptions(takeOver));
    if (this.opened.state === 'ready') await mirrorEvidence(this.options.dbFile).catch((e: unknown) => this.options.log?.(`evidence mirror: ${(e as Error).message}`));
    this.warnings = this.opened.state === 'ready' || this.opened.state === 'read-only' ? this.opened.warnings : [];
    if (this.opened.state === 'corrupt') this.options.log?.(`database ${this.options.dbFile} unusable: ${this.opened.technical}`);
  }

  /** A UserError when the database cannot be written (another PC holds it, the folder is read-only), else null:
   * the dispatcher refuses every mutation with it before the handler runs. Asked of the database itself, which
   * becomes read-only while open if its lock is taken over from elsewhere. */
  readOnlyError(): UserError | null {
    const o = this.opened;
    return o && (o.state === 'ready' || o.state === 'read-only') ? o.db.readOnlyError() : null;
  }

  /** The open database; throws a UserError that says why there is none. */
  db(): Database {
    const o = this.opened;
    if (o && (o.state === 'ready' || o.state === 'read-only')) return o.db;
    throw new UserError('db-not-open');
  }

  databaseStatus(): DatabaseStatus {
    const file = this.options.dbFile;
    const o = this.opened;
    if (!o) return { state: 'corrupt', file, message: errorMessage('db-not-open'), setAside: null, backups: [] };
    switch (o.state) {
      case 'ready':
      case 'read-only': {
        const reason = o.db.readOnlyReason;
        if (!reason) return { state: 'ready', file };
        return { state: 'read-only', file, holder: reason.kind === 'held' ? reason.holder : null, message: o.db.readOnlyError()!.message };
      }
      case 'corrupt':
        return {
          state: 'corrupt', file, setAside: o.setAside, backups: o.backups,
          message: errorMessage('db-corrupt', { detail: o.detail, setAside: o.setAside ?? '-' }),
        };
      case 'newer-version':
        return { state: 'newer-version', file, message: errorMessage('db-newer-version', { found: o.found, known: o.known }) };
    }
  }

  status(): AppStatus {
    let opdName = '';
    try {
      opdName = this.db().read((q) => q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile WHERE id = 1')?.n ?? '');
    } catch {
      // no database: the header shows the app name only
    }
    return { appVersion: this.options.appVersion, schemaVersion: latestVersion(), database: this.databaseStatus(), opdName, warnings: this.warnings };
  }

  /**
   * "Ambil alih": the user was told who holds the lock and chose to take it over. Only that holder's lock is
   * removed (if it changed meanwhile, the user is told who holds it now); the database is then opened again,
   * writable, as at a start.
   */
  async takeOverLock(expected: TakeOver): Promise<AppStatus> {
    const o = this.opened;
    if (!o || (o.state !== 'ready' && o.state !== 'read-only')) throw new UserError('db-not-open');
    const reason = o.db.readOnlyReason;
    if (!reason) return this.status();
    if (reason.kind !== 'held') throw o.db.readOnlyError()!;
    const changed = (h: { host: string; pid: number; since: string }) => h.host !== expected.host || h.pid !== expected.pid || h.since !== expected.since;
    if (changed(reason.holder)) throw new UserError('db-lock-changed', holderDetails(reason.holder));
    o.db.close();
    this.opened = null;
    await this.open(expected);
    const now = this.opened as OpenResult | null;
    if (now?.state === 'read-only' && now.holder && changed(now.holder)) throw new UserError('db-lock-changed', holderDetails(now.holder));
    return this.status();
  }

  /** Only offered while the database is unusable; the chosen file must be one of the listed good backups. */
  async restore(file: string): Promise<AppStatus> {
    const o = this.opened;
    if (!o || o.state !== 'corrupt' || !o.backups.some((b) => b.file === file && b.good)) throw new UserError('backup-not-found');
    this.opened = await restoreBackup(this.dbOptions(), file);
    this.warnings = this.opened.state === 'ready' || this.opened.state === 'read-only' ? this.opened.warnings : [];
    return this.status();
  }

  /** Opens the database at `dbFile` instead (after the backup area moved it there, whole). */
  async moveTo(dbFile: string): Promise<void> {
    this.close();
    this.options.dbFile = dbFile;
    await this.open();
  }

  close(): void {
    const o = this.opened;
    if (o && (o.state === 'ready' || o.state === 'read-only')) o.db.close();
    this.opened = null;
  }
}
