// Findings (temuan): a suspected violation of neutrality by one person, the act (a catalog entry), what is derived
// from its date (phase; kode etik or disiplin), the chronology, the follow-up steps and their deadlines, and the
// audit trail. Environment-free types: the renderer reads them through the contract.
import type { IsoDate, PhaseOfDate } from '../elections/types';
import type { EvidenceItem } from '../evidence/types';
import type { Employment, PositionType } from '../staff/types';

export const DISCIPLINE_LEVELS = ['RINGAN', 'SEDANG', 'BERAT', 'PTDH'] as const;
/** PP 94/2021 levels, and PTDH (pemberhentian tidak dengan hormat) for party membership (UU 5/2014 Ps 87(4)c). */
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

/** One act of SKB 2022 Lampiran II (or one the user added). */
export interface ViolationType {
  id: number;
  code: string;
  act: string;
  /** the act as a kode-etik matter (it concerns a bakal calon); null = no kode-etik form */
  ethicsForm: string | null;
  /** the discipline level before the candidates are set, for acts that are a discipline matter even then */
  disciplineLevelBefore: DisciplineLevel | null;
  /** the discipline level once the candidates are set; null = stays a kode-etik matter */
  disciplineLevelAfter: DisciplineLevel | null;
  nonAsnNote: string;
  villageNote: string;
  sortOrder: number;
  seeded: boolean;
  /** retired entries are not offered for new findings but stay on the findings that use them */
  retired: boolean;
  /** how many findings use it (a used entry cannot be deleted, only retired) */
  usedBy: number;
}

export const HOLIDAY_KINDS = ['LIBUR', 'CUTI_BERSAMA'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  date: IsoDate;
  name: string;
  kind: HolidayKind;
}

export const FINDING_SOURCES = ['MONITORING', 'PUBLIC_REPORT', 'BAWASLU', 'MEDIA', 'SOCIAL_MEDIA'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

/** The OPD's own stages, then the ones central systems report (DOMAIN.md "What central systems track"). */
export const FINDING_STAGES = [
  'RECORDED', 'REPORTED_BAWASLU', 'FORWARDED_BKN',
  'WAITING_VERIFICATION', 'WAITING_PPK', 'SANCTIONED', 'NOT_PROVEN', 'CANCELLED', 'REJECTED', 'LEFT_SERVICE',
] as const;
export type FindingStage = (typeof FINDING_STAGES)[number];

export const STEP_KINDS = ['REPORTED_BAWASLU', 'FORWARDED_BKN', 'VERIFICATION', 'RECOMMENDATION', 'PPK_DECISION', 'SANCTION', 'CLOSED'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Kode etik (PP 42/2004) while the act concerns a bakal calon; disiplin (PP 94/2021) once it concerns a calon. */
export type ViolationClass = 'ETHICS' | 'DISCIPLINE';

/** What follows from the act's date, the catalog entry and the person's employment; never typed. */
export interface Classification {
  phase: PhaseOfDate;
  /** null while the election's candidates-set date is unknown */
  kind: ViolationClass | null;
  /** the discipline level when `kind` is DISCIPLINE */
  level: DisciplineLevel | null;
  /** which sanction rules apply to this person's employment */
  sanctionRule: SanctionRule;
}

/** PNS/CPNS: PP 94/2021 and PP 42/2004; PPPK: PP 49/2018 (same procedure); non-ASN: SE MenPANRB 01/2023;
 * kepala/perangkat desa: UU Desa. */
export type SanctionRule = 'PNS' | 'PPPK' | 'NON_ASN' | 'VILLAGE';

export type DeadlineKind = 'REPORT_BAWASLU' | 'BAWASLU_REVIEW' | 'VERIFICATION';
export type DeadlineState = 'DONE' | 'DUE' | 'DUE_TODAY' | 'OVERDUE';

export interface Deadline {
  kind: DeadlineKind;
  /** the day the clock started from */
  from: IsoDate;
  due: IsoDate;
  state: DeadlineState;
  /** the day the step that met it was taken */
  metOn: IsoDate | null;
}

/** The person as recorded on the finding (copied from the roster when chosen from it). */
export interface FindingPerson {
  staffId: number | null;
  name: string;
  nip: string | null;
  nik: string | null;
  position: string;
  positionType: PositionType;
  unit: string;
  employment: Employment;
}

export interface FindingFields {
  person: FindingPerson;
  violationTypeId: number;
  knownDate: IsoDate;
  actDate: IsoDate;
  /** `HH:MM` or null */
  actTime: string | null;
  actPlace: string;
  source: FindingSource;
  /** the post or article, for social media and media sources */
  sourceLink: string | null;
  sbtNumber: string | null;
  description: string;
}

/** One row of the "Temuan" list. */
export interface FindingSummary extends FindingFields {
  id: number;
  electionId: number | null;
  violationCode: string;
  violationAct: string;
  violationRetired: boolean;
  classification: Classification;
  stage: FindingStage;
  closed: boolean;
  /** the earliest deadline not met yet; null when none is open */
  nextDeadline: Deadline | null;
  evidenceCount: number;
  updatedAt: string;
}

export interface ChronologyEntry {
  id: number;
  date: IsoDate;
  text: string;
}

export interface FindingStep {
  id: number;
  kind: StepKind;
  date: IsoDate;
  actor: string;
  note: string;
  stageAfter: FindingStage;
}

export interface AuditEntry {
  at: string;
  osUser: string;
  call: string;
  detail: string | null;
}

export interface FindingDetail extends FindingSummary {
  violationType: ViolationType;
  chronology: ChronologyEntry[];
  steps: FindingStep[];
  evidence: EvidenceItem[];
  deadlines: Deadline[];
  audit: AuditEntry[];
}

export interface FindingFilter {
  stage?: FindingStage | null;
  kind?: ViolationClass | null;
  phase?: PhaseOfDate['phase'] | 'NONE' | null;
  unit?: string | null;
  positionType?: PositionType | null;
  overdue?: boolean;
}

/** The counts central systems ask for, over the findings whose act date is in [from, to] (both optional). */
export interface FindingCounts {
  total: number;
  /** by catalog code (every catalog entry, zeros included, retired ones only when counted) */
  byViolationType: { code: string; act: string; count: number }[];
  byPositionType: Record<PositionType, number>;
  /** `NONE` = the election's dates do not give a phase */
  byPhase: Record<NonNullable<PhaseOfDate['phase']> | 'NONE', number>;
  byStage: Record<FindingStage, number>;
  byKind: Record<ViolationClass | 'UNKNOWN', number>;
  /** findings with a recommendation step */
  recommendations: number;
  /** findings with a sanction step */
  sanctions: number;
}
