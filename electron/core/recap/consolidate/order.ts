// "Furthest behind first": the order of the kabupaten table on screen and in the workbook. The OPD that has
// held the fewest socialization sessions (up to the period's end) per active staff member comes first; ties by
// name. When pledge figures are in the recaps, their coverage decides instead (added with the pledge source).
import type { ConsolidatedOpd } from './types';

function progressOf(o: ConsolidatedOpd): number {
  const held = o.figures['sessions.held']?.cumulative ?? 0;
  const staff = o.figures['staff.active']?.cumulative ?? 0;
  return staff > 0 ? held / staff : held;
}

export function furthestBehindFirst(opds: readonly ConsolidatedOpd[]): ConsolidatedOpd[] {
  return [...opds].sort((a, b) => progressOf(a) - progressOf(b) || a.opdName.localeCompare(b.opdName, 'id'));
}
