// What a consolidation of OPD recaps makes: one row per OPD, the kabupaten's totals, the OPDs on the Sekda's
// list that sent nothing usable, and every problem found, each naming its file and why.
import type { RecapPeriod } from '../figures';

/** One Ringkasan figure: for the period (null when it has none) and up to the period's end. */
export interface RecapFigure {
  period: number | null;
  cumulative: number;
}

export const PROBLEM_CODES = ['not-a-recap', 'other-period', 'checksum-mismatch', 'duplicate-opd', 'nip-in-two-opds'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ConsolidationProblem {
  /** the file's name (as chosen, without its folder) */
  file: string;
  code: ProblemCode;
  message: string;
  /** nip-in-two-opds: the NIP found active in two OPDs */
  nip?: string;
}

/** A finding still open in one OPD's recap. */
export interface OpenFinding {
  caseNo: string;
  knownDate: string;
  violation: string;
  /** the stage as the recap words it */
  stage: string;
  ageDays: number;
}

export interface ConsolidatedOpd {
  file: string;
  opdName: string;
  opdCode: string;
  regency: string;
  madeAt: string;
  appVersion: string;
  figures: Record<string, RecapFigure>;
  openFindings: OpenFinding[];
}

export interface SekdaOpd {
  name: string;
  code: string;
}

export interface Consolidation {
  period: RecapPeriod;
  /** the OPDs consolidated, furthest behind first (order.ts) */
  opds: ConsolidatedOpd[];
  /** every figure key met, in the recap format's order (first recap first, then keys only later ones have) */
  keys: string[];
  labels: Record<string, string>;
  totals: Record<string, RecapFigure>;
  /** OPDs on the Sekda's list without a usable recap for the period */
  missing: SekdaOpd[];
  problems: ConsolidationProblem[];
  /** files read (the chosen files and the .xlsx files of the chosen folders) */
  files: number;
}

/** One file to read: its name as shown, where it is, when it was last changed (breaks a duplicate's tie). */
export interface RecapSource {
  file: string;
  path: string;
  modifiedMs: number;
}
