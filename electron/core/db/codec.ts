// How the database's bytes are kept on disk: as they are, or encrypted (AES-256-GCM, crypto/cipher.ts). Every
// file the database layer writes goes through the codec: the database, its `.prev`, the dated backups and the
// pre-migration copies are copies of the encoded file, and a damaged file set aside is the encoded bytes, so
// one choice covers every copy. A file that is encrypted is never taken for a damaged one: without its key it
// is "locked" and left untouched.
import type { DataKey } from '../crypto/cipher';
import { DecryptError, decryptBytes, encryptBytes, isEncrypted } from '../crypto/cipher';

export interface DbCodec {
  /** null for plain files */
  readonly keyId: Buffer | null;
  encode(plain: Uint8Array): Uint8Array;
  /** the plain bytes; throws DecryptError for an encrypted file it cannot open */
  decode(stored: Uint8Array): Uint8Array;
}

export const plainCodec: DbCodec = {
  keyId: null,
  encode: (plain) => plain,
  decode: (stored) => {
    if (isEncrypted(stored)) throw new DecryptError('other-key');
    return stored;
  },
};

/** Writes encrypted; reads encrypted files of this key and, once, the plain file it is about to replace. */
export function encryptedCodec(dataKey: DataKey): DbCodec {
  return {
    keyId: dataKey.id,
    encode: (plain) => encryptBytes(dataKey, 'database', plain),
    decode: (stored) => (isEncrypted(stored) ? decryptBytes(dataKey, 'database', stored) : stored),
  };
}

export type Decoded = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'locked' | 'other-key' | 'damaged' };

/** The plain bytes of a stored file, or why they cannot be had (never throws). */
export function decodeStored(codec: DbCodec, stored: Uint8Array): Decoded {
  try {
    return { ok: true, bytes: codec.decode(stored) };
  } catch (e) {
    if (!(e instanceof DecryptError)) throw e;
    if (e.reason === 'damaged') return { ok: false, reason: 'damaged' };
    return { ok: false, reason: codec.keyId ? 'other-key' : 'locked' };
  }
}
