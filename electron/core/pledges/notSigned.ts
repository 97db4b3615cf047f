// Who has not signed yet, per unit, in the order of the daftar hadir (by unit, rank, name), each unit's head
// flagged: the list the secretary hands to each head of unit (on screen, .xlsx, PDF).
import type { Query } from '../db/database';
import { groupByUnit, sortForSheet } from '../documents/attendance/order';
import type { IsoDate } from '../elections/types';
import { STAFF_SELECT, rowToStaff } from '../staff/repository';
import { SIGNED_IDS, TARGET_WHERE, coverageParams, pledgeCoverage } from './coverage';
import { findHeads } from './heads';
import type { NotSignedList } from './types';

export function notSignedList(q: Query, electionId: number, asOf: IsoDate, unitId?: number | null): NotSignedList {
  const coverage = pledgeCoverage(q, electionId, asOf);
  const params = coverageParams(q, electionId, asOf);
  const staff = q.all(`${STAFF_SELECT} WHERE ${TARGET_WHERE} AND s.id NOT IN (${SIGNED_IDS})`, params).map(rowToStaff);
  const heads = findHeads(q);
  const headIds = new Set([...(heads.opd === null ? [] : [heads.opd]), ...heads.units.values()]);
  const byUnit = new Map(coverage.units.map((u) => [u.unitId, u]));
  const units = groupByUnit(sortForSheet(staff, 'unit')).map((g) => {
    const id = g.staff[0]?.unitId ?? null;
    const c = byUnit.get(id)!;
    const people = g.staff.map((s) => ({ staff: s, isHead: headIds.has(s.id) }));
    // the heads on top of their unit's list
    people.sort((a, b) => Number(b.isHead) - Number(a.isHead));
    return { unitId: id, unitName: g.unit, target: c.target, signed: c.signed, notSigned: c.notSigned, percent: c.percent, people };
  });
  return {
    electionId, asOf, deadline: coverage.deadline, overall: coverage.overall,
    units: unitId === undefined ? units : units.filter((u) => u.unitId === unitId),
  };
}
