// Writes an import plan inside the caller's transaction: units first, then new people in one prepared
// statement, then the updated ones, then the missing people the user chose to mark as left; every row audited,
// and everything recorded in the import log (staff_import*) so that "Batalkan impor terakhir" can take it back
// exactly. All or nothing: the caller's write() commits once.
import type { Tx } from '../../../db/database';
import { UserError } from '../../../errors';
import { unitIdFor, unitKeyMap } from '../../units';
import type { ResolvedUnit } from '../../units';
import type { ImportPlan, StaffColumn, StaffColumns } from './plan';
import { STAFF_COLUMNS } from './plan';
import type { ImportChoices, ImportResult } from '../previewTypes';

// Positional parameters: binding an array is markedly faster in sql.js than binding named ones (and, measured,
// faster than passing all rows as one JSON array for SQLite to unpack with json_each).
const INSERT = `INSERT INTO staff (id, name, nip, nik, employment, rank, rank_name, position, position_type, unit_id,
    gender, birth_date, birth_place, created_at, updated_at)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)`;

const UPDATE = `UPDATE staff SET ${STAFF_COLUMNS.map((c, i) => `${c} = ?${i + 2}`).join(', ')}, updated_at = ?${STAFF_COLUMNS.length + 2}
  WHERE id = ?1`;

const LOG_CHANGE = 'INSERT INTO staff_import_change (import_id, staff_id, kind, before, after) VALUES (?, ?, ?, ?, ?)';

/** The unit key beside a changed unit id in the log: an undo can find the unit again after it was merged away. */
type Logged = Partial<Record<StaffColumn | 'unit_key', string | number | null>>;

function takesFile(choices: ImportChoices, staffId: number | null): boolean {
  if (staffId === null || !choices.takeFile) return false;
  return choices.takeFile === 'all' || choices.takeFile.includes(staffId);
}

export function commitPlan(tx: Tx, plan: ImportPlan, fileName: string, choices: ImportChoices = {}, now = new Date()): ImportResult {
  const at = now.toISOString();
  const importId = tx.run(
    'INSERT INTO staff_import (at, file_name, created, updated, marked_left, units_created) VALUES (?, ?, 0, 0, 0, 0)', [at, fileName],
  ).lastId;

  const units = unitKeyMap(tx);
  const unitKeys = new Map<number, string>();
  for (const [key, id] of units) if (!unitKeys.has(id)) unitKeys.set(id, key);
  const unitsCreated: number[] = [];
  const unitIdOf = (unit: ResolvedUnit | null): number | null => {
    if (!unit) return null;
    if (unit.id !== null) return unit.id;
    const made = unitIdFor(tx, unit.name, units, now);
    if (made.created) unitsCreated.push(made.id);
    return made.id;
  };

  // new people
  let nextId = Number(tx.get<{ m: number }>('SELECT COALESCE(MAX(id), 0) AS m FROM staff')?.m ?? 0) + 1;
  const created: number[] = [];
  tx.each(INSERT, (function* () {
    for (const row of plan.rows) {
      if (row.change !== 'new') continue;
      const d = row.draft;
      created.push(nextId);
      yield [nextId++, d.name, d.nip, d.nik, d.employment, d.rank, d.rankName, d.position, d.positionType, unitIdOf(row.unit),
        d.gender, d.birthDate, d.birthPlace, at];
    }
  })());

  // people it knows: the default changes, plus the file's values where the user took them
  const updated: number[] = [];
  const logs: [number, number, string, string, string][] = [];
  let conflictsKept = 0;
  const writes: (string | number | null)[][] = [];
  for (const row of plan.rows) {
    const existing = row.existing;
    if (!existing) continue;
    const take = row.conflicts.length > 0 && takesFile(choices, row.existingId);
    if (row.conflicts.length > 0 && !take) conflictsKept++;
    const next: StaffColumns = { ...existing.cols, ...row.write.cols, ...(take ? row.take.cols : {}) };
    const unit = take && row.take.unit ? row.take.unit : row.write.unit;
    if (unit) next.unit_id = unitIdOf(unit);
    const before: Logged = {};
    const after: Logged = {};
    for (const c of STAFF_COLUMNS) {
      if (next[c] === existing.cols[c]) continue;
      before[c] = existing.cols[c];
      after[c] = next[c];
    }
    if (Object.keys(after).length === 0) continue;
    if ('unit_id' in after) {
      before.unit_key = existing.cols.unit_id === null ? null : unitKeys.get(Number(existing.cols.unit_id)) ?? null;
      after.unit_key = unit?.key ?? null;
    }
    // a row whose only writes are flags (a file confirmed a hand-set value) is not an update the user sees
    if (row.change === 'updated' || take) updated.push(existing.id);
    writes.push([existing.id, ...STAFF_COLUMNS.map((c) => next[c]), at]);
    logs.push([importId, existing.id, 'updated', JSON.stringify(before), JSON.stringify(after)]);
  }
  tx.each(UPDATE, writes);

  // missing people the user chose to mark as left (only people who really are missing from this file)
  const markedLeft: number[] = [];
  const left = choices.markLeft;
  if (left && left.ids.length > 0) {
    if (left.date > at.slice(0, 10)) throw new UserError('staff-left-date-future', { value: left.date, field: 'date' });
    const missing = new Set(plan.missing.map((m) => m.id));
    const ids = [...new Set(left.ids)].filter((id) => missing.has(id));
    tx.each("UPDATE staff SET status = 'LEFT', left_reason = ?, left_date = ?, updated_at = ? WHERE id = ? AND status = 'ACTIVE'",
      ids.map((id) => [left.reason, left.date, at, id]));
    for (const id of ids) {
      markedLeft.push(id);
      logs.push([importId, id, 'left', JSON.stringify({ status: 'ACTIVE', left_reason: null, left_date: null }),
        JSON.stringify({ status: 'LEFT', left_reason: left.reason, left_date: left.date })]);
    }
  }

  tx.run(`INSERT INTO staff_import_change (import_id, staff_id, kind) SELECT ?, value, 'created' FROM json_each(?)`, [importId, JSON.stringify(created)]);
  tx.each(LOG_CHANGE, logs);
  tx.each('INSERT INTO staff_import_unit (import_id, unit_id) VALUES (?, ?)', unitsCreated.map((id) => [importId, id]));

  const detail = `impor: ${fileName}`;
  tx.auditMany('Staff', created, `${detail} (baru)`);
  tx.auditMany('Staff', updated, `${detail} (diperbarui)`);
  tx.auditMany('Staff', markedLeft, `${detail} (keluar: ${left?.reason ?? ''} ${left?.date ?? ''})`);
  const updatedSet = new Set(updated);
  const result: ImportResult = {
    created: created.length, updated: updated.length, unchanged: plan.rows.filter((r) => r.existing && !updatedSet.has(r.existing.id)).length,
    refused: plan.refused.length, unitsCreated: unitsCreated.length, markedLeft: markedLeft.length, conflictsKept, importId,
  };
  tx.run('UPDATE staff_import SET created = ?, updated = ?, marked_left = ?, units_created = ? WHERE id = ?',
    [result.created, result.updated, result.markedLeft, result.unitsCreated, importId]);
  tx.audit('RosterImport', importId, JSON.stringify({ file: fileName, ...result }));
  return result;
}
