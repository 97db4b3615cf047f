// Input shapes for the pledge calls; the rules (a real date, an election that exists) are checked in the service.
import { z } from 'zod';
import { PAPER_SIZES } from '../documents/types';
import { EMPLOYMENTS } from '../staff/types';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** absent or null = the active election */
export const electionRef = z.object({ electionId: id.nullable().default(null) }).strict();

export const campaignInput = z.object({
  electionId: id,
  deadline: isoDate.nullable(),
  /** null = every active person */
  targetKinds: z.array(z.enum(EMPLOYMENTS)).max(EMPLOYMENTS.length).nullable(),
}).strict();

export const textInput = z.object({
  points: z.array(z.string().max(2000)).min(1).max(20),
  /** asked when people already signed: do their signatures on the earlier text still count? */
  earlierCount: z.boolean().default(true),
}).strict();

export const notSignedInput = z.object({ electionId: id, unitId: id.nullable().optional() }).strict();

export const signOutsideInput = z.object({ electionId: id, staffIds: z.array(id).min(1).max(20_000), date: isoDate }).strict();

export const exportNotSignedInput = z.object({ electionId: id, format: z.enum(['xlsx', 'pdf']), paper: z.enum(PAPER_SIZES) }).strict();
