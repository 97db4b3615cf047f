import { z } from 'zod';

// long enough for any sentence a user picks; short enough that scrypt's input stays small
const passphrase = z.string().min(1).max(256);

export const unlockInput = z.union([
  z.object({ passphrase }).strict(),
  z.object({ recoveryCode: z.string().min(1).max(64) }).strict(),
]);

export const verifyInput = z.object({ passphrase }).strict();

export const setPassphraseInput = z.object({ passphrase, confirm: passphrase }).strict();

export const changePassphraseInput = z.object({
  /** the current passphrase, or the recovery code when it was lost */
  current: z.union([z.object({ passphrase }).strict(), z.object({ recoveryCode: z.string().min(1).max(64) }).strict()]),
  next: passphrase,
  confirm: passphrase,
}).strict();

export const deleteCopiesInput = z.object({ files: z.array(z.string().min(1).max(1024)).min(1).max(200) }).strict();
