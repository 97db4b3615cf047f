// The follow-up deadlines of a finding (DOMAIN.md "How a report moves on"), computed from its dates and steps:
// - REPORT_BAWASLU: report within 7 days of the act becoming known; met by a "reported to Bawaslu" step.
// - BAWASLU_REVIEW: Bawaslu reviews within 3 working days of the report (weekends, national holidays and cuti
//   bersama skipped); met by a recommendation step.
// - VERIFICATION: the joint satgas verifies within 7 days of the forwarding to BKN (SBT); met by a verification step.
// A deadline not met when the finding is closed is no longer shown: nobody can act on it.
import { addDays } from '../elections/dates';
import type { IsoDate } from '../elections/types';
import type { Deadline, DeadlineKind, DeadlineState, FindingStep, StepKind } from './types';
import { addWorkingDays } from './workingDays';

export const REPORT_DAYS = 7;
export const BAWASLU_WORKING_DAYS = 3;
export const VERIFICATION_DAYS = 7;

function stateOf(due: IsoDate, metOn: IsoDate | null, today: IsoDate): DeadlineState {
  if (metOn !== null) return 'DONE';
  if (due > today) return 'DUE';
  return due === today ? 'DUE_TODAY' : 'OVERDUE';
}

function firstOf(steps: readonly FindingStep[], kind: StepKind, onOrAfter: IsoDate): FindingStep | undefined {
  return steps.filter((s) => s.kind === kind && s.date >= onOrAfter).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)[0];
}

export function deadlinesOf(knownDate: IsoDate, steps: readonly FindingStep[], holidays: ReadonlySet<IsoDate>, today: IsoDate): Deadline[] {
  const out: Deadline[] = [];
  const add = (kind: DeadlineKind, from: IsoDate, due: IsoDate, met: FindingStep | undefined) => {
    const metOn = met?.date ?? null;
    out.push({ kind, from, due, metOn, state: stateOf(due, metOn, today) });
  };
  const reported = firstOf(steps, 'REPORTED_BAWASLU', '0000-00-00');
  add('REPORT_BAWASLU', knownDate, addDays(knownDate, REPORT_DAYS), reported);
  if (reported) add('BAWASLU_REVIEW', reported.date, addWorkingDays(reported.date, BAWASLU_WORKING_DAYS, holidays), firstOf(steps, 'RECOMMENDATION', reported.date));
  const forwarded = firstOf(steps, 'FORWARDED_BKN', '0000-00-00');
  if (forwarded) add('VERIFICATION', forwarded.date, addDays(forwarded.date, VERIFICATION_DAYS), firstOf(steps, 'VERIFICATION', forwarded.date));
  const closed = steps.some((s) => s.kind === 'CLOSED');
  return closed ? out.filter((d) => d.state === 'DONE') : out;
}

/** The open deadline to show first: the earliest due date among those not met. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  return deadlines.filter((d) => d.state !== 'DONE').sort((a, b) => a.due.localeCompare(b.due))[0] ?? null;
}
