// Encryption at rest for the files the app keeps (the database, its copies, evidence, backups): AES-256-GCM from
// Node's crypto, one fresh random IV per write, the file's kind bound in as associated data so that a database
// cannot be passed off as an evidence file. The layout of an encrypted file:
//
//   "SATGAS-ENC" (10 bytes) | format 1 (1 byte) | key id (8 bytes) | IV (12 bytes) | ciphertext | tag (16 bytes)
//
// The key id names the data key (see keyFile.ts) so that a file written under another key is refused with a
// message saying so, before any decryption is tried.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const MAGIC = Buffer.from('SATGAS-ENC', 'ascii');
export const FORMAT = 1;
export const KEY_BYTES = 32;
export const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + KEY_ID_BYTES + IV_BYTES;

/** What a file is: bound into the tag, so bytes moved from one kind of file to another do not decrypt. */
export type Purpose = 'database' | 'evidence' | 'backup';

export interface DataKey {
  id: Buffer;
  key: Buffer;
}

export class DecryptError extends Error {
  constructor(readonly reason: 'not-encrypted' | 'other-key' | 'damaged') {
    super(`cannot decrypt: ${reason}`);
    this.name = 'DecryptError';
  }
}

export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

/** The key id an encrypted file was written under (null when the bytes are not an encrypted file). */
export function keyIdOf(bytes: Uint8Array): Buffer | null {
  if (!isEncrypted(bytes) || bytes.length < HEADER_BYTES + TAG_BYTES) return null;
  return Buffer.from(bytes.subarray(MAGIC.length + 1, MAGIC.length + 1 + KEY_ID_BYTES));
}

function aad(purpose: Purpose, keyId: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`satgas:${purpose}:`, 'ascii'), keyId]);
}

export function encryptBytes(dataKey: DataKey, purpose: Purpose, plain: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey.key, iv);
  cipher.setAAD(aad(purpose, dataKey.id));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([FORMAT]), dataKey.id, iv, body, cipher.getAuthTag()]);
}

export function decryptBytes(dataKey: DataKey, purpose: Purpose, stored: Uint8Array): Buffer {
  if (!isEncrypted(stored)) throw new DecryptError('not-encrypted');
  if (stored.length < HEADER_BYTES + TAG_BYTES || stored[MAGIC.length] !== FORMAT) throw new DecryptError('damaged');
  const id = keyIdOf(stored)!;
  if (!id.equals(dataKey.id)) throw new DecryptError('other-key');
  const iv = stored.subarray(MAGIC.length + 1 + KEY_ID_BYTES, HEADER_BYTES);
  const body = stored.subarray(HEADER_BYTES, stored.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', dataKey.key, iv);
  decipher.setAAD(aad(purpose, dataKey.id));
  decipher.setAuthTag(stored.subarray(stored.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new DecryptError('damaged');
  }
}

export function newDataKey(): DataKey {
  return { id: randomBytes(KEY_ID_BYTES), key: randomBytes(KEY_BYTES) };
}
