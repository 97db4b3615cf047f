// The workspace: the app's open database and what is known about it. One per process (Electron main, web
// harness, a test). Named apart from the domain's socialization `Session`.
import type { Database, OpenResult } from '../db/database';
import { openDatabase, restoreBackup } from '../db/database';
import { latestVersion } from '../db/migrate';
import { UserError } from '../errors';
import { errorMessage } from '../../shared/messages';
import { holderDetails } from '../db/lock';
import { PreviewStore } from '../staff/import/apply/previews';
import type { AppStatus, DatabaseStatus } from './types';

export interface WorkspaceOptions {
  dbFile: string;
  appVersion: string;
  /** where technical details go (SQLite's own error text); the user sees the Indonesian message */
  log?: (line: string) => void;
}

export class Workspace {
  private opened: OpenResult | null = null;
  /** parsed import files waiting for the user's confirmation */
  readonly staffImports = new PreviewStore();

  constructor(readonly options: WorkspaceOptions) {}

  async open(): Promise<void> {
    this.opened = await openDatabase({ file: this.options.dbFile });
    if (this.opened.state === 'corrupt') this.options.log?.(`database ${this.options.dbFile} unusable: ${this.opened.technical}`);
  }

  /** A UserError when the database cannot be written (another PC holds it), else null: the dispatcher refuses
   * every mutation with it before the handler runs. */
  readOnlyError(): UserError | null {
    const o = this.opened;
    return o?.state === 'read-only' ? new UserError('db-read-only', holderDetails(o.holder)) : null;
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
        return { state: 'ready', file };
      case 'read-only': {
        const h = o.holder;
        return { state: 'read-only', file, holder: h, message: errorMessage('db-read-only', holderDetails(h)) };
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
    return { appVersion: this.options.appVersion, schemaVersion: latestVersion(), database: this.databaseStatus(), opdName };
  }

  /** Only offered while the database is unusable; the chosen file must be one of the listed good backups. */
  async restore(file: string): Promise<AppStatus> {
    const o = this.opened;
    if (!o || o.state !== 'corrupt' || !o.backups.some((b) => b.file === file && b.good)) throw new UserError('backup-not-found');
    this.opened = await restoreBackup({ file: this.options.dbFile }, file);
    return this.status();
  }

  close(): void {
    const o = this.opened;
    if (o && (o.state === 'ready' || o.state === 'read-only')) o.db.close();
    this.opened = null;
  }
}
