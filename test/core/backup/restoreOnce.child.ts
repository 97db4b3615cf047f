// Child process for the restore crash test: opens the workspace (which undoes an interrupted restore, as the
// app's start does), verifies the backup, prints `start`, restores it through the same code as the app's call,
// and prints `done`. The parent kills it with SIGKILL at a random moment in between, or the child kills itself
// with SIGKILL at the step the parent names (every step of the swap is reached that way). With
// SATGAS_RESTORE_PASS set, the data and the backups are protected by that passphrase (each under its own key):
// the workspace is unlocked with it and the backup opened with it.
import { restoreFiles } from '../../../electron/core/backup/restore';
import { openBackup } from '../../../electron/core/backup/verify';
import { Workspace } from '../../../electron/core/app/workspace';
import { sleepSync } from '../../../electron/core/db/atomicFile';

async function main(): Promise<void> {
  const [dbFile, backupFile, killAtArg] = process.argv.slice(2);
  const killAt = Number(killAtArg ?? -1);
  let step = 0;
  if (!dbFile || !backupFile) throw new Error('usage: restoreOnce DBFILE BACKUP');
  const pass = process.env.SATGAS_RESTORE_PASS;
  const workspace = new Workspace({ dbFile, appVersion: '0.0.0-test' });
  await workspace.open();
  if (pass) await workspace.unlock({ passphrase: pass });
  workspace.db();
  const verified = await openBackup(backupFile, { appVersion: '0.0.0-test', ...(pass ? { secret: { passphrase: pass } } : {}) });
  process.stdout.write('start\n');
  await restoreFiles(verified, dbFile, {
    now: new Date(),
    hook: () => {
      // a kill at a chosen step (between two renames of the swap, say), or a moment's pause for a timed kill
      if (++step === killAt) process.kill(process.pid, 'SIGKILL');
      sleepSync(1);
    },
  });
  process.stdout.write('done\n');
  workspace.close();
  process.exit(0);
}

void main();
