// The phase of any date in an election's calendar: one pure function, used for sessions (every session shows
// its phase), the header (today's phase) and findings (before or after the candidates were set decides kode
// etik vs disiplin, DOMAIN.md "Violation types").
import type { ElectionStages, IsoDate, Phase, PhaseOfDate } from './types';

/**
 * - before the campaign starts: BEFORE_CAMPAIGN (registration, verification, setting the candidates, drawing
 *   their numbers all fall here);
 * - campaign start … campaign end, both days included: CAMPAIGN;
 * - after the campaign and before the voting day: QUIET (masa tenang);
 * - the voting day: VOTING;
 * - after it (recapitulation and beyond): AFTER.
 * The candidates count as set from the day KPU sets them (that day included).
 */
export function phaseOf(stages: ElectionStages, date: IsoDate): PhaseOfDate {
  return { phase: phaseOnly(stages, date), candidatesSet: stages.candidatesSet === null ? null : date >= stages.candidatesSet };
}

function phaseOnly(s: ElectionStages, date: IsoDate): Phase | null {
  if (s.campaignStart === null || s.campaignEnd === null || s.votingDay === null) return null;
  if (date < s.campaignStart) return 'BEFORE_CAMPAIGN';
  if (date <= s.campaignEnd) return 'CAMPAIGN';
  if (date < s.votingDay) return 'QUIET';
  if (date === s.votingDay) return 'VOTING';
  return 'AFTER';
}
