import { z } from 'zod';

/** 20 MB of spreadsheet is ~27 M base64 characters; a 10,000-row roster is well under 2 MB. */
export const importFile = z.object({
  fileName: z.string().trim().min(1).max(260),
  dataBase64: z.string().max(28_000_000).regex(/^[A-Za-z0-9+/]*=*$/),
}).strict();

export const previewRef = z.object({ previewId: z.string().min(8).max(64) }).strict();
