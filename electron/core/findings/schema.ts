// Input shapes for the findings calls; the rules (real dates not in the future, known on or after the act, a
// valid identifier, a link for social media) are checked in the services, with a message at the field.
import { z } from 'zod';
import { PAPER_SIZES } from '../documents/types';
import { PHASES } from '../elections/types';
import { EMPLOYMENTS, POSITION_TYPES } from '../staff/types';
import { DISCIPLINE_LEVELS, FINDING_SOURCES, FINDING_STAGES, HOLIDAY_KINDS, STEP_KINDS } from './types';

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const findingId = z.object({ id }).strict();

export const findingFilter = z.object({
  stage: z.enum(FINDING_STAGES).nullable().optional(),
  kind: z.enum(['ETHICS', 'DISCIPLINE']).nullable().optional(),
  phase: z.enum([...PHASES, 'NONE']).nullable().optional(),
  unit: text(300).nullable().optional(),
  positionType: z.enum(POSITION_TYPES).nullable().optional(),
  overdue: z.boolean().optional(),
}).strict();

export const personInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('STAFF'), staffId: id }).strict(),
  z.object({
    kind: z.literal('TYPED'), identifier: text(40), name: text(200), position: text(300), unit: text(300),
    employment: z.enum(EMPLOYMENTS), positionType: z.enum(POSITION_TYPES).nullable(),
  }).strict(),
]);

export const findingInput = z.object({
  id: id.optional(),
  electionId: id.nullable().optional(),
  person: personInput,
  violationTypeId: id,
  knownDate: date,
  actDate: date,
  actTime: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  actPlace: text(300),
  source: z.enum(FINDING_SOURCES),
  sourceLink: text(2000).nullable(),
  sbtNumber: text(100).nullable(),
  description: text(20_000),
}).strict();

export const chronologyInput = z.object({ findingId: id, date, text: text(20_000) }).strict();
export const entryRef = z.object({ findingId: id, entryId: id }).strict();

export const stepInput = z.object({
  findingId: id, kind: z.enum(STEP_KINDS), date, actor: text(300), note: text(20_000), stageAfter: z.enum(FINDING_STAGES).nullable(),
}).strict();

export const evidenceAddInput = z.object({
  findingId: id, files: z.array(z.object({ ref: z.string().min(1).max(100), caption: text(500) }).strict()).min(1).max(50),
}).strict();
export const evidenceLinkInput = z.object({ findingId: id, url: text(2000), caption: text(500) }).strict();
export const evidenceRef = z.object({ findingId: id, evidenceId: id }).strict();

export const thumbnailInput = z.object({ evidenceId: id }).strict();

export const exportSummaryInput = z.object({ id, paper: z.enum(PAPER_SIZES) }).strict();
export const exportListInput = z.object({ filter: findingFilter }).strict();

export const countsInput = z.object({ from: date.nullable().optional(), to: date.nullable().optional() }).strict();

const level = z.enum(DISCIPLINE_LEVELS).nullable();
export const violationTypeInput = z.object({
  id: id.optional(), code: text(20), act: text(1000), ethicsForm: text(1000).nullable(),
  disciplineLevelBefore: level, disciplineLevelAfter: level, nonAsnNote: text(1000), villageNote: text(1000),
}).strict();

export const retireInput = z.object({ id, retired: z.boolean() }).strict();

export const holidayInput = z.object({ date, name: text(200), kind: z.enum(HOLIDAY_KINDS) }).strict();
export const holidayDate = z.object({ date }).strict();
