// An encrypted backup (manifest.ts, format 2) is opened with its own key file: the passphrase that was set when
// the backup was made, or the recovery code from the recovery sheet, unwraps the data key; the database inside
// then decrypts (or the backup is damaged). Nothing is touched before this succeeds.
import type { DataKey } from '../crypto/cipher';
import { DecryptError, decryptBytes, keyIdOf } from '../crypto/cipher';
import type { KeyFile } from '../crypto/keyFile';
import { parseKeyFile, unlockWithPassphrase, unlockWithRecoveryCode } from '../crypto/keyFile';
import { UserError } from '../errors';
import type { Manifest } from './manifest';
import { DB_ENTRY, KEY_ENTRY } from './manifest';

export type BackupSecret = { passphrase: string } | { recoveryCode: string };

function damaged(detail: string): UserError {
  return new UserError('backup-damaged', { detail });
}

/** The backup's key file, checked against the manifest and the database's own header. */
export function backupKeyFile(manifest: Manifest, keyFileBytes: Uint8Array | null, storedDb: Uint8Array): KeyFile {
  let keyFile: KeyFile;
  try {
    keyFile = parseKeyFile(keyFileBytes ?? new Uint8Array(0));
  } catch {
    throw damaged(KEY_ENTRY);
  }
  const id = keyIdOf(storedDb)?.toString('hex');
  if (keyFile.keyId !== manifest.encryption?.keyId || id !== keyFile.keyId) throw damaged(`${KEY_ENTRY}: ${DB_ENTRY}`);
  return keyFile;
}

/** The data key the secret opens; refused with a message that names what to type (nothing touched). */
export function unlockBackup(keyFile: KeyFile, secret: BackupSecret | undefined): DataKey {
  if (!secret) throw new UserError('backup-secret-needed', { field: 'secret' });
  try {
    return 'passphrase' in secret ? unlockWithPassphrase(keyFile, secret.passphrase) : unlockWithRecoveryCode(keyFile, secret.recoveryCode);
  } catch (e) {
    if (e instanceof UserError) throw new UserError('backup-secret-wrong', { field: 'secret' });
    throw e;
  }
}

/** The database's plain bytes (for the probe); a database that does not decrypt under its own key is damaged. */
export function decryptBackupDb(dataKey: DataKey, storedDb: Uint8Array): Uint8Array {
  try {
    return decryptBytes(dataKey, 'database', storedDb);
  } catch (e) {
    if (e instanceof DecryptError) throw damaged(`${DB_ENTRY}: ${e.reason}`);
    throw e;
  }
}
