// Who a session's sheet is for. The audience is kept as chosen (sessions/types.ts "Audience") and resolved to
// people when it is shown or printed; the command line resolves an ad-hoc audience (--all-staff, --units) the
// same way.
import type { Query, Tx } from '../db/database';
import { STAFF_SELECT, rowToStaff } from '../staff/repository';
import type { Staff } from '../staff/types';
import type { Audience } from './types';

export interface ResolvedAudience {
  /** the rows the sheet prints */
  active: Staff[];
  /** chosen people who have left since (STAFF audiences only): shown as left, not printed */
  left: Staff[];
}

export function storedAudience(q: Query, sessionId: number, kind: string): Audience {
  if (kind === 'UNITS') {
    return { kind, unitIds: q.all<{ unit_id: number }>('SELECT unit_id FROM session_unit WHERE session_id = ? ORDER BY unit_id', [sessionId]).map((r) => Number(r.unit_id)) };
  }
  if (kind === 'STAFF') {
    return { kind, staffIds: q.all<{ staff_id: number }>('SELECT staff_id FROM session_staff WHERE session_id = ? ORDER BY staff_id', [sessionId]).map((r) => Number(r.staff_id)) };
  }
  return { kind: 'ALL' };
}

export function resolveAudience(q: Query, audience: Audience): ResolvedAudience {
  switch (audience.kind) {
    case 'ALL':
      return { active: q.all(`${STAFF_SELECT} WHERE s.status = 'ACTIVE'`).map(rowToStaff), left: [] };
    case 'UNITS':
      return {
        active: q.all(`${STAFF_SELECT} WHERE s.status = 'ACTIVE' AND s.unit_id IN (SELECT value FROM json_each(?))`, [JSON.stringify(audience.unitIds)]).map(rowToStaff),
        left: [],
      };
    case 'STAFF': {
      const all = q.all(`${STAFF_SELECT} WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.name COLLATE NOCASE, s.id`, [JSON.stringify(audience.staffIds)]).map(rowToStaff);
      return { active: all.filter((s) => s.status === 'ACTIVE'), left: all.filter((s) => s.status !== 'ACTIVE') };
    }
  }
}

/** The counts a session list shows, without building Staff objects. */
export function audienceCounts(q: Query, sessionId: number, kind: string): { invited: number; left: number } {
  const count = (sql: string) => Number(q.get<{ n: number }>(sql, [sessionId])?.n ?? 0);
  if (kind === 'UNITS') return { invited: count(`SELECT COUNT(*) AS n FROM staff WHERE status = 'ACTIVE' AND unit_id IN (SELECT unit_id FROM session_unit WHERE session_id = ?)`), left: 0 };
  if (kind === 'STAFF') {
    const row = q.get<{ a: number; l: number }>(`SELECT COALESCE(SUM(s.status = 'ACTIVE'), 0) AS a, COALESCE(SUM(s.status <> 'ACTIVE'), 0) AS l
      FROM session_staff ss JOIN staff s ON s.id = ss.staff_id WHERE ss.session_id = ?`, [sessionId]);
    return { invited: Number(row?.a ?? 0), left: Number(row?.l ?? 0) };
  }
  return { invited: Number(q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM staff WHERE status = 'ACTIVE'`)?.n ?? 0), left: 0 };
}

/** A unit merged into another: the sessions that chose it now choose the unit its people moved to. Called by
 * the staff area's merge before the source unit is removed. */
export function followUnitMerge(tx: Tx, sourceId: number, targetId: number): void {
  tx.run('UPDATE OR IGNORE session_unit SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]);
  tx.run('DELETE FROM session_unit WHERE unit_id = ?', [sourceId]);
}
