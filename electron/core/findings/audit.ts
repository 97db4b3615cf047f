// A finding's audit trail: every change to it (its fields, chronology, steps, evidence), every time it was
// opened, and its deletion, from the app's one audit log (db.write records who by OS user, when, which call).
// Details name what changed, never the values: findings name people.
import type { Query, Tx } from '../db/database';
import type { AuditEntry } from './types';

export const FINDING_ENTITY = 'Finding';

export function auditOf(q: Query, findingId: number): AuditEntry[] {
  return q.all('SELECT at, os_user, call, detail FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id', [FINDING_ENTITY, String(findingId)])
    .map((r) => ({ at: String(r.at), osUser: String(r.os_user), call: String(r.call), detail: r.detail === null ? null : String(r.detail) }));
}

export function auditFinding(tx: Tx, findingId: number, detail: string): void {
  tx.audit(FINDING_ENTITY, findingId, detail);
}
