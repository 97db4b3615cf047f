import { z } from 'zod';

export const evidenceIdInput = z.object({ id: z.number().int().positive() }).strict();
