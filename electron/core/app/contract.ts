import { z } from 'zod';
import { defineCalls, mutation, query } from '../calls';
import { appCalls } from './calls';
import { backupChoice, takeOverInput } from './schema';
import type { AppStatus } from './types';
import type { ChosenFile } from '../files/types';

export const none = z.object({}).strict();

export const appContract = defineCalls(appCalls, {
  'app.status': query<AppStatus>()(none),
  /** only offered while the database is unusable */
  'app.restoreBackup': mutation<AppStatus>()(backupChoice),
  /**
   * "Ambil alih": takes the lock over from the holder the user confirmed, and re-opens the database writable.
   * Declared a query although it leads to writing: the dispatcher refuses every mutation while the database is
   * read-only, and being read-only is exactly when this call is needed. It changes no data itself (the re-open
   * takes the day's backup and runs migrations as any start does).
   */
  'app.takeOverLock': query<AppStatus>()(takeOverInput),
  /** the backup file the app was opened with (a double-click in Explorer), once; the Cadangan screen shows it */
  'app.openedFile': query<{ file: ChosenFile | null }>()(none),
});
