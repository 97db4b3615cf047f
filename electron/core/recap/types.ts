// What the recap screens get: the defaults of the Rekap screen, the consolidation as the Konsolidasi screen shows it.
import type { PaperSize } from '../documents/types';
import type { Consolidation } from './consolidate/types';
import type { RecapPeriod } from './figures';

export interface RecapDefaults {
  /** this week, Monday to Sunday */
  period: RecapPeriod;
  /** '' while the profile has none: the recap is refused until it is filled in */
  opdName: string;
  paper: PaperSize;
}

/** One OPD of the Sekda's list (schema 8). */
export interface ListedOpd {
  id: number;
  name: string;
  code: string;
}

export interface ConsolidationResult extends Consolidation {
  /** false: the Sekda's OPD list is empty, so nobody can be listed as not having sent */
  haveOpdList: boolean;
}

export type { Consolidation, ConsolidatedOpd, ConsolidationProblem, ProblemCode, SekdaOpd } from './consolidate/types';
export type { RecapPeriod } from './figures';
