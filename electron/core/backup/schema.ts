import { z } from 'zod';
import { fileRef } from '../files/schema';

export const backupRef = z.object({ ref: fileRef }).strict();

/** The passphrase or the recovery code of an encrypted backup (the one set when the backup was made). */
export const backupSecret = z.union([
  z.object({ passphrase: z.string().min(1).max(256) }).strict(),
  z.object({ recoveryCode: z.string().min(1).max(64) }).strict(),
]);

/** The user saw the preview and confirmed replacing the current data; `secret` only for an encrypted backup. */
export const restoreInput = z.object({ ref: fileRef, confirmed: z.literal(true), secret: backupSecret.optional() }).strict();
