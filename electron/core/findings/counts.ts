// The counts central systems ask for (DOMAIN.md "What central systems track"): by violation type, position type,
// phase, stage, kode etik / disiplin, recommendations issued and sanctions imposed. Plain numbers from one
// function, for the screen and for the recap workbook (issue 12): `findingCounts(q, { from, to })`.
import type { Query } from '../db/database';
import { localToday } from '../elections/dates';
import type { IsoDate } from '../elections/types';
import { PHASES } from '../elections/types';
import { POSITION_TYPES } from '../staff/types';
import { listViolationTypes } from './catalog';
import { listFindings, stepsOf } from './repository';
import type { FindingCounts } from './types';
import { FINDING_STAGES } from './types';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Findings whose act date is within [from, to] (either bound may be absent). Derived values as of `today`. */
export function findingCounts(q: Query, range: { from?: IsoDate | null; to?: IsoDate | null } = {}, today: IsoDate = localToday()): FindingCounts {
  const findings = listFindings(q, today).filter((f) => (!range.from || f.actDate >= range.from) && (!range.to || f.actDate <= range.to));
  const counts: FindingCounts = {
    total: findings.length,
    byViolationType: [],
    byPositionType: zeros(POSITION_TYPES),
    byPhase: zeros([...PHASES, 'NONE'] as const),
    byStage: zeros(FINDING_STAGES),
    byKind: zeros(['ETHICS', 'DISCIPLINE', 'UNKNOWN'] as const),
    recommendations: 0,
    sanctions: 0,
  };
  const byType = new Map<number, number>();
  for (const f of findings) {
    byType.set(f.violationTypeId, (byType.get(f.violationTypeId) ?? 0) + 1);
    counts.byPositionType[f.person.positionType]++;
    counts.byPhase[f.classification.phase.phase ?? 'NONE']++;
    counts.byStage[f.stage]++;
    counts.byKind[f.classification.kind ?? 'UNKNOWN']++;
    const kinds = new Set(stepsOf(q, f.id).map((s) => s.kind));
    if (kinds.has('RECOMMENDATION')) counts.recommendations++;
    if (kinds.has('SANCTION')) counts.sanctions++;
  }
  counts.byViolationType = listViolationTypes(q)
    .filter((t) => !t.retired || byType.has(t.id))
    .map((t) => ({ code: t.code, act: t.act, count: byType.get(t.id) ?? 0 }));
  return counts;
}
