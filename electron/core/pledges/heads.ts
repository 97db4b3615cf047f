// Who heads what (berjenjang: the head of the OPD signs first, then the heads of units, then their staff).
// - The head of the OPD: the person on the roster with the profile's head NIP.
// - A unit's head: among its people whose jabatan starts with Kepala, Sekretaris, Camat or Lurah (the head of
//   the OPD aside), the one with the highest position type (JPT, then administrator, then pengawas); ties by
//   the order on the roster (lowest id).
import type { Query } from '../db/database';
import type { PositionType } from '../staff/types';

const HEAD_POSITION = /^(kepala|sekretaris|camat|lurah)\b/i;
const WEIGHT: Partial<Record<PositionType, number>> = { JPT: 4, CAMAT_LURAH: 3, ADMINISTRATOR: 3, PENGAWAS: 2 };

export interface Heads {
  opd: number | null;
  /** unit id → the head's staff id */
  units: Map<number, number>;
}

export function findHeads(q: Query): Heads {
  const headNip = String(q.get<{ n: string }>('SELECT head_nip AS n FROM opd_profile WHERE id = 1')?.n ?? '');
  const opdRow = headNip ? q.get<{ id: number }>("SELECT id FROM staff WHERE nip = ? AND status = 'ACTIVE'", [headNip]) : undefined;
  const opd = opdRow ? Number(opdRow.id) : null;
  const candidates = q.all<{ id: number; unit_id: number; position: string; position_type: string }>(`SELECT id, unit_id, position, position_type FROM staff
    WHERE status = 'ACTIVE' AND unit_id IS NOT NULL AND (position LIKE 'Kepala%' OR position LIKE 'Sekretaris%' OR position LIKE 'Camat%' OR position LIKE 'Lurah%')
    ORDER BY id`);
  const best = new Map<number, { id: number; w: number }>();
  for (const c of candidates) {
    const id = Number(c.id);
    if (id === opd || !HEAD_POSITION.test(String(c.position))) continue;
    const w = WEIGHT[String(c.position_type) as PositionType] ?? 1;
    const unit = Number(c.unit_id);
    const now = best.get(unit);
    if (!now || w > now.w) best.set(unit, { id, w });
  }
  return { opd, units: new Map([...best].map(([u, b]) => [u, b.id])) };
}
