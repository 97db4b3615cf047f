// How a follow-up step moves a finding on: each step names the stage the finding is in after it (the user may pick
// another, e.g. a verification that found nothing → tidak terbukti); this is the stage offered first.
import type { FindingStage, FindingStep, StepKind } from './types';

export const DEFAULT_STAGE_AFTER: Record<StepKind, FindingStage | null> = {
  REPORTED_BAWASLU: 'REPORTED_BAWASLU',
  FORWARDED_BKN: 'FORWARDED_BKN',
  VERIFICATION: 'WAITING_PPK',
  RECOMMENDATION: 'WAITING_PPK',
  PPK_DECISION: 'WAITING_PPK',
  SANCTION: 'SANCTIONED',
  /** closing keeps the stage reached unless the user names the outcome */
  CLOSED: null,
};

/** Steps in the order they happened (same day: the order they were recorded). */
export function orderSteps<T extends Pick<FindingStep, 'date' | 'id'>>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
}

/** The stage after the last step; a finding with no step yet is recorded (dicatat). */
export function stageOf(steps: readonly FindingStep[]): FindingStage {
  return orderSteps(steps).at(-1)?.stageAfter ?? 'RECORDED';
}
