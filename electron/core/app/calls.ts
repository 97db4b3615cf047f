/** The app area's call names: the database's state and its recovery. No imports: the preload reads this. */
export const appCalls = ['app.status', 'app.restoreBackup', 'app.takeOverLock', 'app.openedFile'] as const;
