// The spine: every call the renderer can make, with its zod input schema and its output type. Imported by
// preload.ts (names), ipc.ts (validation, dispatch) and the renderer (`import type` only). Adding a feature =
// an entry here, a handler in the domain's handlers.ts, a screen.
import { z } from 'zod';
import type { AppStatus } from './app/types';
import type { Profile } from './profile/types';
import { emblemInput, profileInput } from './profile/schema';
import { backupChoice, jobRef } from './app/schema';
import type { JobStatus } from './app/jobTypes';
import type { DownloadFile, ImportResult, RosterPreview } from './roster/types';
import { importFile, previewRef } from './roster/schema';
import type { Staff, Unit } from './staff/types';
import { markLeftInput, staffId, staffInput, unitMerge, unitName, unitRename } from './staff/schema';

export type CallKind = 'query' | 'mutation';

export interface CallSpec<I extends z.ZodType, O> {
  readonly input: I;
  readonly kind: CallKind;
  /** phantom: carries the output type, never set */
  readonly output?: O;
}

/** `returns<Output>()(inputSchema, kind)`: the output type is named first, the schema inferred. */
function returns<O>() {
  return <I extends z.ZodType>(input: I, kind: CallKind): CallSpec<I, O> => ({ input, kind });
}

const none = z.object({}).strict();

export const contract = {
  'app.status': returns<AppStatus>()(none, 'query'),
  'app.restoreBackup': returns<AppStatus>()(backupChoice, 'mutation'),

  'profile.get': returns<Profile>()(none, 'query'),
  'profile.save': returns<Profile>()(profileInput, 'mutation'),
  'profile.setEmblem': returns<Profile>()(emblemInput, 'mutation'),
  'profile.clearEmblem': returns<Profile>()(none, 'mutation'),

  'staff.list': returns<Staff[]>()(none, 'query'),
  'staff.save': returns<Staff>()(staffInput, 'mutation'),
  'staff.markLeft': returns<Staff>()(markLeftInput, 'mutation'),
  'staff.reactivate': returns<Staff>()(staffId, 'mutation'),

  'unit.list': returns<Unit[]>()(none, 'query'),
  'unit.create': returns<Unit>()(unitName, 'mutation'),
  'unit.rename': returns<Unit>()(unitRename, 'mutation'),
  'unit.merge': returns<Unit>()(unitMerge, 'mutation'),

  /** starts reading the file in the background; poll roster.importStatus for progress and the preview */
  'roster.importStart': returns<{ jobId: string }>()(importFile, 'query'),
  'roster.importStatus': returns<JobStatus<RosterPreview>>()(jobRef, 'query'),
  'roster.importCancel': returns<{ cancelled: boolean }>()(jobRef, 'query'),
  /** writes the previewed rows in one transaction, all or nothing */
  'roster.importCommit': returns<ImportResult>()(previewRef, 'mutation'),
  'roster.refusedWorkbook': returns<DownloadFile>()(previewRef, 'query'),
  'roster.template': returns<DownloadFile>()(none, 'query'),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const callNames = Object.keys(contract) as CallName[];

export type InputOf<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends CallName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never;

export interface ApiError {
  code: string;
  message: string;
  /** the form field the error is about, when there is one */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What window.api is: one function per call, each returning the call's result envelope. */
export type Api = { [K in CallName]: (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>> };

export type { AppStatus, DownloadFile, ImportResult, JobStatus, Profile, RosterPreview, Staff, Unit };
