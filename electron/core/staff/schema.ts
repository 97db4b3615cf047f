// Input shapes for the roster calls; the domain rules (NIP/NIK, rank, duplicates) are checked in the service,
// where they produce field-specific Indonesian messages.
import { z } from 'zod';
import { storedTextInput } from '../text/storedText';
import { MAX_NAME_LENGTH } from './limits';
import { EMPLOYMENTS, LEFT_REASONS, POSITION_TYPES } from './types';

/** Text as it is stored (core/text/storedText.ts: control characters out, whitespace collapsed), then its length. */
const text = storedTextInput;
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

/** What the user decided in the import preview (see ImportChoices). */
export const importCommitInput = z.object({
  previewId: z.string().min(8).max(64),
  takeFile: z.union([z.literal('all'), z.array(id).max(200_000)]).default([]),
  markLeft: z.object({ ids: z.array(id).max(200_000), reason: z.enum(LEFT_REASONS), date: isoDate }).strict().nullable().default(null),
}).strict();

export const importRef = z.object({ importId: id }).strict();

export const EXPORT_COLUMNS = ['name', 'identifier', 'rank', 'position', 'positionType', 'unit', 'employment', 'status', 'gender', 'birthDate', 'birthPlace'] as const;

/** The roster as the screen shows it: these people (in this order) and these columns. */
export const exportInput = z.object({
  ids: z.array(id).min(1).max(200_000),
  columns: z.array(z.enum(EXPORT_COLUMNS)).min(1).max(EXPORT_COLUMNS.length),
  paper: z.enum(['A4', 'F4']),
  /** the filter in words, printed under the title ("Unit: Bidang SD · PNS"); empty when none */
  filterNote: text(300).default(''),
}).strict();
