// Writes an import plan inside the caller's transaction: units first, then new people in one prepared
// statement, then the updated ones; every row audited. All or nothing: the caller's write() commits once.
import type { Tx } from '../db/database';
import { unitIdFor, unitKeyMap } from '../staff/units';
import type { ImportPlan, PlannedRow } from './plan';
import type { ImportResult } from './types';

const INSERT = `INSERT INTO staff (id, name, nip, nik, employment, rank, rank_name, position, position_type, unit_id,
    gender, birth_date, birth_place, created_at, updated_at)
  VALUES ($id, $name, $nip, $nik, $employment, $rank, $rankName, $position, $positionType, $unitId, $gender,
    $birthDate, $birthPlace, $now, $now)`;

// COALESCE keeps what the database has where the file has nothing; a hand-set position type is kept.
const UPDATE = `UPDATE staff SET name = $name, nip = COALESCE($nip, nip), nik = COALESCE($nik, nik),
    employment = $employment, rank = COALESCE($rank, rank), rank_name = COALESCE($rankName, rank_name),
    position = COALESCE($position, position),
    position_type = CASE WHEN position_type_manual = 1 OR $position IS NULL THEN position_type ELSE $positionType END,
    unit_id = COALESCE($unitId, unit_id), gender = COALESCE($gender, gender), birth_date = COALESCE($birthDate, birth_date),
    birth_place = COALESCE($birthPlace, birth_place), updated_at = $now
  WHERE id = $id`;

export function commitPlan(tx: Tx, plan: ImportPlan, fileName: string, now = new Date()): ImportResult {
  const at = now.toISOString();
  const units = unitKeyMap(tx);
  let unitsCreated = 0;
  const unitOf = (row: PlannedRow): number | null => {
    if (!row.draft.unit) return null;
    const unit = unitIdFor(tx, row.draft.unit, units, now);
    if (unit.created) unitsCreated++;
    return unit.id;
  };
  const params = (row: PlannedRow, id: number) => {
    const d = row.draft;
    return {
      $id: id, $name: d.name, $nip: d.nip, $nik: d.nik, $employment: d.employment, $rank: d.rank, $rankName: d.rankName,
      $position: d.position, $positionType: d.positionType, $unitId: unitOf(row), $gender: d.gender, $birthDate: d.birthDate,
      $birthPlace: d.birthPlace, $now: at,
    };
  };

  let nextId = Number(tx.get<{ m: number }>('SELECT COALESCE(MAX(id), 0) AS m FROM staff')?.m ?? 0) + 1;
  const created: number[] = [];
  tx.each(INSERT, (function* () {
    for (const row of plan.rows) {
      if (row.change !== 'new') continue;
      created.push(nextId);
      yield params(row, nextId++);
    }
  })());
  const updated: number[] = [];
  tx.each(UPDATE, (function* () {
    for (const row of plan.rows) {
      if (row.change !== 'updated' || row.existingId === null) continue;
      updated.push(row.existingId);
      yield params(row, row.existingId);
    }
  })());

  const detail = `impor: ${fileName}`;
  tx.auditMany('Staff', created, `${detail} (baru)`);
  tx.auditMany('Staff', updated, `${detail} (diperbarui)`);
  const result: ImportResult = {
    created: created.length, updated: updated.length, unchanged: plan.rows.filter((r) => r.change === 'unchanged').length,
    refused: plan.refused.length, unitsCreated,
  };
  tx.audit('RosterImport', null, JSON.stringify({ file: fileName, ...result }));
  return result;
}
