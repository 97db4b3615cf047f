// `npm run bench` (privacy part): what encryption at rest costs one persisted tick-off round trip. Two copies of
// the same database (10,000 staff, 200 sessions, 50,000 attendance rows; see tickOffDb.ts), one plain, one
// protected by a passphrase; the same tick-off (25 rows through the dispatcher, committed, saved: export →
// encrypt → temp file → fsync → rename) on each, alternating so both see the same machine. Target: encrypted
// median ≤ 1.3× the plain one. Also printed: unlocking (scrypt with the app's parameters), paid once per start.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isEncrypted } from '../../electron/core/crypto/cipher';
import { createKeys, unlockWithPassphrase } from '../../electron/core/crypto/keyFile';
import { median } from './peers';
import { openTickOffDb, tickOff } from './tickOffDb';

const ROUNDS = 41;
const TARGET = 1.3;
const PASSPHRASE = 'kata sandi bench';
const ms = (x: number) => `${x.toFixed(1)} ms`;

const plain = await openTickOffDb('privacy-plain');
// the stored key file's scrypt cost does not touch a save: a cheap one keeps the set-up short
const encrypted = await openTickOffDb('privacy-encrypted', { passphrase: PASSPHRASE, scrypt: { N: 2 ** 12, r: 8, p: 1 } });
if (!isEncrypted(fs.readFileSync(encrypted.db.file)) || isEncrypted(fs.readFileSync(plain.db.file))) throw new Error('the two databases are not plain and encrypted');
const p: number[] = [];
const e: number[] = [];
const timed = async (dispatch: typeof plain.dispatch, run: number) => {
  const t = performance.now();
  await tickOff(dispatch, run);
  return performance.now() - t;
};
for (let run = -3; run < ROUNDS; run++) {
  const a = await timed(plain.dispatch, run);
  const b = await timed(encrypted.dispatch, run);
  if (run >= 0) {
    p.push(a);
    e.push(b);
  }
}
const ratio = median(e) / median(p);
const size = (fs.statSync(plain.db.file).size / 1024 / 1024).toFixed(1);
console.log(`tick-off round trip (25 rows, ${size} MB database, ${ROUNDS} runs each): plain median ${ms(median(p))}, encrypted ${ms(median(e))} = ${ratio.toFixed(2)}× (target ≤ ${TARGET}×)`);

const { keyFile } = createKeys(PASSPHRASE);
const u = performance.now();
unlockWithPassphrase(keyFile, PASSPHRASE);
console.log(`unlock (scrypt N=${keyFile.kdf.N}, r=${keyFile.kdf.r}, p=${keyFile.kdf.p}): ${(performance.now() - u).toFixed(0)} ms, once per start`);
plain.workspace.close();
encrypted.workspace.close();
if (ratio > TARGET) {
  console.log('TARGET MISSED: encryption costs more than 1.3× a plain tick-off');
  process.exitCode = 1;
}
