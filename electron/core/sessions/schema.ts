// Input shapes for the session calls; the rules (a real date, the end after the start, the chosen units and
// people exist) are checked in the service, with a message at the field.
import { z } from 'zod';
import { SESSION_STATUSES, TIME_ZONES } from './types';

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const time = z.string().regex(/^\d{2}:\d{2}$/);

export const sessionId = z.object({ id }).strict();

export const audienceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ALL') }).strict(),
  z.object({ kind: z.literal('UNITS'), unitIds: z.array(id).max(1000) }).strict(),
  z.object({ kind: z.literal('STAFF'), staffIds: z.array(id).max(20_000) }).strict(),
]);

export const signerInput = z.object({ name: text(200), nip: text(40), rank: text(80), position: text(200) }).strict();

export const sessionInput = z.object({
  /** absent = a new session */
  id: id.optional(),
  /** absent on a new session = the active election */
  electionId: id.nullable().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  startTime: time,
  endTime: time.nullable(),
  timeZone: z.enum(TIME_ZONES),
  place: text(200),
  topic: text(300),
  speakers: z.array(text(200)).max(20),
  signer: signerInput.nullable(),
  sheetTitle: text(200).nullable(),
  signCity: text(100).nullable(),
  audience: audienceInput,
}).strict();

export const sessionStatusInput = z.object({ id, status: z.enum(SESSION_STATUSES) }).strict();
