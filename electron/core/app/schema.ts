import { z } from 'zod';

export const backupChoice = z.object({ file: z.string().min(1).max(1024) }).strict();

export const jobRef = z.object({ jobId: z.string().min(8).max(64) }).strict();

/** The holder the user saw in the confirmation (as app.status gave it): the lock is taken over only if it is
 * still that one, the same PC, process and `since`. */
export const takeOverInput = z.object({
  holder: z.object({
    host: z.string().max(255), pid: z.number().int().min(0), since: z.string().max(64),
    user: z.string().max(255).optional(), beat: z.string().max(64).optional(),
  }).strict(),
}).strict();
