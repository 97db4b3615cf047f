// Child process for the crash test: opens the database, commits one audited change after another and prints
// `committed N` only after each write call has returned (that is, after the change is on disk).
import { openDatabase } from '../../../electron/core/db/open';
import { encryptedCodec } from '../../../electron/core/db/codec';

async function main(): Promise<void> {
  const [file, startArg, keyHex] = process.argv.slice(2);
  if (!file || !startArg) throw new Error('usage: commitLoop FILE START [KEYID:KEY in hex: encrypted]');
  const [id, key] = (keyHex ?? '').split(':');
  const codec = id && key ? encryptedCodec({ id: Buffer.from(id, 'hex'), key: Buffer.from(key, 'hex') }) : undefined;
  const opened = await openDatabase({ file, ...(codec ? { codec } : {}) });
  if (opened.state !== 'ready') {
    process.stdout.write(`state ${opened.state}\n`);
    process.exit(3);
  }
  const db = opened.db;
  const padding = 'x'.repeat(4000);
  process.stdout.write('ready\n');
  for (let n = Number(startArg); ; n++) {
    db.write('test.commit', (tx) => tx.audit('Crash', n, padding));
    process.stdout.write(`committed ${n}\n`);
  }
}

void main();
