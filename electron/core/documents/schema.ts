import { z } from 'zod';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS, PAPER_SIZES, SHEET_ORDERS } from './types';

const id = z.number().int().positive();

export const sheetSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), sessionId: id }).strict(),
  z.object({ kind: z.literal('allStaff') }).strict(),
  z.object({ kind: z.literal('units'), unitIds: z.array(id).min(1).max(1000) }).strict(),
]);

export const documentRequest = z.object({
  document: z.enum(DOCUMENT_KINDS),
  source: sheetSource,
  paper: z.enum(PAPER_SIZES),
  order: z.enum(SHEET_ORDERS).default('unit'),
  sectionsPerUnit: z.boolean().default(false),
  blankRows: z.number().int().min(0).max(500).default(0),
}).strict();

export const documentSave = documentRequest.extend({ format: z.enum(DOCUMENT_FORMATS) }).strict();
