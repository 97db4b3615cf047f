import { z } from 'zod';

export const backupChoice = z.object({ file: z.string().min(1).max(1024) }).strict();

export const jobRef = z.object({ jobId: z.string().min(8).max(64) }).strict();
