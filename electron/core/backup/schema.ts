import { z } from 'zod';
import { fileRef } from '../files/schema';

export const backupRef = z.object({ ref: fileRef }).strict();

/** The user saw the preview and confirmed replacing the current data. */
export const restoreInput = z.object({ ref: fileRef, confirmed: z.literal(true) }).strict();
