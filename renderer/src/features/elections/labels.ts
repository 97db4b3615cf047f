// Indonesian words for an election's phase, from the messages module.
import type { PhaseOfDate } from '../../../../electron/core/contract';
import { ui } from '../../lib/messages';

const e = ui.elections;

/** "Masa kampanye", or the note that the dates are not filled in yet */
export function phaseLabel(p: PhaseOfDate | null | undefined): string {
  if (!p || p.phase === null) return e.phaseUnknown;
  return e.phases[p.phase];
}

/** "sesudah penetapan calon" / "sebelum penetapan calon" / null when that date is not filled in */
export function candidatesLabel(p: PhaseOfDate | null | undefined): string | null {
  if (!p || p.candidatesSet === null) return null;
  return p.candidatesSet ? e.candidatesAfter : e.candidatesBefore;
}

/** Badge colours: the campaign, the quiet period and the voting day are when the risk is highest. */
export function phaseColor(p: PhaseOfDate | null | undefined): 'informative' | 'warning' | 'danger' | 'subtle' {
  if (!p || p.phase === null) return 'subtle';
  if (p.phase === 'CAMPAIGN') return 'warning';
  if (p.phase === 'QUIET' || p.phase === 'VOTING') return 'danger';
  return 'informative';
}
