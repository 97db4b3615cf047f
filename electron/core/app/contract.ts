import { z } from 'zod';
import { defineCalls, mutation, query } from '../calls';
import { appCalls } from './calls';
import { backupChoice } from './schema';
import type { AppStatus } from './types';

export const none = z.object({}).strict();

export const appContract = defineCalls(appCalls, {
  'app.status': query<AppStatus>()(none),
  /** only offered while the database is unusable */
  'app.restoreBackup': mutation<AppStatus>()(backupChoice),
});
