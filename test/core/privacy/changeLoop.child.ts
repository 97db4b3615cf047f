// Child process for the passphrase-change crash test: changes the passphrase again and again (A1 → A2 → …),
// printing `changed N` only after the new key file is on disk.
import { changePassphrase, parseKeyFile, unlockWithPassphrase } from '../../../electron/core/crypto/keyFile';
import fs from 'node:fs';
import { keyFilePathOf, writeKeyFile } from '../../../electron/core/privacy/keyStore';

const [dbFile, startArg] = process.argv.slice(2);
if (!dbFile || !startArg) throw new Error('usage: changeLoop DBFILE START');
let keyFile = parseKeyFile(fs.readFileSync(keyFilePathOf(dbFile)));
let n = Number(startArg);
const key = unlockWithPassphrase(keyFile, `kata sandi ${n}`);
process.stdout.write('ready\n');
for (;;) {
  keyFile = changePassphrase(keyFile, key, `kata sandi ${n + 1}`);
  writeKeyFile(dbFile, keyFile);
  n++;
  process.stdout.write(`changed ${n}\n`);
}
