export type CopyKind = 'database' | 'previous' | 'backup' | 'pre-migration' | 'set-aside' | 'restore-set-aside' | 'moved-away' | 'evidence-mirror';

export interface DatabaseCopy {
  /** a file, or a folder for the kinds that are folders (restore-set-aside, evidence-mirror, an old evidence folder) */
  file: string;
  name: string;
  kind: CopyKind;
  size: number;
  modifiedAt: string;
  encrypted: boolean;
  /** the user may delete it (after a confirmation) */
  deletable: boolean;
}


export interface PrivacyStatus {
  /** a passphrase protects the data on this PC */
  protected: boolean;
  unlocked: boolean;
  /** the database and every copy of it on this PC */
  copies: DatabaseCopy[];
  lock: LockState;
}

export interface LockState {
  /** a passphrase protects the data (the lock screen and the Temuan lock need one) */
  protected: boolean;
  /** "Kunci Temuan dengan kata sandi" is on for this data */
  findingsLock: boolean;
  /** Temuan may be used now in this running app (always true when the Temuan lock does not apply) */
  findingsOpen: boolean;
  /** this PC's minutes without use before the window locks */
  idleMinutes: number;
}
