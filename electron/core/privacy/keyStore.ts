// Where the key file lives (`kunci.json` beside the database) and how it is read and replaced: atomically
// (temp file, fsync, rename), so a crash while the passphrase changes leaves the old key file or the new one.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../db/atomicFile';
import { UserError } from '../errors';
import type { KeyFile } from '../crypto/keyFile';
import { parseKeyFile, serializeKeyFile } from '../crypto/keyFile';

export function keyFilePathOf(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'kunci.json');
}

/** The key file, or null when the data is not protected by a passphrase. */
export function readKeyFile(dbFile: string): KeyFile | null {
  const file = keyFilePathOf(dbFile);
  if (!fs.existsSync(file)) return null;
  return parseKeyFile(fs.readFileSync(file));
}

/** The key file; refused with `passphrase-not-set` when the data has no passphrase. */
export function requireKeyFile(dbFile: string): KeyFile {
  const keyFile = readKeyFile(dbFile);
  if (!keyFile) throw new UserError('passphrase-not-set');
  return keyFile;
}

export function writeKeyFile(dbFile: string, keyFile: KeyFile): void {
  writeFileAtomic(keyFilePathOf(dbFile), serializeKeyFile(keyFile), { keepPrevious: false });
}
