// The key file (`kunci.json` beside the database): how the passphrase and the recovery code open the data key.
// The data key (random, 256 bits) encrypts every file; it is stored only wrapped: once under a key derived from
// the passphrase, once under a key derived from the recovery code (scrypt, with the parameters stored here,
// never the key). Changing the passphrase rewraps the data key and replaces this one small file atomically
// (temp file, fsync, rename): the data files are untouched, so a crash leaves the old passphrase or the new one
// working, never neither.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { UserError } from '../errors';
import type { DataKey } from './cipher';
import { KEY_BYTES, KEY_ID_BYTES, newDataKey } from './cipher';
import { newRecoveryCode, normalizeRecoveryCode } from './recoveryCode';

export const MIN_PASSPHRASE_CHARS = 8;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt floor (N = 2^17, r = 8, p = 1): ~0.5–1 s on an office PC, paid once at unlock. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

const hex = z.string().regex(/^[0-9a-f]+$/);
const wrapSchema = z.object({ salt: hex, iv: hex, tag: hex, data: hex }).strict();
const keyFileSchema = z.object({
  format: z.literal(1),
  keyId: hex.length(KEY_ID_BYTES * 2),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int().min(2 ** 10).max(2 ** 20), r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16) }).strict(),
  wraps: z.object({ passphrase: wrapSchema, recovery: wrapSchema }).strict(),
}).strict();

export type KeyFile = z.infer<typeof keyFileSchema>;
type Wrap = z.infer<typeof wrapSchema>;
type WrapKind = keyof KeyFile['wraps'];

function derive(secret: string, salt: Buffer, params: ScryptParams): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}

function wrapAad(kind: WrapKind, keyId: string): Buffer {
  return Buffer.from(`satgas:wrap:${kind}:${keyId}`, 'ascii');
}

function wrap(kind: WrapKind, secret: string, dataKey: DataKey, params: ScryptParams): Wrap {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(secret, salt, params), iv);
  cipher.setAAD(wrapAad(kind, dataKey.id.toString('hex')));
  const data = Buffer.concat([cipher.update(dataKey.key), cipher.final()]);
  return { salt: salt.toString('hex'), iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), data: data.toString('hex') };
}

function unwrap(file: KeyFile, kind: WrapKind, secret: string): DataKey | null {
  const w = file.wraps[kind];
  const decipher = createDecipheriv('aes-256-gcm', derive(secret, Buffer.from(w.salt, 'hex'), file.kdf), Buffer.from(w.iv, 'hex'));
  decipher.setAAD(wrapAad(kind, file.keyId));
  decipher.setAuthTag(Buffer.from(w.tag, 'hex'));
  try {
    const key = Buffer.concat([decipher.update(Buffer.from(w.data, 'hex')), decipher.final()]);
    return key.length === KEY_BYTES ? { id: Buffer.from(file.keyId, 'hex'), key } : null;
  } catch {
    return null;
  }
}

export function checkPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS) throw new UserError('passphrase-too-short', { min: MIN_PASSPHRASE_CHARS, field: 'passphrase' });
}

export interface NewKeys {
  dataKey: DataKey;
  keyFile: KeyFile;
  /** shown once, on the recovery sheet; never stored */
  recoveryCode: string;
}

export function createKeys(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): NewKeys {
  checkPassphrase(passphrase);
  const dataKey = newDataKey();
  const recoveryCode = newRecoveryCode();
  const keyFile: KeyFile = {
    format: 1,
    keyId: dataKey.id.toString('hex'),
    kdf: { name: 'scrypt', ...params },
    wraps: { passphrase: wrap('passphrase', passphrase, dataKey, params), recovery: wrap('recovery', normalizeRecoveryCode(recoveryCode)!, dataKey, params) },
  };
  return { dataKey, keyFile, recoveryCode };
}

export function unlockWithPassphrase(keyFile: KeyFile, passphrase: string): DataKey {
  const key = unwrap(keyFile, 'passphrase', passphrase);
  if (!key) throw new UserError('passphrase-wrong', { field: 'passphrase' });
  return key;
}

export function unlockWithRecoveryCode(keyFile: KeyFile, typed: string): DataKey {
  const code = normalizeRecoveryCode(typed);
  const key = code ? unwrap(keyFile, 'recovery', code) : null;
  if (!key) throw new UserError('recovery-code-wrong', { field: 'recoveryCode' });
  return key;
}

/** The key file with the data key wrapped under a new passphrase (the recovery code keeps working). */
export function changePassphrase(keyFile: KeyFile, dataKey: DataKey, newPassphrase: string): KeyFile {
  checkPassphrase(newPassphrase);
  return { ...keyFile, wraps: { ...keyFile.wraps, passphrase: wrap('passphrase', newPassphrase, dataKey, keyFile.kdf) } };
}

/** A new recovery code (the old sheet stops working), e.g. after the sheet was lost. */
export function renewRecoveryCode(keyFile: KeyFile, dataKey: DataKey): { keyFile: KeyFile; recoveryCode: string } {
  const recoveryCode = newRecoveryCode();
  return { recoveryCode, keyFile: { ...keyFile, wraps: { ...keyFile.wraps, recovery: wrap('recovery', normalizeRecoveryCode(recoveryCode)!, dataKey, keyFile.kdf) } } };
}

export function serializeKeyFile(keyFile: KeyFile): Buffer {
  return Buffer.from(`${JSON.stringify(keyFile, null, 2)}\n`, 'utf8');
}

/** The key file read back; a damaged one is refused with a message (the data stays untouched). */
export function parseKeyFile(bytes: Uint8Array): KeyFile {
  try {
    return keyFileSchema.parse(JSON.parse(Buffer.from(bytes).toString('utf8')));
  } catch {
    throw new UserError('key-file-damaged');
  }
}
