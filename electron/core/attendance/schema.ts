// Input shapes for the tick-off calls; the rules (a held session, numbers on the sheet) are checked in the service.
import { z } from 'zod';
import { SHEET_ORDERS } from '../documents/types';
import { staffInput } from '../staff/schema';
import { MARKS } from './types';

const id = z.number().int().positive();
const version = id.nullable();

export const tickOffRef = z.object({ sessionId: id, version: version.default(null) }).strict();

export const markInput = z.object({
  sessionId: id,
  version,
  target: z.union([z.object({ rows: z.string().max(2000) }).strict(), z.object({ staffIds: z.array(id).min(1).max(20_000) }).strict()]),
  mark: z.enum(MARKS),
  value: z.boolean(),
}).strict();

export const walkInInput = z.object({
  sessionId: id,
  version,
  /** from the roster, or a new person who joins it (the staff area's rules) */
  person: z.union([z.object({ staffId: id }).strict(), z.object({ newStaff: staffInput.omit({ id: true }) }).strict()]),
  signed: z.boolean(),
}).strict();

export const proofAddInput = z.object({ sessionId: id, refs: z.array(z.string().min(8).max(64)).min(1).max(50) }).strict();

export const proofRemoveInput = z.object({ sessionId: id, evidenceId: id }).strict();

export const undoInput = z.object({ sessionId: id }).strict();

export const sheetCheckInput = z.object({ sessionId: id, order: z.enum(SHEET_ORDERS), sectionsPerUnit: z.boolean() }).strict();
