// Child for the backup crash test: writes one backup after another into a folder (the same code as "Cadangkan")
// and prints `wrote N` after each; the parent kills it with SIGKILL at a random moment.
import path from 'node:path';
import { Workspace } from '../../../electron/core/app/workspace';
import { backupTo } from '../../../electron/core/backup/service';
import { createCallContext } from '../../../electron/core/context';
import { harnessPlatform } from '../../../electron/harness/platform';

async function main(): Promise<void> {
  const [dbFile, outDir, startArg] = process.argv.slice(2);
  if (!dbFile || !outDir || !startArg) throw new Error('usage: backupLoop DBFILE OUTDIR START');
  const workspace = new Workspace({ dbFile, appVersion: '0.0.0-test' });
  await workspace.open();
  const ctx = createCallContext(workspace, harnessPlatform(outDir, outDir));
  for (let n = Number(startArg); ; n++) {
    await backupTo(ctx, path.join(outDir, `cadangan-${n}.satgasbak`));
    process.stdout.write(`wrote ${n}\n`);
  }
}

void main();
