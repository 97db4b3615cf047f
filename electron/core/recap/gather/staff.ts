// The staff source of the recap: the active roster as it is when the recap is made.
import type { Query } from '../../db/database';
import { EMPLOYMENTS, POSITION_TYPES } from '../../staff/types';
import type { Employment, PositionType } from '../../staff/types';
import type { StaffFigures, StaffLine, UnitStaff } from '../figures';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function gatherStaff(q: Query): StaffFigures {
  const people = q.all(`SELECT s.id, s.name, s.nip, s.nik, s.employment, s.position_type, s.position, s.rank, u.name AS unit
      FROM staff s LEFT JOIN unit u ON u.id = s.unit_id WHERE s.status = 'ACTIVE'
      ORDER BY u.name IS NULL, u.name COLLATE NOCASE, s.name COLLATE NOCASE, s.id`).map((r): StaffLine => ({
    id: Number(r.id),
    name: String(r.name),
    nip: r.nip === null ? null : String(r.nip),
    nik: r.nik === null ? null : String(r.nik),
    employment: String(r.employment) as Employment,
    positionType: String(r.position_type) as PositionType,
    position: r.position === null ? null : String(r.position),
    rank: r.rank === null ? null : String(r.rank),
    unit: r.unit === null ? null : String(r.unit),
  }));
  const byEmployment = zeros(EMPLOYMENTS);
  const byPositionType = zeros(POSITION_TYPES);
  const units: UnitStaff[] = [];
  for (const p of people) {
    byEmployment[p.employment] += 1;
    byPositionType[p.positionType] += 1;
    const last = units[units.length - 1];
    if (last && last.name === p.unit) last.active += 1;
    else units.push({ name: p.unit, active: 1 });
  }
  return { active: people.length, byEmployment, byPositionType, units, people };
}
