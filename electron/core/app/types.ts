import type { BackupInfo, LockHolder } from '../db/types';

/** What the app knows about its database, for the header, banners and the recovery dialog. */
export type DatabaseStatus =
  | { state: 'ready'; file: string }
  | { state: 'read-only'; file: string; holder: LockHolder; message: string }
  | { state: 'corrupt'; file: string; message: string; setAside: string | null; backups: BackupInfo[] }
  | { state: 'newer-version'; file: string; message: string };

export interface AppStatus {
  appVersion: string;
  schemaVersion: number;
  database: DatabaseStatus;
  opdName: string;
}
