// Input shapes for the election calls; the calendar rules (real dates, stages in order) are checked in the
// service, where they produce a message at the field of the date that is wrong.
import { z } from 'zod';
import { ELECTION_KINDS, ELECTION_PRESETS, STAGE_FIELDS } from './types';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

export const electionId = z.object({ id }).strict();

export const electionCreate = z.object({ preset: z.enum(ELECTION_PRESETS) }).strict();

export const electionSave = z.object({
  id,
  name: z.string().trim().max(150),
  kind: z.enum(ELECTION_KINDS),
  ...Object.fromEntries(STAGE_FIELDS.map((f) => [f, isoDate])) as Record<(typeof STAGE_FIELDS)[number], typeof isoDate>,
}).strict();
