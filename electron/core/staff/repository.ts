// Reading staff rows: one SELECT shape, one row → Staff mapping.
import type { Query, Row } from '../db/database';
import { UserError } from '../errors';
import type { Employment, Gender, LeftReason, PositionType, Staff, StaffStatus } from './types';

export const STAFF_SELECT = `SELECT s.*, u.name AS unit_name FROM staff s LEFT JOIN unit u ON u.id = s.unit_id`;

const str = (v: Row[string] | undefined): string | null => (v === null || v === undefined ? null : String(v));

export function rowToStaff(r: Row): Staff {
  return {
    id: Number(r.id),
    name: String(r.name),
    nip: str(r.nip),
    nik: str(r.nik),
    employment: String(r.employment) as Employment,
    rank: str(r.rank),
    rankName: str(r.rank_name),
    position: str(r.position),
    positionType: String(r.position_type) as PositionType,
    positionTypeManual: Number(r.position_type_manual) === 1,
    unitId: r.unit_id === null ? null : Number(r.unit_id),
    unitName: str(r.unit_name),
    gender: str(r.gender) as Gender | null,
    birthDate: str(r.birth_date),
    birthPlace: str(r.birth_place),
    status: String(r.status) as StaffStatus,
    leftReason: str(r.left_reason) as LeftReason | null,
    leftDate: str(r.left_date),
    updatedAt: String(r.updated_at),
  };
}

export function listStaff(q: Query): Staff[] {
  return q.all(`${STAFF_SELECT} ORDER BY s.name COLLATE NOCASE, s.id`).map(rowToStaff);
}

export function getStaff(q: Query, id: number): Staff {
  const row = q.get(`${STAFF_SELECT} WHERE s.id = ?`, [id]);
  if (!row) throw new UserError('staff-not-found');
  return rowToStaff(row);
}

export function findStaffBy(q: Query, column: 'nip' | 'nik', value: string): Staff | null {
  const row = q.get(`${STAFF_SELECT} WHERE s.${column} = ?`, [value]);
  return row ? rowToStaff(row) : null;
}
