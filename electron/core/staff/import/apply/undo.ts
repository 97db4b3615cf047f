// "Batalkan impor terakhir": takes back the latest import that has not been taken back, from its log. People it
// created go (refused while anything refers to one of them, see references.ts); fields it changed return to
// what they were, unless they were changed again since (those are left as they are now, and counted); people it
// marked as left are active again; units it created go when nobody is in them any more.
import type { Query, Tx } from '../../../db/database';
import { UserError } from '../../../errors';
import { referencesTo } from '../../references';
import { describeReferences } from '../../service';
import { unitKeyMap } from '../../units';
import type { LastImport, UndoResult } from '../previewTypes';
import { STAFF_COLUMNS } from './plan';
import type { ColumnValue, StaffColumn } from './plan';

type Logged = Partial<Record<StaffColumn | 'unit_key' | 'status' | 'left_reason' | 'left_date', ColumnValue>>;

interface ChangeRow {
  staffId: number;
  kind: 'created' | 'updated' | 'left';
  before: Logged;
  after: Logged;
}

function changesOf(q: Query, importId: number): ChangeRow[] {
  return q.all('SELECT staff_id, kind, before, after FROM staff_import_change WHERE import_id = ? ORDER BY staff_id', [importId]).map((r) => ({
    staffId: Number(r.staff_id),
    kind: String(r.kind) as ChangeRow['kind'],
    before: r.before === null ? {} : JSON.parse(String(r.before)) as Logged,
    after: r.after === null ? {} : JSON.parse(String(r.after)) as Logged,
  }));
}

/** The latest import not yet taken back, with the people it created who are referred to elsewhere by now. */
export function lastImport(q: Query): LastImport | null {
  const imp = q.get('SELECT id, at, file_name, created, updated, marked_left, units_created FROM staff_import WHERE reverted_at IS NULL ORDER BY id DESC LIMIT 1');
  if (!imp) return null;
  const importId = Number(imp.id);
  const created = q.all<{ id: number; name: string }>(`SELECT s.id, s.name FROM staff_import_change c JOIN staff s ON s.id = c.staff_id
    WHERE c.import_id = ? AND c.kind = 'created' ORDER BY s.name`, [importId]);
  const refs = referencesTo(q, 'staff', created.map((c) => Number(c.id)));
  const blocked = created.filter((c) => refs.has(Number(c.id)))
    .map((c) => ({ id: Number(c.id), name: String(c.name), what: describeReferences(refs.get(Number(c.id))!) }));
  return {
    importId, at: String(imp.at), fileName: String(imp.file_name), created: Number(imp.created), updated: Number(imp.updated),
    markedLeft: Number(imp.marked_left), unitsCreated: Number(imp.units_created), blocked,
  };
}

const toValue = (v: unknown): ColumnValue => (v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));

export function undoImport(tx: Tx, importId: number, now = new Date()): UndoResult {
  const last = lastImport(tx);
  if (!last || last.importId !== importId) throw new UserError('import-undo-not-last');
  if (last.blocked.length > 0) {
    const names = last.blocked.slice(0, 3).map((b) => `${b.name} (${b.what})`).join('; ');
    throw new UserError('import-undo-referenced', { count: last.blocked.length, names });
  }
  const at = now.toISOString();
  const changes = changesOf(tx, importId);
  const result: UndoResult = { removed: 0, restored: 0, reactivated: 0, unitsRemoved: 0, keptLater: 0 };

  const createdIds = changes.filter((c) => c.kind === 'created').map((c) => c.staffId);
  result.removed = tx.run('DELETE FROM staff WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(createdIds)]).changes;
  tx.auditMany('Staff', createdIds, `impor dibatalkan: ${last.fileName} (dihapus)`);

  const units = unitKeyMap(tx);
  const unitExists = (id: number) => !!tx.get('SELECT 1 AS x FROM unit WHERE id = ?', [id]);
  const restored: number[] = [];
  for (const change of changes.filter((c) => c.kind === 'updated')) {
    const row = tx.get(`SELECT ${STAFF_COLUMNS.join(', ')} FROM staff WHERE id = ?`, [change.staffId]);
    if (!row) continue; // removed since
    const sets: Partial<Record<StaffColumn, ColumnValue>> = {};
    for (const column of STAFF_COLUMNS) {
      if (!(column in change.after)) continue;
      if (toValue(row[column]) !== change.after[column]) {
        result.keptLater++;
        continue;
      }
      let back = change.before[column] ?? null;
      if (column === 'unit_id' && back !== null && !unitExists(Number(back))) {
        // the unit it was in has been merged away since: its old name now leads to the unit that took it over
        const key = change.before.unit_key;
        back = typeof key === 'string' ? units.get(key) ?? null : null;
        if (back === null) {
          result.keptLater++;
          continue;
        }
      }
      sets[column] = back;
    }
    const columns = Object.keys(sets) as StaffColumn[];
    if (columns.length === 0) continue;
    tx.run(`UPDATE staff SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
      [...columns.map((c) => sets[c] ?? null), at, change.staffId]);
    restored.push(change.staffId);
  }
  result.restored = restored.length;
  tx.auditMany('Staff', restored, `impor dibatalkan: ${last.fileName} (dikembalikan)`);

  const reactivated: number[] = [];
  for (const change of changes.filter((c) => c.kind === 'left')) {
    const row = tx.get('SELECT status, left_reason, left_date FROM staff WHERE id = ?', [change.staffId]);
    if (!row) continue;
    const same = row.status === change.after.status && row.left_reason === change.after.left_reason && row.left_date === change.after.left_date;
    if (!same) {
      result.keptLater++;
      continue;
    }
    tx.run("UPDATE staff SET status = 'ACTIVE', left_reason = NULL, left_date = NULL, updated_at = ? WHERE id = ?", [at, change.staffId]);
    reactivated.push(change.staffId);
  }
  result.reactivated = reactivated.length;
  tx.auditMany('Staff', reactivated, `impor dibatalkan: ${last.fileName} (aktif kembali)`);

  const unitIds = tx.all<{ id: number }>('SELECT i.unit_id AS id FROM staff_import_unit i JOIN unit u ON u.id = i.unit_id WHERE i.import_id = ?', [importId])
    .map((r) => Number(r.id));
  const inUse = referencesTo(tx, 'unit', unitIds);
  const emptyUnits = unitIds.filter((id) => !inUse.has(id));
  result.unitsRemoved = tx.run('DELETE FROM unit WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(emptyUnits)]).changes;
  tx.auditMany('Unit', emptyUnits, `impor dibatalkan: ${last.fileName} (dihapus)`);

  tx.run('UPDATE staff_import SET reverted_at = ? WHERE id = ?', [at, importId]);
  tx.audit('RosterImport', importId, JSON.stringify({ undone: last.fileName, ...result }));
  return result;
}
