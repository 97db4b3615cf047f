// `npm run bench` (privacy part): what encryption at rest costs one persisted change. The same database (9,000
// staff) gets the same small audited write, committed and saved to disk (export → encrypt → temp file → fsync →
// rename), with and without the data key, alternating so both see the same machine. Target: encrypted median
// ≤ 1.3× the plain one. Also printed: unlocking (scrypt with the stored parameters), paid once per start.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { newDataKey } from '../../electron/core/crypto/cipher';
import { createKeys, unlockWithPassphrase } from '../../electron/core/crypto/keyFile';
import type { DbCodec } from '../../electron/core/db/codec';
import { encryptedCodec, plainCodec } from '../../electron/core/db/codec';
import type { Database } from '../../electron/core/db/database';
import { openDatabase } from '../../electron/core/db/database';
import { seedRoster } from '../helpers/generatedRoster';
import { makeTempDir } from '../helpers/tempDir';

const ROUNDS = 60;
const TARGET = 1.3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function database(name: string, codec: DbCodec): Promise<Database> {
  const opened = await openDatabase({ file: path.join(makeTempDir('satgas-bench-privacy'), name, 'satgas.db'), codec });
  if (opened.state !== 'ready') throw new Error(opened.state);
  seedRoster(opened.db, 9_000);
  return opened.db;
}

function oneWrite(db: Database, n: number): number {
  const t = performance.now();
  db.write('bench.write', (tx) => {
    tx.run("UPDATE staff SET updated_at = ? WHERE id = ?", [`2024-09-23T03:00:${String(n % 60).padStart(2, '0')}Z`, (n % 100) + 1]);
    tx.audit('Staff', (n % 100) + 1, 'bench');
  });
  return performance.now() - t;
}

const plain = await database('plain', plainCodec);
const encrypted = await database('encrypted', encryptedCodec(newDataKey()));
const p: number[] = [];
const e: number[] = [];
for (let i = 0; i < 5; i++) { oneWrite(plain, i); oneWrite(encrypted, i); }
for (let i = 0; i < ROUNDS; i++) {
  p.push(oneWrite(plain, i));
  e.push(oneWrite(encrypted, i));
}
const ratio = median(e) / median(p);
console.log(`persisted write, 9,000 staff: plain median ${median(p).toFixed(1)} ms, encrypted ${median(e).toFixed(1)} ms = ${ratio.toFixed(2)}× (target ≤ ${TARGET}×)`);

const { keyFile } = createKeys('kata sandi bench');
const u = performance.now();
unlockWithPassphrase(keyFile, 'kata sandi bench');
console.log(`unlock (scrypt N=${keyFile.kdf.N}, r=${keyFile.kdf.r}, p=${keyFile.kdf.p}): ${(performance.now() - u).toFixed(0)} ms, once per start`);
plain.close();
encrypted.close();
if (ratio > TARGET) {
  console.log('TARGET MISSED: encryption costs more than 1.3× a plain save');
  process.exitCode = 1;
}
