import { none } from '../app/contract';
import type { JobStatus } from '../app/jobTypes';
import { jobRef } from '../app/schema';
import { defineCalls, mutation, query } from '../calls';
import type { SaveResult, SavedFile } from '../files/types';
import { backupCalls } from './calls';
import { backupRef, restoreInput } from './schema';
import type { BackupState, BackupSummary, RestoreResult } from './types';

export const backupContract = defineCalls(backupCalls, {
  'backup.status': query<BackupState>()(none),
  /** writes a backup file where the user chooses; the database itself is only read (so it works read-only too) */
  'backup.create': query<SaveResult>()(none),
  /** verifies a chosen backup whole and says what it holds; changes nothing */
  'backup.inspect': query<BackupSummary>()(backupRef),
  /** replaces the current data with the backup's (set aside, never deleted), all-or-nothing */
  'backup.restore': mutation<RestoreResult>()(restoreInput),
  /** a backup and, beside it, the one-page PDF summary */
  'backup.handover': query<{ backup: SavedFile | null; summary: SavedFile | null }>()(none),
  /** moves the database and its evidence to a folder the user chooses (a shared folder), whole or not at all */
  'backup.moveDatabase': mutation<{ moved: BackupState | null }>()(none),
  /** "Cadangkan" as a job: the save dialog, then the files written in the background (null: dialog cancelled) */
  'backup.createStart': query<{ jobId: string | null }>()(none),
  'backup.createStatus': query<JobStatus<SaveResult>>()(jobRef),
  /** "Pulihkan" as a job: verified (with the secret of an encrypted backup), then swapped in, whole or not at all */
  'backup.restoreStart': mutation<{ jobId: string }>()(restoreInput),
  'backup.restoreStatus': query<JobStatus<RestoreResult>>()(jobRef),
});
