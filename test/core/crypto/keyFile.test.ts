// The data key and how the passphrase and the recovery code open it; the cipher that every encrypted file uses.
import { describe, expect, it } from 'vitest';
import { decryptBytes, DecryptError, encryptBytes, isEncrypted, keyIdOf, newDataKey } from '../../../electron/core/crypto/cipher';
import type { ScryptParams } from '../../../electron/core/crypto/keyFile';
import { changePassphrase, createKeys, DEFAULT_SCRYPT, parseKeyFile, renewRecoveryCode, serializeKeyFile, unlockWithPassphrase, unlockWithRecoveryCode } from '../../../electron/core/crypto/keyFile';
import { newRecoveryCode, normalizeRecoveryCode } from '../../../electron/core/crypto/recoveryCode';
import { isUserError } from '../../../electron/core/errors';

// the tests' scrypt is cheap; one test runs the real parameters
const FAST: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return isUserError(e) ? e.code : e instanceof DecryptError ? e.reason : String(e);
  }
};

describe('the cipher', () => {
  it('round-trips, and refuses a flipped byte, another key and another kind of file', () => {
    const key = newDataKey();
    const plain = Buffer.from('SQLite format 3\0 Siti Aminah 198507142010012003');
    const enc = encryptBytes(key, 'database', plain);
    expect(isEncrypted(enc)).toBe(true);
    expect(enc.includes(Buffer.from('198507142010012003'))).toBe(false);
    expect(keyIdOf(enc)?.equals(key.id)).toBe(true);
    expect(decryptBytes(key, 'database', enc).equals(plain)).toBe(true);
    // every write has its own IV
    expect(encryptBytes(key, 'database', plain).equals(enc)).toBe(false);
    for (const at of [20, 40, enc.length - 1]) {
      const bad = Buffer.from(enc);
      bad[at] = bad[at]! ^ 1;
      expect(codeOf(() => decryptBytes(key, 'database', bad))).toBe('damaged');
    }
    expect(codeOf(() => decryptBytes(newDataKey(), 'database', enc))).toBe('other-key');
    expect(codeOf(() => decryptBytes(key, 'evidence', enc))).toBe('damaged');
    expect(codeOf(() => decryptBytes(key, 'database', plain))).toBe('not-encrypted');
    expect(codeOf(() => decryptBytes(key, 'database', enc.subarray(0, 30)))).toBe('damaged');
  });
});

describe('the recovery code', () => {
  it('is 32 unambiguous characters in groups of four, read back forgivingly', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normalizeRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(normalizeRecoveryCode('0000-1111-0000-1111-0000-1111-0000-1111')).toBe(normalizeRecoveryCode('OOOO-IIII-oooo-llll-0000-1111-0000-1111'));
    expect(normalizeRecoveryCode('too short')).toBeNull();
    expect(normalizeRecoveryCode(`${code}U`)).toBeNull();
  });
});

describe('the key file', () => {
  it('opens with the passphrase or the recovery code, and with nothing else', () => {
    const { dataKey, keyFile, recoveryCode } = createKeys('Satgas Netral 2024!', FAST);
    const file = parseKeyFile(serializeKeyFile(keyFile));
    // never the key itself, nor the passphrase, in the file
    const text = serializeKeyFile(keyFile).toString();
    expect(text).not.toContain(dataKey.key.toString('hex'));
    expect(text).not.toContain('Satgas Netral');
    expect(unlockWithPassphrase(file, 'Satgas Netral 2024!').key.equals(dataKey.key)).toBe(true);
    expect(unlockWithRecoveryCode(file, recoveryCode.toLowerCase()).key.equals(dataKey.key)).toBe(true);
    expect(codeOf(() => unlockWithPassphrase(file, 'satgas netral 2024!'))).toBe('passphrase-wrong');
    expect(codeOf(() => unlockWithRecoveryCode(file, newRecoveryCode()))).toBe('recovery-code-wrong');
    expect(codeOf(() => unlockWithRecoveryCode(file, 'abc'))).toBe('recovery-code-wrong');
  });

  it('changes the passphrase: the old one stops, the new one and the recovery code work', () => {
    const { dataKey, keyFile, recoveryCode } = createKeys('kata sandi lama', FAST);
    const changed = changePassphrase(keyFile, dataKey, 'kata sandi baru');
    expect(codeOf(() => unlockWithPassphrase(changed, 'kata sandi lama'))).toBe('passphrase-wrong');
    expect(unlockWithPassphrase(changed, 'kata sandi baru').key.equals(dataKey.key)).toBe(true);
    expect(unlockWithRecoveryCode(changed, recoveryCode).key.equals(dataKey.key)).toBe(true);
    const renewed = renewRecoveryCode(changed, dataKey);
    expect(codeOf(() => unlockWithRecoveryCode(renewed.keyFile, recoveryCode))).toBe('recovery-code-wrong');
    expect(unlockWithRecoveryCode(renewed.keyFile, renewed.recoveryCode).key.equals(dataKey.key)).toBe(true);
  });

  it('refuses a short passphrase and a damaged key file with their own messages', () => {
    expect(codeOf(() => createKeys('pendek', FAST))).toBe('passphrase-too-short');
    const { keyFile } = createKeys('cukup panjang', FAST);
    expect(codeOf(() => parseKeyFile(Buffer.from('{"format":1}')))).toBe('key-file-damaged');
    expect(codeOf(() => parseKeyFile(Buffer.from('not json')))).toBe('key-file-damaged');
    const swapped = { ...keyFile, wraps: { passphrase: keyFile.wraps.recovery, recovery: keyFile.wraps.passphrase } };
    // a wrap moved to the other slot does not open (its kind is bound in)
    expect(codeOf(() => unlockWithPassphrase(swapped, 'cukup panjang'))).toBe('passphrase-wrong');
  });

  it('uses scrypt with the recommended parameters by default', () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    const { keyFile, dataKey } = createKeys('parameter bawaan');
    expect(keyFile.kdf).toEqual({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(unlockWithPassphrase(keyFile, 'parameter bawaan').key.equals(dataKey.key)).toBe(true);
  });
});
