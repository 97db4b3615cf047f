// Input shapes for the roster calls; the domain rules (NIP/NIK, rank, duplicates) are checked in the service,
// where they produce field-specific Indonesian messages.
import { z } from 'zod';
import { MAX_NAME_LENGTH } from './limits';
import { EMPLOYMENTS, LEFT_REASONS, POSITION_TYPES } from './types';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.number().int().positive();

export const staffInput = z.object({
  /** absent = a new person */
  id: id.optional(),
  name: text(MAX_NAME_LENGTH),
  /** NIP PNS, NI PPPK or NIK, as typed (spaces allowed); empty for a non-ASN without one */
  identifier: text(40),
  employment: z.enum(EMPLOYMENTS),
  rank: text(80),
  position: text(200),
  /** null = derive from the position text */
  positionType: z.enum(POSITION_TYPES).nullable(),
  unitId: id.nullable(),
  gender: z.enum(['L', 'P']).nullable(),
  birthDate: isoDate.nullable(),
  birthPlace: text(100),
}).strict();

export const staffId = z.object({ id }).strict();

export const markLeftInput = z.object({ id, reason: z.enum(LEFT_REASONS), date: isoDate }).strict();

export const unitName = z.object({ name: text(150) }).strict();
export const unitRename = z.object({ id, name: text(150) }).strict();
export const unitMerge = z.object({ sourceId: id, targetId: id }).strict();
