import { z } from 'zod';
import type { OpenKind } from '../platform/port';
import { OPEN_KINDS } from './kinds';

const openKinds = Object.keys(OPEN_KINDS) as [OpenKind, ...OpenKind[]];

export const fileRef = z.string().regex(/^[a-f0-9-]{36}$/);

export const fileRefInput = z.object({ ref: fileRef }).strict();

export const chooseFolderInput = z.object({ kind: z.enum(['recap']) }).strict();

export const chooseInput = z.object({
  kind: z.enum(openKinds),
  multiple: z.boolean().default(false),
}).strict();
