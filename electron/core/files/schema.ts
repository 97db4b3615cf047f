import { z } from 'zod';

export const fileRef = z.string().regex(/^[a-f0-9-]{36}$/);

export const fileRefInput = z.object({ ref: fileRef }).strict();

export const chooseFolderInput = z.object({ kind: z.enum(['recap']) }).strict();

export const chooseInput = z.object({
  kind: z.enum(['roster', 'emblem', 'recap']),
  multiple: z.boolean().default(false),
}).strict();
