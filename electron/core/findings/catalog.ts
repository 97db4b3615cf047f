// The violation catalog (SKB 2022 Lampiran II, seeded by migration 7) as editable reference data: the user adds
// entries, edits them, retires and restores them. An entry a finding uses is never deleted (a foreign key keeps
// it); retired, it is no longer offered for a new finding and still shown on the old ones.
import type { Query, Row, Tx } from '../db/database';
import { UserError } from '../errors';
import { storedText } from '../text/storedText';
import type { DisciplineLevel, ViolationType } from './types';

export type ViolationTypeInput = Pick<ViolationType, 'code' | 'act' | 'ethicsForm' | 'disciplineLevelBefore' | 'disciplineLevelAfter' | 'nonAsnNote' | 'villageNote'> & { id?: number };

const SELECT = `SELECT v.*, (SELECT COUNT(*) FROM finding f WHERE f.violation_type_id = v.id) AS used_by FROM violation_type v`;

function rowToType(r: Row): ViolationType {
  return {
    id: Number(r.id),
    code: String(r.code),
    act: String(r.act),
    ethicsForm: r.ethics_form === null ? null : String(r.ethics_form),
    disciplineLevelBefore: r.discipline_level_before === null ? null : (String(r.discipline_level_before) as DisciplineLevel),
    disciplineLevelAfter: r.discipline_level_after === null ? null : (String(r.discipline_level_after) as DisciplineLevel),
    nonAsnNote: String(r.non_asn_note),
    villageNote: String(r.village_note),
    sortOrder: Number(r.sort_order),
    seeded: Number(r.seeded) === 1,
    retired: r.retired_at !== null,
    usedBy: Number(r.used_by ?? 0),
  };
}

/** Every entry, retired ones included (the screen offers only the others for a new finding). */
export function listViolationTypes(q: Query): ViolationType[] {
  return q.all(`${SELECT} ORDER BY v.sort_order, v.id`).map(rowToType);
}

export function getViolationType(q: Query, id: number): ViolationType {
  const r = q.get(`${SELECT} WHERE v.id = ?`, [id]);
  if (!r) throw new UserError('violation-type-not-found');
  return rowToType(r);
}

export function saveViolationType(tx: Tx, input: ViolationTypeInput, now = new Date()): ViolationType {
  const code = storedText(input.code);
  const act = storedText(input.act);
  if (!code) throw new UserError('required', { label: 'Kode', field: 'code' });
  if (!act) throw new UserError('required', { label: 'Bentuk pelanggaran', field: 'act' });
  const ethicsForm = input.ethicsForm === null ? null : storedText(input.ethicsForm) || null;
  if (ethicsForm === null && input.disciplineLevelBefore === null && input.disciplineLevelAfter === null) {
    throw new UserError('violation-type-no-form', { field: 'ethicsForm' });
  }
  const clash = tx.get('SELECT id FROM violation_type WHERE code = ?', [code]);
  if (clash && Number(clash.id) !== input.id) throw new UserError('violation-type-duplicate-code', { value: code, field: 'code' });
  const values = {
    $code: code, $act: act, $ethics: ethicsForm, $before: input.disciplineLevelBefore, $after: input.disciplineLevelAfter,
    $nonAsn: storedText(input.nonAsnNote), $village: storedText(input.villageNote), $now: now.toISOString(),
  };
  if (input.id === undefined) {
    const order = Number(tx.get<{ n: number }>('SELECT COALESCE(MAX(sort_order), 0) + 10 AS n FROM violation_type')?.n ?? 10);
    const { lastId } = tx.run(`INSERT INTO violation_type (code, act, ethics_form, discipline_level_before, discipline_level_after,
        non_asn_note, village_note, sort_order, seeded, created_at, updated_at)
      VALUES ($code, $act, $ethics, $before, $after, $nonAsn, $village, $order, 0, $now, $now)`, { ...values, $order: order });
    tx.audit('ViolationType', lastId, 'tambah');
    return getViolationType(tx, lastId);
  }
  getViolationType(tx, input.id);
  tx.run(`UPDATE violation_type SET code = $code, act = $act, ethics_form = $ethics, discipline_level_before = $before,
      discipline_level_after = $after, non_asn_note = $nonAsn, village_note = $village, updated_at = $now WHERE id = $id`, { ...values, $id: input.id });
  tx.audit('ViolationType', input.id, 'ubah');
  return getViolationType(tx, input.id);
}

export function setViolationTypeRetired(tx: Tx, id: number, retired: boolean, now = new Date()): ViolationType {
  getViolationType(tx, id);
  tx.run('UPDATE violation_type SET retired_at = ?, updated_at = ? WHERE id = ?', [retired ? now.toISOString() : null, now.toISOString(), id]);
  tx.audit('ViolationType', id, retired ? 'pensiunkan' : 'aktifkan');
  return getViolationType(tx, id);
}

/** Only an entry no finding uses, added by the user, can go; a seeded or used one is retired instead. */
export function removeViolationType(tx: Tx, id: number): { removed: number } {
  const t = getViolationType(tx, id);
  if (t.usedBy > 0 || t.seeded) throw new UserError('violation-type-in-use', { count: t.usedBy });
  tx.run('DELETE FROM violation_type WHERE id = ?', [id]);
  tx.audit('ViolationType', id, 'hapus');
  return { removed: id };
}
