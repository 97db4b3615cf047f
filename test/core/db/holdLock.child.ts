// Child process for the lock test: opens the database, reports its state and the holder it sees, then waits.
import { openDatabase } from '../../../electron/core/db/open';

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: holdLock FILE');
  const opened = await openDatabase({ file });
  const report: Record<string, unknown> = { state: opened.state, pid: process.pid };
  if (opened.state === 'read-only') {
    report.holder = opened.holder;
    try {
      opened.db.write('test.write', (tx) => tx.audit('Lock', 1));
      report.write = 'allowed';
    } catch (e) {
      report.write = (e as Error).message;
    }
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    if (opened.state === 'ready' || opened.state === 'read-only') opened.db.close();
    process.exit(0);
  });
}

void main();
