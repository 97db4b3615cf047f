import { z } from 'zod';

export const fileRef = z.string().regex(/^[a-f0-9-]{36}$/);

export const fileRefInput = z.object({ ref: fileRef }).strict();

export const chooseInput = z.object({
  kind: z.enum(['roster', 'emblem', 'backup']),
  multiple: z.boolean().default(false),
}).strict();
