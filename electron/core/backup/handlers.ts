import type { AreaHandlers } from '../handlerTypes';
import type { backupContract } from './contract';
import { backupState, createBackup, handover, inspectBackup, moveDatabase, restoreBackupFile, startBackup, startRestore } from './service';

export const backupHandlers: AreaHandlers<typeof backupContract> = {
  'backup.status': (_input, ctx) => backupState(ctx),
  'backup.create': (_input, ctx) => createBackup(ctx),
  'backup.inspect': ({ ref }, ctx) => inspectBackup(ctx, ref),
  'backup.restore': ({ ref, secret }, ctx) => restoreBackupFile(ctx, ref, secret),
  'backup.handover': (_input, ctx) => handover(ctx),
  'backup.moveDatabase': (_input, ctx) => moveDatabase(ctx),
  'backup.createStart': (_input, ctx) => startBackup(ctx),
  'backup.createStatus': ({ jobId }, { jobs }) => jobs.status(jobId),
  'backup.restoreStart': ({ ref, secret }, ctx) => startRestore(ctx, ref, secret),
  'backup.restoreStatus': ({ jobId }, { jobs }) => jobs.status(jobId),
};
