import type { AreaHandlers } from '../handlerTypes';
import type { backupContract } from './contract';
import { backupState, createBackup, handover, inspectBackup, moveDatabase, restoreBackupFile } from './service';

export const backupHandlers: AreaHandlers<typeof backupContract> = {
  'backup.status': (_input, ctx) => backupState(ctx),
  'backup.create': (_input, ctx) => createBackup(ctx),
  'backup.inspect': ({ ref }, ctx) => inspectBackup(ctx, ref),
  'backup.restore': ({ ref }, ctx) => restoreBackupFile(ctx, ref),
  'backup.handover': (_input, ctx) => handover(ctx),
  'backup.moveDatabase': (_input, ctx) => moveDatabase(ctx),
};
