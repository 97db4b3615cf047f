// The workspace: the app's open database and what is known about it. One per process (Electron main, web
// harness, a test). Named apart from the domain's socialization `Session`.
import type { Database } from '../db/database';
import type { DatabaseOptions, OpenResult } from '../db/open';
import { openDatabase, restoreBackup } from '../db/open';
import { latestVersion } from '../db/migrate';
import { UserError } from '../errors';
import { errorMessage } from '../../shared/messages';
import type { TakeOver } from '../db/lock';
import { holderDetails } from '../db/lock';
import { mirrorEvidence } from '../backup/dailyEvidence';
import { recoverInterruptedRestore } from '../backup/restore';
import { PreviewStore } from '../staff/import/apply/previews';
import type { DataKey } from '../crypto/cipher';
import type { DbCodec } from '../db/codec';
import { encryptedCodec, plainCodec } from '../db/codec';
import type { ScryptParams } from '../crypto/keyFile';
import { createKeys, unlockWithPassphrase, unlockWithRecoveryCode } from '../crypto/keyFile';
import { encryptCopies } from '../privacy/copies';
import { keyFilePathOf, readKeyFile, writeKeyFile } from '../privacy/keyStore';
import { existsSync } from 'node:fs';
import { encryptStoredFiles, evidenceDirOf } from '../evidence/store';
import { FindingsAccess } from '../privacy/findingsAccess';
import type { AppStatus, DatabaseStatus } from './types';

export interface WorkspaceOptions {
  /** changes only through moveTo() ("Lokasi basis data") */
  dbFile: string;
  appVersion: string;
  /** where technical details go (SQLite's own error text); the user sees the Indonesian message */
  log?: (line: string) => void;
  /** passed to every open (tests: a fake file system, the lock's view of processes, the heartbeat) */
  database?: Omit<DatabaseOptions, 'file' | 'log' | 'takeOver' | 'codec'>;
  /** scrypt's cost for a new passphrase (tests use a cheap one; the default is keyFile.ts's DEFAULT_SCRYPT) */
  scrypt?: ScryptParams;
}

export class Workspace {
  private opened: OpenResult | null = null;
  /** parsed import files waiting for the user's confirmation */
  readonly staffImports = new PreviewStore();
  /** "Temuan" unlocked in this running app (privacy/findingsLock.ts); never stored */
  readonly findingsAccess = new FindingsAccess();

  constructor(readonly options: WorkspaceOptions) {}

  private warnings: string[] = [];
  /** the data key, once the passphrase (or the recovery code) opened it; null when the data is not protected */
  private dataKey: DataKey | null = null;
  /** why the protected data is not open: no passphrase given yet, or a key file that cannot be read */
  private keyProblem: 'db-locked' | 'key-file-damaged' | null = null;

  private codec(): DbCodec {
    return this.dataKey ? encryptedCodec(this.dataKey) : plainCodec;
  }

  private dbOptions(takeOver?: TakeOver): DatabaseOptions {
    return { ...this.options.database, file: this.options.dbFile, codec: this.codec(), ...(this.options.log ? { log: this.options.log } : {}), ...(takeOver ? { takeOver } : {}) };
  }

  /** A passphrase protects this database (its key file is beside it; a damaged one protects it too, so only whether
   * it is there counts: app.status asks on every call, and is not made to read and parse it). */
  get isProtected(): boolean {
    return existsSync(keyFilePathOf(this.options.dbFile));
  }

  get isUnlocked(): boolean {
    return this.dataKey !== null;
  }

  async open(takeOver?: TakeOver): Promise<void> {
    recoverInterruptedRestore(this.options.dbFile, this.options.log);
    this.keyProblem = null;
    if (!this.dataKey) {
      // protected: nothing is opened (not even the lock taken) before the passphrase is given
      try {
        if (readKeyFile(this.options.dbFile)) this.keyProblem = 'db-locked';
      } catch {
        this.keyProblem = 'key-file-damaged';
      }
      if (this.keyProblem) {
        this.opened = { state: 'locked', reason: 'locked' };
        this.warnings = [];
        return;
      }
    }
    this.opened = await openDatabase(this.dbOptions(takeOver));
    if (this.opened.state === 'ready') await mirrorEvidence(this.options.dbFile, this.dataKey).catch((e: unknown) => this.options.log?.(`evidence mirror: ${(e as Error).message}`));
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
      case 'locked':
        return { state: 'locked', file, message: errorMessage(this.keyProblem ?? (o.reason === 'locked' ? 'db-locked' : 'db-other-key')) };
    }
  }

  status(): AppStatus {
    let opdName = '';
    try {
      opdName = this.db().read((q) => q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile WHERE id = 1')?.n ?? '');
    } catch {
      // no database: the header shows the app name only
    }
    return { appVersion: this.options.appVersion, schemaVersion: latestVersion(), database: this.databaseStatus(), opdName, protected: this.isProtected, warnings: this.warnings };
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

  /** Opens the data a restore just put in place, with the key its backup was opened with (null: a plain backup,
   * no key file beside the database any more), so the app is open on the restored data at once. */
  async reopenRestored(dataKey: DataKey | null): Promise<void> {
    this.close();
    this.dataKey = dataKey;
    await this.open();
  }

  /** Opens the database at `dbFile` instead (after the backup area moved it there, whole). */
  async moveTo(dbFile: string): Promise<void> {
    this.close();
    this.options.dbFile = dbFile;
    await this.open();
  }

  /**
   * Opens protected data with the passphrase or the recovery code; a wrong one is refused and nothing is touched.
   * Then finishes what an interrupted "set a passphrase" left: the database file and its copies still plain.
   */
  async unlock(secret: { passphrase: string } | { recoveryCode: string }): Promise<AppStatus> {
    const keyFile = readKeyFile(this.options.dbFile);
    if (!keyFile) throw new UserError('passphrase-not-set');
    const key = 'passphrase' in secret ? unlockWithPassphrase(keyFile, secret.passphrase) : unlockWithRecoveryCode(keyFile, secret.recoveryCode);
    this.close();
    this.dataKey = key;
    await this.open();
    const o = this.opened as OpenResult | null;
    if (o?.state === 'ready') {
      if (!o.db.storedWith(this.codec())) o.db.reencode(this.codec());
      // the live evidence first: the daily mirror's plain files are then linked to the encrypted ones
      encryptStoredFiles(evidenceDirOf(this.options.dbFile), key);
      encryptCopies(this.options.dbFile, key);
    }
    return this.status();
  }

  /**
   * Sets a passphrase on unprotected data: the key file first (atomically), then the database saved encrypted,
   * then every copy. A crash between the steps leaves data that the passphrase opens, and the next unlock
   * finishes the rest. The recovery code is returned once, for the recovery sheet; it is never stored.
   */
  setPassphrase(passphrase: string): { recoveryCode: string } {
    if (this.isProtected) throw new UserError('passphrase-already-set');
    const db = this.db();
    const refused = db.readOnlyError();
    if (refused) throw refused;
    const keys = createKeys(passphrase, this.options.scrypt);
    writeKeyFile(this.options.dbFile, keys.keyFile);
    this.dataKey = keys.dataKey;
    db.reencode(this.codec());
    encryptStoredFiles(evidenceDirOf(this.options.dbFile), keys.dataKey);
    encryptCopies(this.options.dbFile, keys.dataKey);
    return { recoveryCode: keys.recoveryCode };
  }

  /** The data key when a passphrase protects the data and it is open; null otherwise (files kept plain). */
  dataKeyOrNull(): DataKey | null {
    return this.dataKey;
  }

  /** The data key, for the privacy area's own work (rewrapping it under a new passphrase). */
  currentKey(): DataKey {
    if (!this.dataKey) throw new UserError('passphrase-not-set');
    return this.dataKey;
  }

  close(): void {
    this.findingsAccess.close();
    const o = this.opened;
    if (o && (o.state === 'ready' || o.state === 'read-only')) o.db.close();
    this.opened = null;
  }
}
