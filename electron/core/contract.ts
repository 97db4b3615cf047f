// The spine: every call the renderer can make, with its zod input schema and its output type, combined from
// the areas' contracts (each area declares its calls in <area>/calls.ts and <area>/contract.ts). Imported by the
// dispatcher (validation, kind), the handler types, and the renderer (`import type` only).
import type { z } from 'zod';
import { appContract } from './app/contract';
import { backupContract } from './backup/contract';
import { attendanceContract } from './attendance/contract';
import type { AnySpec, CallSpec } from './calls';
import type { CallName } from './callNames';
import { documentsContract } from './documents/contract';
import { electionsContract } from './elections/contract';
import { evidenceContract } from './evidence/contract';
import { filesContract } from './files/contract';
import { homeContract } from './home/contract';
import { pledgesContract } from './pledges/contract';
import { findingsContract } from './findings/contract';
import { privacyContract } from './privacy/contract';
import { profileContract } from './profile/contract';
import { recapContract } from './recap/contract';
import { sessionsContract } from './sessions/contract';
import { staffContract } from './staff/contract';

export const contract = { ...appContract, ...filesContract, ...profileContract, ...staffContract, ...electionsContract, ...sessionsContract, ...documentsContract, ...evidenceContract, ...privacyContract, ...backupContract, ...attendanceContract, ...pledgesContract, ...homeContract, ...findingsContract, ...recapContract } as const satisfies Record<CallName, AnySpec>;

export type Contract = typeof contract;
export type { CallName };

/** Every name has a spec and every spec a name: the two lists cannot drift apart. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _namesMatch: Exact<keyof Contract, CallName> = true;
void _namesMatch;

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

export type { AppStatus } from './app/types';
export type { BackupCounts, BackupState, BackupSummary, RestoreResult } from './backup/types';
export type { JobPhase, JobStatus } from './app/jobTypes';
export type { ChosenFile, SavedFile, SaveResult } from './files/types';
export type { Profile } from './profile/types';
export type { ImportResult, RosterPreview } from './staff/import/previewTypes';
export type { Staff, Unit } from './staff/types';
export type { DocumentKind, DocumentRequest, PaperSize, PreviewResult, SheetOrder } from './documents/types';
export type { Audience, Session, SessionDetail, SessionStatus, Signer } from './sessions/types';
export type { Consolidation, ConsolidatedOpd, ConsolidationProblem, ConsolidationResult, ListedOpd, ProblemCode, RecapDefaults, RecapPeriod } from './recap/types';
export type { MarkResult, SheetCheck, SheetVersion, TickOff, TickOffRow, UndoableAction } from './attendance/types';
export type { EvidenceItem } from './evidence/types';
export type { CoverageCount, HeadStatus, NotSignedList, NotSignedUnit, PledgeCampaign, PledgeCoverage, PledgesOverview, PledgeText, UnitCoverage } from './pledges/types';
export type { HomeOverview, TodoItem } from './home/types';
export type { AuditEntry, ChronologyEntry, Classification, Deadline, FindingCounts, FindingDetail, FindingFilter, FindingStage, FindingStep, FindingSummary, Holiday, StepKind, ViolationType } from './findings/types';
export type { DatabaseCopy, PrivacyStatus } from './privacy/types';
export type { LockState } from './privacy/types';
export type { ActiveElection, Election, ElectionPreset, Phase, PhaseOfDate, StageField } from './elections/types';
