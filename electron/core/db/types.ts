// The database's state as the app shows it: environment-free types (the renderer reads them through the
// contract), kept apart from the Node code that produces them.

/** A dated copy in data/cadangan/, as the recovery dialog lists it. */
export interface BackupInfo {
  file: string;
  /** ISO timestamp of the file's last change */
  modifiedAt: string;
  size: number;
  schemaVersion: number;
  good: boolean;
}

/** Who holds the database's lock file (another app window, the command line, another PC on a share). */
export interface LockHolder {
  host: string;
  user: string;
  pid: number;
  /** ISO timestamp: when it took the lock */
  since: string;
  /** ISO timestamp: its last heartbeat (absent in locks written by app versions without one) */
  beat?: string;
}

/** Why a database opened read-only: another holds the lock, or the folder cannot be written at all. */
export type ReadOnlyReason =
  | { kind: 'held'; holder: LockHolder }
  | { kind: 'not-writable'; dir: string; code: string };
