/** The backup area's call names: backup, restore, handing over. No imports: the preload reads this. */
export const backupCalls = ['backup.status', 'backup.create', 'backup.inspect', 'backup.restore', 'backup.handover', 'backup.moveDatabase',
  'backup.createStart', 'backup.createStatus', 'backup.restoreStart', 'backup.restoreStatus'] as const;
