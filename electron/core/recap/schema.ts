// Input shapes for the recap calls; the period's rules (real dates, in order) are checked in the core.
import { z } from 'zod';
import { fileRef } from '../files/schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const recapExportInput = z.object({
  from: isoDate,
  to: isoDate,
  /** "sertakan identitas terlapor": off unless the user ticks it */
  includeIdentities: z.boolean().default(false),
}).strict();

export const opdId = z.object({ id: z.number().int().positive() }).strict();

export const consolidateInput = z.object({
  /** chosen recap files and folders (files.choose / files.chooseFolder with kind 'recap') */
  refs: z.array(fileRef).min(1).max(1000),
  from: isoDate,
  to: isoDate,
}).strict();
