// The derived classification of a finding (DOMAIN.md "Violation types"): the phase of the act's date, kode etik
// or disiplin (the same act is a code-of-ethics matter while it concerns a bakal calon, before KPU sets the
// candidates, and a discipline matter once it concerns a calon), the discipline level, and which sanction rules
// apply to the person's employment. Pure: never stored, always computed from the dates as they are now.
import { phaseOf } from '../elections/phase';
import type { ElectionStages, IsoDate } from '../elections/types';
import type { Employment } from '../staff/types';
import type { Classification, DisciplineLevel, SanctionRule, ViolationClass, ViolationType } from './types';

type Act = Pick<ViolationType, 'ethicsForm' | 'disciplineLevelBefore' | 'disciplineLevelAfter'>;

/**
 * Before the candidates are set: kode etik when the act has a kode-etik form, otherwise disiplin at its "before"
 * level (party membership, approaching parties, …). From that day on: disiplin at its "after" level when it has
 * one, otherwise it stays kode etik (attending a spouse's campaign). Unknown (null) while the date is not filled in.
 */
export function classOf(act: Act, candidatesSet: boolean | null): { kind: ViolationClass | null; level: DisciplineLevel | null } {
  if (candidatesSet === null) return { kind: null, level: null };
  const level = candidatesSet ? act.disciplineLevelAfter : act.disciplineLevelBefore;
  if (candidatesSet) return level !== null ? { kind: 'DISCIPLINE', level } : { kind: 'ETHICS', level: null };
  if (act.ethicsForm !== null) return { kind: 'ETHICS', level: null };
  return { kind: 'DISCIPLINE', level: level ?? act.disciplineLevelAfter };
}

export function sanctionRuleOf(employment: Employment): SanctionRule {
  switch (employment) {
    case 'PNS':
    case 'CPNS':
      return 'PNS';
    case 'PPPK':
    case 'PPPK_PARUH_WAKTU':
      return 'PPPK';
    case 'NON_ASN':
      return 'NON_ASN';
    case 'KEPALA_DESA':
    case 'PERANGKAT_DESA':
      return 'VILLAGE';
  }
}

/** With no election the phase and the class are unknown (null), the sanction rule still follows the person. */
export function classify(election: ElectionStages | null, actDate: IsoDate, act: Act, employment: Employment): Classification {
  const phase = election ? phaseOf(election, actDate) : { phase: null, candidatesSet: null };
  return { phase, ...classOf(act, phase.candidatesSet), sanctionRule: sanctionRuleOf(employment) };
}
