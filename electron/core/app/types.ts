import type { BackupInfo, LockHolder } from '../db/types';

/** What the app knows about its database, for the header, banners and the recovery dialog. */
export type DatabaseStatus =
  | { state: 'ready'; file: string }
  /** `holder` is who holds the lock (the user may take it over), or null when the folder cannot be written */
  | { state: 'read-only'; file: string; holder: LockHolder | null; message: string }
  | { state: 'corrupt'; file: string; message: string; setAside: string | null; backups: BackupInfo[] }
  | { state: 'newer-version'; file: string; message: string }
  /** encrypted and not opened: no key given, or the key file is another install's */
  | { state: 'locked'; file: string; message: string };

export interface AppStatus {
  appVersion: string;
  schemaVersion: number;
  database: DatabaseStatus;
  opdName: string;
  /** a passphrase protects the data (the lock screen can ask for it) */
  protected: boolean;
  /** what the user should know although the app works (a daily backup that failed), as Indonesian sentences */
  warnings: string[];
}
