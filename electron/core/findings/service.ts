// Recording, changing, opening and deleting a finding. Every change and every open is audited on the finding
// (which fields changed, never their values); a deletion leaves its audit entry behind.
import type { Query, Tx } from '../db/database';
import { isIsoDate, localToday } from '../elections/dates';
import { findActiveElection, getElection } from '../elections/service';
import type { IsoDate } from '../elections/types';
import { UserError } from '../errors';
import { deleteUnreferencedEvidence } from '../evidence/service';
import { storedText } from '../text/storedText';
import { ui } from '../../shared/messages';
import { auditFinding } from './audit';
import { getViolationType } from './catalog';
import type { PersonInput } from './person';
import { resolvePerson } from './person';
import { findingRow, getFinding } from './repository';
import type { FindingDetail, FindingFields, FindingSource } from './types';

/** As the form sends it: the person chosen or typed (resolved here), the rest as stored. */
export type FindingInput = Omit<FindingFields, 'person'> & {
  id?: number;
  /** absent on a new finding = the active election */
  electionId?: number | null;
  person: PersonInput;
};

const labels = ui.findings.fields;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkDate(value: IsoDate, label: string, field: string, today: IsoDate): void {
  if (!isIsoDate(value)) throw new UserError('finding-date-invalid', { label, value, field });
  if (value > today) throw new UserError('finding-date-future', { label, value, field });
}

function cleanLink(link: string | null, source: FindingSource): string | null {
  const text = link === null ? '' : link.trim();
  if (text === '') {
    if (source === 'SOCIAL_MEDIA') throw new UserError('finding-link-required', { field: 'sourceLink' });
    return null;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError('finding-link-invalid', { value: text, field: 'sourceLink' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('finding-link-invalid', { value: text, field: 'sourceLink' });
  return url.href;
}

/** The columns as stored, in the order the audit names them. */
function columnsOf(tx: Tx, input: FindingInput, now: Date) {
  const today = localToday(now);
  checkDate(input.actDate, labels.actDate, 'actDate', today);
  checkDate(input.knownDate, labels.knownDate, 'knownDate', today);
  if (input.knownDate < input.actDate) throw new UserError('finding-known-before-act', { field: 'knownDate' });
  if (input.actTime !== null && !TIME.test(input.actTime)) throw new UserError('finding-time-invalid', { value: input.actTime, field: 'actTime' });
  const person = resolvePerson(tx, input.person, now);
  const sbt = storedText(input.sbtNumber ?? '');
  return {
    staff_id: person.staffId, person_name: person.name, person_nip: person.nip, person_nik: person.nik, person_position: person.position,
    person_position_type: person.positionType, person_unit: person.unit, person_employment: person.employment,
    violation_type_id: input.violationTypeId, known_date: input.knownDate, act_date: input.actDate, act_time: input.actTime,
    act_place: storedText(input.actPlace), source: input.source, source_link: cleanLink(input.sourceLink, input.source),
    sbt_number: sbt === '' ? null : sbt, description: storedText(input.description, { multiline: true }),
  };
}

function electionFor(q: Query, input: FindingInput): number | null {
  if (input.electionId === undefined) {
    if (input.id !== undefined) {
      const v = findingRow(q, input.id).election_id;
      return v === null ? null : Number(v);
    }
    return findActiveElection(q)?.id ?? null;
  }
  return input.electionId === null ? null : getElection(q, input.electionId).id;
}

export function saveFinding(tx: Tx, input: FindingInput, now = new Date()): FindingDetail {
  const old = input.id === undefined ? null : findingRow(tx, input.id);
  const type = getViolationType(tx, input.violationTypeId);
  // a retired entry stays on the findings that have it, and is not chosen anew
  if (type.retired && Number(old?.violation_type_id) !== type.id) throw new UserError('violation-type-retired', { code: type.code });
  const cols = { ...columnsOf(tx, input, now), election_id: electionFor(tx, input) };
  const at = now.toISOString();
  const names = Object.keys(cols) as (keyof typeof cols)[];
  const params = Object.fromEntries(names.map((n) => [`$${n}`, cols[n]]));
  if (old === null) {
    const { lastId } = tx.run(`INSERT INTO finding (${names.join(', ')}, created_at, updated_at)
      VALUES (${names.map((n) => `$${n}`).join(', ')}, $at, $at)`, { ...params, $at: at });
    auditFinding(tx, lastId, 'dicatat');
    return getFinding(tx, lastId, localToday(now));
  }
  const id = Number(old.id);
  const changed = names.filter((n) => (old[n] ?? null) !== (cols[n] ?? null));
  if (changed.length > 0) {
    tx.run(`UPDATE finding SET ${names.map((n) => `${n} = $${n}`).join(', ')}, updated_at = $at WHERE id = $id`, { ...params, $at: at, $id: id });
    auditFinding(tx, id, `diubah: ${changed.join(', ')}`);
  }
  return getFinding(tx, id, localToday(now));
}

/** Opening a finding is recorded (who looked at it, when) before it is shown. */
export function openFinding(tx: Tx, id: number, today: IsoDate): FindingDetail {
  findingRow(tx, id);
  auditFinding(tx, id, 'dibuka');
  return getFinding(tx, id, today);
}

export function touchFinding(tx: Tx, id: number, now: Date): void {
  tx.run('UPDATE finding SET updated_at = ? WHERE id = ?', [now.toISOString(), id]);
}

/** Deletes the finding, its chronology, steps and evidence links; its audit trail stays, with the deletion. */
export function removeFinding(tx: Tx, id: number): { removed: number } {
  findingRow(tx, id);
  tx.run('DELETE FROM finding WHERE id = ?', [id]);
  // its links went with it (ON DELETE CASCADE); rows nothing else refers to go now, their files after the commit
  deleteUnreferencedEvidence(tx);
  auditFinding(tx, id, 'dihapus');
  return { removed: id };
}
