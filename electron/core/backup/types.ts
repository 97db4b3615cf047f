// What the backup screen shows: environment-free types (the renderer reads them through the contract).

/** Rows in the tables the preview names; null when the backup's database has no such table (an older app). */
export interface BackupCounts {
  staff: number | null;
  sessions: number | null;
  pledges: number | null;
  findings: number | null;
  /** evidence records (files and links) in the database */
  evidence: number | null;
}

/** What a backup holds, read from its verified manifest. */
export interface BackupSummary {
  opdName: string;
  /** ISO timestamp */
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: BackupCounts;
  /** files of the evidence folder in the backup */
  evidenceFiles: number;
  /** bytes of the database and evidence together, uncompressed */
  totalBytes: number;
  /** made from data protected by a passphrase: restoring it asks for that passphrase or the recovery code */
  encrypted: boolean;
}

export interface BackupState {
  /** the database file and the folder that holds it, its evidence and its automatic backups */
  dbFile: string;
  dataFolder: string;
  /** the last backup the user made ("Cadangkan" or "Serah terima"); null when never */
  lastManual: { at: string; name: string } | null;
  /** whole days since then; null when never */
  daysSince: number | null;
  /** true when the user should be reminded: never, or more than REMIND_AFTER_DAYS ago */
  remind: boolean;
  /** automatic daily backups kept in the `cadangan` folder */
  automatic: number;
}

export interface RestoreResult {
  summary: BackupSummary;
  /** where the data that was replaced now lies (never deleted) */
  setAside: string;
}
