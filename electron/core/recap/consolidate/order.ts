// "Furthest behind first": the order of the kabupaten table on screen and in the workbook. With pledge figures
// in the recaps, the lowest pledge coverage comes first; an OPD without them (no active election) after those
// with, by the fewest sessions held per active staff member; ties by name.
import { PLEDGE_SIGNED_KEY, PLEDGE_TARGET_KEY, STAFF_KEY } from '../summary';
import type { ConsolidatedOpd } from './types';

/** signed / target, 0 when nobody must sign; null when the recap has no pledge figures. */
export function coverageOf(o: Pick<ConsolidatedOpd, 'figures'>): number | null {
  const target = o.figures[PLEDGE_TARGET_KEY]?.cumulative;
  const signed = o.figures[PLEDGE_SIGNED_KEY]?.cumulative;
  if (target === undefined || signed === undefined) return null;
  return target === 0 ? 0 : signed / target;
}

function sessionsPerStaff(o: ConsolidatedOpd): number {
  const held = o.figures['sessions.held']?.cumulative ?? 0;
  const staff = o.figures[STAFF_KEY]?.cumulative ?? 0;
  return staff > 0 ? held / staff : held;
}

export function furthestBehindFirst(opds: readonly ConsolidatedOpd[]): ConsolidatedOpd[] {
  return [...opds].sort((a, b) => {
    const [ca, cb] = [coverageOf(a), coverageOf(b)];
    if (ca !== null && cb !== null && ca !== cb) return ca - cb;
    if ((ca === null) !== (cb === null)) return ca === null ? 1 : -1;
    return sessionsPerStaff(a) - sessionsPerStaff(b) || a.opdName.localeCompare(b.opdName, 'id');
  });
}
