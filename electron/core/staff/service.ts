// Adding and editing a person by hand, and marking them as left. The same identity rules as the import: NIP/NI
// PPPK/NIK decoded for gender and birth date, rank parsed, position type derived unless set. A unit or jabatan
// set by hand is flagged, so that the next import keeps it and shows the file's value as a conflict. People are
// not deleted: the one exception is a person added by mistake, removable while nothing refers to them.
import type { Tx } from '../db/database';
import { UserError } from '../errors';
import { classifyIdentifier, employmentContradicts, parseRank, positionTypeOf } from './identity';
import { errorMessage, fillTemplate, ui } from '../../shared/messages';
import { storedText } from '../text/storedText';
import { findStaffBy, getStaff } from './repository';
import type { z } from 'zod';
import type { markLeftInput, staffInput } from './schema';
import type { Gender, IsoDate, Staff } from './types';
import { getUnit } from './units';
import { referencesTo } from './references';
import type { Reference } from './references';

type StaffInput = z.output<typeof staffInput>;
type MarkLeftInput = z.output<typeof markLeftInput>;

interface Identity {
  nip: string | null;
  nik: string | null;
  gender: Gender | null;
  birthDate: IsoDate | null;
}

function identityOf(input: StaffInput, today: Date): Identity {
  const found = classifyIdentifier(input.identifier, 'nip', today);
  const invalid = (reason: string) => new UserError('staff-invalid-identifier', { value: input.identifier, reason, field: 'identifier' });
  switch (found.type) {
    case 'none':
      return { nip: null, nik: null, gender: input.gender, birthDate: input.birthDate };
    case 'old-nip':
      throw invalid(errorMessage('id-reason-old-nip'));
    case 'invalid':
      throw invalid(found.reason);
    case 'nik':
      return { nip: null, nik: found.nik.digits, gender: found.nik.gender, birthDate: found.nik.birthDate };
    case 'nip':
      if (employmentContradicts(input.employment, found.nip)) {
        throw new UserError('staff-employment-mismatch', {
          shape: found.nip.kind === 'PNS' ? 'NIP PNS' : 'NI PPPK', stated: ui.roster.employment[input.employment], field: 'employment',
        });
      }
      return { nip: found.nip.digits, nik: null, gender: found.nip.gender, birthDate: found.nip.birthDate };
  }
}

function assertUnique(tx: Tx, column: 'nip' | 'nik', value: string | null, selfId: number | undefined): void {
  if (!value) return;
  const other = findStaffBy(tx, column, value);
  if (other && other.id !== selfId) {
    throw new UserError(column === 'nip' ? 'staff-duplicate-nip' : 'staff-duplicate-nik', { value, name: other.name, field: 'identifier' });
  }
}

export function saveStaff(tx: Tx, input: StaffInput, now = new Date()): Staff {
  const name = storedText(input.name);
  if (!name) throw new UserError('required', { label: 'Nama', field: 'name' });
  if (input.id !== undefined) getStaff(tx, input.id);
  const who = identityOf(input, now);
  assertUnique(tx, 'nip', who.nip, input.id);
  assertUnique(tx, 'nik', who.nik, input.id);
  const rank = parseRank(input.rank, input.employment);
  if (rank?.unreadable) throw new UserError('staff-invalid-rank', { value: input.rank, field: 'rank' });
  if (input.unitId !== null) getUnit(tx, input.unitId);
  const position = input.position || null;

  const values = {
    $name: name, $nip: who.nip, $nik: who.nik, $employment: input.employment, $rank: rank?.rank ?? null,
    $rankName: rank?.rankName ?? null, $position: position, $positionType: input.positionType ?? positionTypeOf(position),
    $manual: input.positionType === null ? 0 : 1, $unitId: input.unitId, $gender: who.gender, $birthDate: who.birthDate,
    $birthPlace: input.birthPlace || null, $now: now.toISOString(),
  };
  if (input.id === undefined) {
    const flags = { $unitManual: input.unitId === null ? 0 : 1, $positionManual: position === null ? 0 : 1 };
    const { lastId } = tx.run(`INSERT INTO staff (name, nip, nik, employment, rank, rank_name, position, position_type,
        position_type_manual, unit_id, gender, birth_date, birth_place, unit_manual, position_manual, created_at, updated_at)
      VALUES ($name, $nip, $nik, $employment, $rank, $rankName, $position, $positionType, $manual, $unitId, $gender,
        $birthDate, $birthPlace, $unitManual, $positionManual, $now, $now)`, { ...values, ...flags });
    tx.audit('Staff', lastId, 'tambah');
    return getStaff(tx, lastId);
  }
  // a changed unit or jabatan is the user's from now on (until an import brings the same value or it is taken
  // from a file on purpose); an unchanged one keeps its flag
  tx.run(`UPDATE staff SET name = $name, nip = $nip, nik = $nik, employment = $employment, rank = $rank,
      rank_name = $rankName, position = $position, position_type = $positionType, position_type_manual = $manual,
      unit_manual = CASE WHEN unit_id IS $unitId THEN unit_manual ELSE 1 END,
      position_manual = CASE WHEN position IS $position THEN position_manual ELSE 1 END,
      unit_id = $unitId, gender = $gender, birth_date = $birthDate, birth_place = $birthPlace, updated_at = $now
    WHERE id = $id`, { ...values, $id: input.id });
  tx.audit('Staff', input.id, 'ubah');
  return getStaff(tx, input.id);
}

export function markLeft(tx: Tx, input: MarkLeftInput, now = new Date()): Staff {
  getStaff(tx, input.id);
  if (input.date > now.toISOString().slice(0, 10)) throw new UserError('staff-left-date-future', { value: input.date, field: 'date' });
  tx.run("UPDATE staff SET status = 'LEFT', left_reason = ?, left_date = ?, updated_at = ? WHERE id = ?", [input.reason, input.date, now.toISOString(), input.id]);
  tx.audit('Staff', input.id, `keluar: ${input.reason}`);
  return getStaff(tx, input.id);
}

export function reactivate(tx: Tx, id: number, now = new Date()): Staff {
  getStaff(tx, id);
  tx.run("UPDATE staff SET status = 'ACTIVE', left_reason = NULL, left_date = NULL, updated_at = ? WHERE id = ?", [now.toISOString(), id]);
  tx.audit('Staff', id, 'aktif kembali');
  return getStaff(tx, id);
}

/** Removes a person added by mistake. Refused while anything refers to them (see references.ts): then they can
 * only be marked as left. The audit entry keeps who it was, since the row is gone. */
export function removeStaff(tx: Tx, id: number): { removed: number; name: string } {
  const staff = getStaff(tx, id);
  const refs = referencesTo(tx, 'staff', [id]).get(id);
  if (refs) throw new UserError('staff-remove-referenced', { name: staff.name, what: describeReferences(refs) });
  tx.run('DELETE FROM staff WHERE id = ?', [id]);
  tx.audit('Staff', id, `hapus: ${JSON.stringify({ name: staff.name, nip: staff.nip, nik: staff.nik, unit: staff.unitName })}`);
  return { removed: id, name: staff.name };
}

/** "2 data kehadiran, 1 data ikrar": the referring tables in words (an unknown table by its name). */
export function describeReferences(refs: readonly Reference[]): string {
  const names: Record<string, string> = ui.roster.referenceTables;
  return refs.map((r) => `${r.count} ${names[r.table] ?? fillTemplate(ui.roster.referenceOther, { table: r.table })}`).join(', ');
}
