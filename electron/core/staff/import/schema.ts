import { z } from 'zod';

export const previewRef = z.object({ previewId: z.string().min(8).max(64) }).strict();
