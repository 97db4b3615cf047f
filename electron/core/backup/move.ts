// "Lokasi basis data": the database and its evidence moved to another folder (a shared folder on the office
// network), whole or not at all. The target's lock is taken first (another PC opening the new place waits or
// reads only). The snapshot and every evidence file are written into a staging folder there, fsynced and
// checked against their SHA-256, then renamed into place; only then does this PC's preference change, and the
// old database is set aside under another name (never deleted). A move cut short leaves the staging folder
// (removed at the next move) and the old place in use. Protected data moves encrypted (the snapshot as the
// codec writes it) with its key file `kunci.json`, put in place before the database: a database never stands
// there without the key that opens it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withRetry } from '../db/atomicFile';
import { acquireLock, holderDetails } from '../db/lock';
import { stampOf } from '../db/paths';
import { UserError } from '../errors';
import { EVIDENCE_DIR_NAME, evidenceFiles, evidenceFolderOf, syncFolder, writeSynced } from './dataFolder';
import { keyFilePathOf } from '../privacy/keyStore';

const STAGING = '.pindah-';

function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Writes the database's bytes (as stored: encrypted for protected data), the key file when there is one, and
 * the evidence to `targetFile`'s folder; returns where the old database is to be set aside. */
export function moveDataTo(fromDb: string, snapshot: Uint8Array, targetFile: string, now: Date, keyFile: Uint8Array | null = null): string {
  const folder = path.dirname(targetFile);
  const keyTarget = keyFilePathOf(targetFile);
  if (path.resolve(targetFile) === path.resolve(fromDb)) throw new UserError('db-move-target-exists', { folder });
  if ([targetFile, path.join(folder, EVIDENCE_DIR_NAME), keyTarget].some((f) => fs.existsSync(f))) throw new UserError('db-move-target-exists', { folder });
  let lock: ReturnType<typeof acquireLock>;
  try {
    fs.mkdirSync(folder, { recursive: true });
    lock = acquireLock(targetFile);
  } catch (e) {
    throw new UserError('db-move-failed', { folder, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message.slice(0, 80) });
  }
  if (!lock.acquired) {
    if (lock.holder) throw new UserError('db-move-target-held', { folder, ...holderDetails(lock.holder) });
    throw new UserError('db-move-failed', { folder, detail: lock.notWritable.code ?? '-' });
  }
  const staging = path.join(folder, `${STAGING}${stampOf(now)}`);
  try {
    for (const name of fs.readdirSync(folder)) if (name.startsWith(STAGING)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
    fs.mkdirSync(path.join(staging, EVIDENCE_DIR_NAME), { recursive: true });
    writeSynced(path.join(staging, path.basename(targetFile)), snapshot);
    if (keyFile) writeSynced(path.join(staging, path.basename(keyTarget)), keyFile);
    const from = evidenceFolderOf(fromDb);
    for (const rel of evidenceFiles(from)) {
      const source = path.join(from, ...rel.split('/'));
      const copy = path.join(staging, EVIDENCE_DIR_NAME, ...rel.split('/'));
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      writeSynced(copy, fs.readFileSync(source));
      if (sha256File(copy) !== sha256File(source)) throw new Error(`copy of ${rel} differs`);
    }
    syncFolder(staging);
    withRetry(() => fs.renameSync(path.join(staging, EVIDENCE_DIR_NAME), path.join(folder, EVIDENCE_DIR_NAME)));
    if (keyFile) withRetry(() => fs.renameSync(path.join(staging, path.basename(keyTarget)), keyTarget));
    withRetry(() => fs.renameSync(path.join(staging, path.basename(targetFile)), targetFile));
    syncFolder(folder);
    fs.rmSync(staging, { recursive: true, force: true });
  } catch (e) {
    // nothing was in place there before (checked above): what this move put there goes again
    if (!fs.existsSync(targetFile)) {
      fs.rmSync(path.join(folder, EVIDENCE_DIR_NAME), { recursive: true, force: true });
      if (keyFile) fs.rmSync(keyTarget, { force: true });
    }
    fs.rmSync(staging, { recursive: true, force: true });
    if (e instanceof UserError) throw e;
    throw new UserError('db-move-failed', { folder, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message.slice(0, 80) });
  } finally {
    lock.release();
  }
  return `${fromDb}.dipindahkan-${stampOf(now)}`;
}
