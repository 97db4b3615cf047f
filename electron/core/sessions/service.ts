// Sessions: planned, held or cancelled; each with its phase from its election's calendar.
import type { Query, Row, Tx } from '../db/database';
import { isIsoDate } from '../elections/dates';
import { phaseOf } from '../elections/phase';
import { findActiveElection, getElection } from '../elections/service';
import type { Election, IsoDate } from '../elections/types';
import { UserError } from '../errors';
import { getProfile } from '../profile/service';
import { decodeNip } from '../staff/identity/nip';
import { listUnits, unitKey } from '../staff/units';
import { ui } from '../../shared/messages';
import { audienceCounts, resolveAudience, storedAudience } from './audience';
import type { Audience, Session, SessionDetail, SessionFields, SessionStatus, Signer, TimeZone } from './types';

export type SessionInput = Omit<SessionFields, 'electionId'> & { id?: number; electionId?: number | null };

const labels = ui.sessions.fields;

function parseSpeakers(raw: unknown): string[] {
  try {
    const v = JSON.parse(String(raw)) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

function rowToFields(q: Query, r: Row): SessionFields {
  const signer: Signer | null = r.signer_name === null ? null : {
    name: String(r.signer_name), nip: String(r.signer_nip ?? ''), rank: String(r.signer_rank ?? ''), position: String(r.signer_position ?? ''),
  };
  return {
    electionId: r.election_id === null ? null : Number(r.election_id),
    date: String(r.date),
    startTime: String(r.start_time),
    endTime: r.end_time === null ? null : String(r.end_time),
    timeZone: String(r.time_zone) as TimeZone,
    place: String(r.place),
    topic: String(r.topic),
    speakers: parseSpeakers(r.speakers),
    signer,
    sheetTitle: r.sheet_title === null ? null : String(r.sheet_title),
    signCity: r.sign_city === null ? null : String(r.sign_city),
    audience: storedAudience(q, Number(r.id), String(r.audience)),
  };
}

function toSession(q: Query, r: Row, elections: Map<number, Election>): Session {
  const fields = rowToFields(q, r);
  const election = fields.electionId === null ? null : elections.get(fields.electionId) ?? getElection(q, fields.electionId);
  if (election) elections.set(election.id, election);
  return {
    ...fields,
    id: Number(r.id),
    status: String(r.status) as SessionStatus,
    electionName: election?.name ?? null,
    phase: election ? phaseOf(election, fields.date) : { phase: null, candidatesSet: null },
    ...audienceCounts(q, Number(r.id), String(r.audience)),
    updatedAt: String(r.updated_at),
  };
}

/** Upcoming first, the soonest on top; then the past ones, the latest on top. */
export function listSessions(q: Query, today: IsoDate): Session[] {
  const elections = new Map<number, Election>();
  const all = q.all('SELECT * FROM session').map((r) => toSession(q, r, elections));
  const key = (s: Session) => `${s.date} ${s.startTime}`;
  const upcoming = all.filter((s) => s.date >= today).sort((a, b) => key(a).localeCompare(key(b)) || a.id - b.id);
  const past = all.filter((s) => s.date < today).sort((a, b) => key(b).localeCompare(key(a)) || b.id - a.id);
  return [...upcoming, ...past];
}

/** The head of the OPD from the profile, as the sheet prints it when the session names no other signer. */
export function headOfOpd(q: Query): Signer {
  const p = getProfile(q);
  return { name: p.headName, nip: p.headNip, rank: p.headRank, position: p.headPosition };
}

export function getSession(q: Query, id: number): SessionDetail {
  const row = q.get('SELECT * FROM session WHERE id = ?', [id]);
  if (!row) throw new UserError('session-not-found');
  const session = toSession(q, row, new Map());
  const a = session.audience;
  const units = a.kind === 'UNITS'
    ? listUnits(q).filter((u) => a.unitIds.includes(u.id)).map(({ id: unitId, name, activeStaff }) => ({ id: unitId, name, activeStaff }))
    : [];
  const resolved = a.kind === 'STAFF' ? resolveAudience(q, a) : null;
  return {
    ...session,
    signerResolved: session.signer ?? headOfOpd(q),
    units,
    staff: resolved ? [...resolved.active, ...resolved.left] : [],
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function cleanAudience(q: Query, a: Audience): Audience {
  if (a.kind === 'ALL') return a;
  const ids = [...new Set(a.kind === 'UNITS' ? a.unitIds : a.staffIds)].sort((x, y) => x - y);
  if (ids.length === 0) throw new UserError(a.kind === 'UNITS' ? 'session-no-units' : 'session-no-staff', { field: 'audience' });
  const table = a.kind === 'UNITS' ? 'unit' : 'staff';
  const found = Number(q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)])?.n ?? 0);
  if (found !== ids.length) throw new UserError(a.kind === 'UNITS' ? 'unit-not-found' : 'staff-not-found', { field: 'audience' });
  return a.kind === 'UNITS' ? { kind: 'UNITS', unitIds: ids } : { kind: 'STAFF', staffIds: ids };
}

function cleanSigner(s: Signer | null): Signer | null {
  if (!s) return null;
  const name = s.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new UserError('required', { label: labels.signerName, field: 'signerName' });
  let nip = s.nip.trim();
  if (nip) {
    const decoded = decodeNip(nip);
    if (!decoded.ok) throw new UserError('invalid-nip', { label: labels.signerNip, value: nip, reason: decoded.reason, field: 'signerNip' });
    nip = decoded.digits;
  }
  return { name, nip, rank: s.rank.trim(), position: s.position.trim() };
}

function validate(q: Query, input: SessionInput): Omit<SessionFields, 'electionId'> {
  if (!isIsoDate(input.date)) throw new UserError('session-date-invalid', { value: input.date, field: 'date' });
  if (!TIME.test(input.startTime)) throw new UserError('session-time-invalid', { label: labels.startTime, value: input.startTime, field: 'startTime' });
  if (input.endTime !== null) {
    if (!TIME.test(input.endTime)) throw new UserError('session-time-invalid', { label: labels.endTime, value: input.endTime, field: 'endTime' });
    if (input.endTime <= input.startTime) throw new UserError('session-time-order', { start: input.startTime, end: input.endTime, field: 'endTime' });
  }
  const topic = input.topic.replace(/\s+/g, ' ').trim();
  if (!topic) throw new UserError('required', { label: labels.topic, field: 'topic' });
  const blankToNull = (v: string | null) => (v === null || v.trim() === '' ? null : v.replace(/\s+/g, ' ').trim());
  return {
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    timeZone: input.timeZone,
    place: input.place.replace(/\s+/g, ' ').trim(),
    topic,
    speakers: input.speakers.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean),
    signer: cleanSigner(input.signer),
    sheetTitle: blankToNull(input.sheetTitle),
    signCity: blankToNull(input.signCity),
    audience: cleanAudience(q, input.audience),
  };
}

function writeAudience(tx: Tx, id: number, audience: Audience): void {
  tx.run('DELETE FROM session_unit WHERE session_id = ?', [id]);
  tx.run('DELETE FROM session_staff WHERE session_id = ?', [id]);
  if (audience.kind === 'UNITS') tx.each('INSERT INTO session_unit (session_id, unit_id) VALUES (?, ?)', audience.unitIds.map((u) => [id, u]));
  if (audience.kind === 'STAFF') tx.each('INSERT INTO session_staff (session_id, staff_id) VALUES (?, ?)', audience.staffIds.map((s) => [id, s]));
}

export function saveSession(tx: Tx, input: SessionInput, now = new Date()): SessionDetail {
  const fields = validate(tx, input);
  let electionId: number | null;
  if (input.electionId === undefined) {
    electionId = input.id === undefined ? findActiveElection(tx)?.id ?? null : rowToFields(tx, existing(tx, input.id)).electionId;
  } else {
    electionId = input.electionId === null ? null : getElection(tx, input.electionId).id;
  }
  const params = {
    $election: electionId, $date: fields.date, $start: fields.startTime, $end: fields.endTime, $tz: fields.timeZone,
    $place: fields.place, $topic: fields.topic, $speakers: JSON.stringify(fields.speakers),
    $sname: fields.signer?.name ?? null, $snip: fields.signer?.nip ?? null, $srank: fields.signer?.rank ?? null, $spos: fields.signer?.position ?? null,
    $title: fields.sheetTitle, $city: fields.signCity, $audience: fields.audience.kind, $at: now.toISOString(),
  };
  let id: number;
  if (input.id === undefined) {
    id = tx.run(`INSERT INTO session (election_id, date, start_time, end_time, time_zone, place, topic, speakers, signer_name, signer_nip,
        signer_rank, signer_position, sheet_title, sign_city, audience, status, created_at, updated_at)
      VALUES ($election, $date, $start, $end, $tz, $place, $topic, $speakers, $sname, $snip, $srank, $spos, $title, $city, $audience, 'PLANNED', $at, $at)`, params).lastId;
  } else {
    existing(tx, input.id);
    id = input.id;
    tx.run(`UPDATE session SET election_id = $election, date = $date, start_time = $start, end_time = $end, time_zone = $tz, place = $place,
        topic = $topic, speakers = $speakers, signer_name = $sname, signer_nip = $snip, signer_rank = $srank, signer_position = $spos,
        sheet_title = $title, sign_city = $city, audience = $audience, updated_at = $at WHERE id = $id`, { ...params, $id: id });
  }
  writeAudience(tx, id, fields.audience);
  tx.audit('Session', id, input.id === undefined ? 'created' : undefined);
  return getSession(tx, id);
}

function existing(q: Query, id: number): Row {
  const row = q.get('SELECT * FROM session WHERE id = ?', [id]);
  if (!row) throw new UserError('session-not-found');
  return row;
}

export function setSessionStatus(tx: Tx, id: number, status: SessionStatus, now = new Date()): SessionDetail {
  existing(tx, id);
  tx.run('UPDATE session SET status = ?, updated_at = ? WHERE id = ?', [status, now.toISOString(), id]);
  tx.audit('Session', id, `status: ${status}`);
  return getSession(tx, id);
}

export function removeSession(tx: Tx, id: number): { removed: number } {
  const row = existing(tx, id);
  tx.run('DELETE FROM session WHERE id = ?', [id]);
  tx.audit('Session', id, `removed: ${String(row.date)} ${String(row.topic)}`);
  return { removed: id };
}

/** For the command line's --units "A;B": the units with these names (case, spacing and punctuation ignored). */
export function unitIdsByName(q: Query, names: string[]): { ids: number[]; unknown: string[] } {
  const byKey = new Map(listUnits(q).map((u) => [unitKey(u.name), u.id]));
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    const id = byKey.get(unitKey(name));
    if (id === undefined) unknown.push(name);
    else ids.push(id);
  }
  return { ids, unknown };
}
