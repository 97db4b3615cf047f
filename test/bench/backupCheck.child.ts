// Child for the hostile-backup bench: verifies one backup file as "Pulihkan" does and prints how it ended.
import { openBackup } from '../../electron/core/backup/verify';
import { UserError } from '../../electron/core/errors';

async function main(): Promise<void> {
  const file = process.argv[2]!;
  try {
    const b = await openBackup(file, { appVersion: '0.1.0' });
    process.stdout.write(`accepted ${b.summary.evidenceFiles}\n`);
  } catch (e) {
    process.stdout.write(e instanceof UserError ? `${e.code}\n` : `crashed ${(e as Error).message}\n`);
  }
}

void main();
