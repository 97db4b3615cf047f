import { z } from 'zod';

export const previewRef = z.object({ previewId: z.string().min(8).max(64) }).strict();

/** The sheets to leave out of a previewed import (by name, as the preview lists them); the others are read. */
export const sheetChoice = z.object({
  previewId: z.string().min(8).max(64),
  leaveOut: z.array(z.string().max(200)).max(500),
}).strict();
