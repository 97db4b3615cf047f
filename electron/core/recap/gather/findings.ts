// The findings source of the recap: the counts central systems ask for (findings/counts.ts) for the period (act
// date in it) and up to its end, and the case list with stage and age. The reported person's name and NIP are
// gathered; the writer leaves them out unless the user includes identities.
import type { Query } from '../../db/database';
import { daysBetween } from '../../pledges/campaign';
import { findingCounts } from '../../findings/counts';
import { listFindings } from '../../findings/repository';
import type { FindingFigures, RecapPeriod } from '../figures';

export function gatherFindings(q: Query, period: RecapPeriod): FindingFigures {
  const cases = listFindings(q, period.to).filter((f) => f.actDate <= period.to).map((f) => ({
    id: f.id, knownDate: f.knownDate, actDate: f.actDate, violationCode: f.violationCode, violationAct: f.violationAct,
    positionType: f.person.positionType, phase: f.classification.phase.phase, stage: f.stage, closed: f.closed,
    ageDays: Math.max(0, daysBetween(f.knownDate, period.to)), name: f.person.name, nip: f.person.nip, nik: f.person.nik,
  }));
  return {
    period: findingCounts(q, { from: period.from, to: period.to }, period.to),
    cumulative: findingCounts(q, { to: period.to }, period.to),
    cases,
  };
}
