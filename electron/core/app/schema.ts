import { z } from 'zod';

export const backupChoice = z.object({ file: z.string().min(1).max(1024) }).strict();
