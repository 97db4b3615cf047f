// Child process for the lock race test. Loads sql.js, says `loaded`, and waits for `go` on stdin so that every
// child of a round asks for the lock at the same moment. Then it opens the database and says `state …`; on
// `commit` a writer commits COUNT audited changes (yielding between them, so two writers would interleave) and
// says `committed TAG-k` after each write call has returned (`failed CODE` when it threw); a read-only child tries one write and says
// `refused CODE`. Then `done`; it closes the database when stdin ends.
import readline from 'node:readline';
import { openDatabase } from '../../../electron/core/db/open';
import { loadSqlJs } from '../../../electron/core/db/sqlite';

async function main(): Promise<void> {
  const [file, tag, countArg] = process.argv.slice(2);
  if (!file || !tag || !countArg) throw new Error('usage: lockRace FILE TAG COUNT');
  await loadSqlJs();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const lines = readline.createInterface({ input: process.stdin });
  const next = (() => {
    const queue: string[] = [];
    let waiting: ((l: string | null) => void) | null = null;
    lines.on('line', (l) => (waiting ? (waiting(l), (waiting = null)) : queue.push(l)));
    lines.on('close', () => waiting?.(null));
    return () => new Promise<string | null>((resolve) => (queue.length ? resolve(queue.shift()!) : (waiting = resolve)));
  })();

  say('loaded');
  if ((await next()) !== 'go') return;
  const opened = await openDatabase({ file });
  say(`state ${opened.state}`);
  if ((await next()) !== 'commit') return;
  if (opened.state === 'ready') {
    for (let k = 0; k < Number(countArg); k++) {
      try {
        opened.db.write('test.race', (tx) => tx.audit('Race', `${tag}-${k}`));
        say(`committed ${tag}-${k}`);
      } catch (e) {
        // two writers collide on the temp file: not reported as saved, so not counted as lost
        say(`failed ${(e as { code?: string }).code ?? String(e)}`);
      }
      await new Promise((r) => setImmediate(r));
    }
  } else if (opened.state === 'read-only') {
    try {
      opened.db.write('test.race', (tx) => tx.audit('Race', `${tag}-ro`));
      say(`committed ${tag}-ro`);
    } catch (e) {
      say(`refused ${(e as { code?: string }).code ?? String(e)}`);
    }
  }
  say('done');
  await next();
  if (opened.state === 'ready' || opened.state === 'read-only') opened.db.close();
}

main().then(() => process.exit(0), (e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
