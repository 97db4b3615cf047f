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

export const recoverySheetInput = z.object({ recoveryCode: z.string().min(1).max(64) }).strict();

export const deleteCopiesInput = z.object({ files: z.array(z.string().min(1).max(1024)).min(1).max(200) }).strict();

/** turning the Temuan lock off asks for the passphrase (a colleague at an open app must not switch it off) */
export const setFindingsLockInput = z.object({ on: z.boolean(), passphrase: passphrase.optional() }).strict();

export const setIdleMinutesInput = z.object({ minutes: z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(30)]) }).strict();

export const renewRecoveryCodeInput = z.object({ passphrase }).strict();
