// Tick-off from the paper: marks by row number (ranges), by person (search, click) and walk-ins, each action kept
// with the marks as they were before it so that the last one can be undone. Marks are per version of the printed
// sheet; a session never printed from the app gets its order kept at the first mark.
import type { Query, Tx } from '../db/database';
import { findActiveElection } from '../elections/service';
import { UserError } from '../errors';
import { STAFF_SELECT, getStaff, rowToStaff } from '../staff/repository';
import type { SessionSignature } from '../pledges/signatures';
import { restoreSessionSignature, sessionSignature, signAtSession } from '../pledges/signatures';
import { sessionProof } from './proof';
import { parseRowNumbers } from './ranges';
import { DEFAULT_SHEET_OPTIONS, currentSheetIds, recordSheet, sheetStaffIds, sheetVersions } from './sheetVersions';
import type { ActionKind, Mark, MarkResult, MarkState, TickOff, TickOffCounts, TickOffRow, UndoableAction } from './types';

interface SessionRow {
  id: number;
  date: string;
  topic: string;
  status: string;
  electionId: number | null;
}

function sessionOf(q: Query, id: number): SessionRow {
  const r = q.get('SELECT id, date, topic, status, election_id FROM session WHERE id = ?', [id]);
  if (!r) throw new UserError('session-not-found');
  return { id: Number(r.id), date: String(r.date), topic: String(r.topic), status: String(r.status), electionId: r.election_id === null ? null : Number(r.election_id) };
}

function heldSession(q: Query, id: number): SessionRow {
  const s = sessionOf(q, id);
  if (s.status !== 'HELD') throw new UserError('attendance-not-held');
  return s;
}

/** The sheet's people by row number: the version asked for, or the latest, or (never printed) today's order. */
function sheetIds(q: Query, sessionId: number, version: number | null): { version: number | null; ids: number[]; blankRows: number } {
  const versions = sheetVersions(q, sessionId);
  const v = version === null ? versions.at(-1) : versions.find((x) => x.version === version);
  if (version !== null && !v) throw new UserError('attendance-version-not-found');
  if (!v) return { version: null, ids: currentSheetIds(q, sessionId, DEFAULT_SHEET_OPTIONS), blankRows: 0 };
  return { version: v.version, ids: sheetStaffIds(q, sessionId, v.version), blankRows: v.blankRows };
}

function statesOf(q: Query, sessionId: number): Map<number, MarkState> {
  const out = new Map<number, MarkState>();
  for (const r of q.all('SELECT staff_id, attended, walk_in FROM attendance WHERE session_id = ?', [sessionId])) {
    out.set(Number(r.staff_id), { staffId: Number(r.staff_id), attended: Number(r.attended) === 1, signed: false, walkIn: Number(r.walk_in) === 1 });
  }
  for (const r of q.all('SELECT staff_id FROM pledge_signature WHERE session_id = ?', [sessionId])) {
    const id = Number(r.staff_id);
    const s = out.get(id) ?? { staffId: id, attended: false, signed: false, walkIn: false };
    out.set(id, { ...s, signed: true });
  }
  return out;
}

function countsOf(q: Query, sessionId: number, sheetSize: number): TickOffCounts {
  const r = q.get<{ a: number; w: number; g: number }>(`SELECT
      (SELECT COUNT(*) FROM attendance WHERE session_id = $s AND attended = 1) AS a,
      (SELECT COUNT(*) FROM attendance WHERE session_id = $s AND walk_in = 1) AS w,
      (SELECT COUNT(*) FROM pledge_signature WHERE session_id = $s) AS g`, { $s: sessionId });
  return { total: sheetSize + Number(r?.w ?? 0), attended: Number(r?.a ?? 0), signed: Number(r?.g ?? 0) };
}

function lastAction(q: Query, sessionId: number): UndoableAction | null {
  const r = q.get<{ id: number; summary: string }>('SELECT id, summary FROM attendance_action WHERE session_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1', [sessionId]);
  if (!r) return null;
  const s = JSON.parse(String(r.summary)) as { kind: ActionKind; count: number };
  return { id: Number(r.id), kind: s.kind, count: s.count };
}

export function getTickOff(q: Query, sessionId: number, version: number | null = null): TickOff {
  const session = sessionOf(q, sessionId);
  const sheet = sheetIds(q, sessionId, version);
  const states = statesOf(q, sessionId);
  const onSheet = new Set(sheet.ids);
  const walkInIds = [...states.values()].filter((s) => s.walkIn && !onSheet.has(s.staffId)).map((s) => s.staffId);
  const people = new Map(q.all(`${STAFF_SELECT} WHERE s.id IN (SELECT value FROM json_each(?))`, [JSON.stringify([...sheet.ids, ...walkInIds])]).map(rowToStaff).map((s) => [s.id, s]));
  const row = (staffId: number, no: number | null): TickOffRow => {
    const p = people.get(staffId);
    const st = states.get(staffId);
    return {
      no, staffId, name: p?.name ?? '', identifier: p?.nip ?? p?.nik ?? '', unitName: p?.unitName ?? null,
      attended: st?.attended ?? false, signed: st?.signed ?? false, walkIn: st?.walkIn ?? no === null,
    };
  };
  return {
    sessionId, date: session.date, topic: session.topic, version: sheet.version, versions: sheetVersions(q, sessionId),
    rows: sheet.ids.map((id, i) => row(id, i + 1)),
    blankRows: sheet.blankRows,
    walkIns: walkInIds.map((id) => row(id, null)).sort((a, b) => a.name.localeCompare(b.name, 'id')),
    counts: countsOf(q, sessionId, sheet.ids.length),
    undo: lastAction(q, sessionId),
    proof: sessionProof(q, sessionId),
  };
}

interface Before {
  s: number;
  /** null = no attendance row */
  a: { attended: boolean; walkIn: boolean } | null;
  g: SessionSignature | null;
}

function beforeOf(q: Query, sessionId: number, staffId: number): Before {
  const r = q.get('SELECT attended, walk_in FROM attendance WHERE session_id = ? AND staff_id = ?', [sessionId, staffId]);
  return { s: staffId, a: r ? { attended: Number(r.attended) === 1, walkIn: Number(r.walk_in) === 1 } : null, g: sessionSignature(q, sessionId, staffId) };
}

function setAttendance(tx: Tx, sessionId: number, staffId: number, a: Before['a'], now: Date): void {
  if (a === null) tx.run('DELETE FROM attendance WHERE session_id = ? AND staff_id = ?', [sessionId, staffId]);
  else {
    tx.run(`INSERT INTO attendance (session_id, staff_id, attended, walk_in, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (session_id, staff_id) DO UPDATE SET attended = excluded.attended, walk_in = excluded.walk_in, updated_at = excluded.updated_at`,
    [sessionId, staffId, a.attended ? 1 : 0, a.walkIn ? 1 : 0, now.toISOString()]);
  }
}

function electionFor(q: Query, session: SessionRow): number {
  const id = session.electionId ?? findActiveElection(q)?.id ?? null;
  if (id === null) throw new UserError('attendance-no-election');
  return id;
}

function kindOf(mark: Mark, value: boolean): ActionKind {
  if (mark === 'attended') return value ? 'attended' : 'unattended';
  return value ? 'signed' : 'unsigned';
}

/** Applies one action to these people, kept for undo. `walkIn` marks people not on the sheet. */
function apply(tx: Tx, session: SessionRow, staffIds: readonly number[], mark: Mark, value: boolean, kind: ActionKind, onSheet: ReadonlySet<number>, now: Date): MarkState[] {
  const before = staffIds.map((id) => beforeOf(tx, session.id, id));
  const electionId = mark === 'signed' && value ? electionFor(tx, session) : null;
  for (const b of before) {
    const walkIn = b.a?.walkIn ?? !onSheet.has(b.s);
    if (value) {
      setAttendance(tx, session.id, b.s, { attended: true, walkIn }, now);
      if (electionId !== null) signAtSession(tx, electionId, session.id, b.s, session.date, now);
    } else if (mark === 'attended') {
      // not there: no row left (a walk-in unmarked is no longer one), no signature at this session
      setAttendance(tx, session.id, b.s, null, now);
      restoreSessionSignature(tx, session.id, b.s, null);
    } else {
      restoreSessionSignature(tx, session.id, b.s, null);
    }
  }
  tx.run('INSERT INTO attendance_action (session_id, at, summary, before) VALUES (?, ?, ?, ?)',
    [session.id, now.toISOString(), JSON.stringify({ kind, count: staffIds.length }), JSON.stringify(before)]);
  tx.audit('Attendance', session.id, `${kind}: ${staffIds.length}`);
  const after = statesOfIds(tx, session.id, staffIds);
  return after;
}

function statesOfIds(q: Query, sessionId: number, ids: readonly number[]): MarkState[] {
  return ids.map((id) => {
    const b = beforeOf(q, sessionId, id);
    return { staffId: id, attended: b.a?.attended ?? false, signed: b.g !== null, walkIn: b.a?.walkIn ?? false };
  });
}

export interface MarkInput {
  sessionId: number;
  /** the version the secretary holds; null = the latest (or today's order, kept now, when never printed) */
  version: number | null;
  /** typed row numbers ("1-25, 27") or chosen people */
  target: { rows: string } | { staffIds: number[] };
  mark: Mark;
  value: boolean;
}

export function markAttendance(tx: Tx, input: MarkInput, now = new Date()): MarkResult {
  const session = heldSession(tx, input.sessionId);
  let sheet = sheetIds(tx, session.id, input.version);
  if (sheet.version === null) sheet = { ...sheet, version: recordSheet(tx, session.id, sheet.ids, 0, now).version };
  const onSheet = new Set(sheet.ids);
  let ids: number[];
  if ('rows' in input.target) {
    ids = parseRowNumbers(input.target.rows, sheet.ids.length).map((n) => sheet.ids[n - 1]!);
  } else {
    ids = [...new Set(input.target.staffIds)];
    for (const id of ids) getStaff(tx, id);
  }
  const changed = apply(tx, session, ids, input.mark, input.value, kindOf(input.mark, input.value), onSheet, now);
  return { version: sheet.version!, changed, counts: countsOf(tx, session.id, sheet.ids.length), undo: lastAction(tx, session.id) };
}

/** Someone not printed on this version of the sheet (written on a blank row, or invited elsewhere). */
export function addWalkIn(tx: Tx, input: { sessionId: number; version: number | null; staffId: number; signed: boolean }, now = new Date()): MarkResult {
  const session = heldSession(tx, input.sessionId);
  let sheet = sheetIds(tx, session.id, input.version);
  if (sheet.version === null) sheet = { ...sheet, version: recordSheet(tx, session.id, sheet.ids, 0, now).version };
  const person = getStaff(tx, input.staffId);
  const at = sheet.ids.indexOf(person.id);
  if (at >= 0) throw new UserError('attendance-already-on-sheet', { name: person.name, no: at + 1 });
  if (person.status === 'LEFT' && person.leftDate !== null && person.leftDate < session.date) {
    throw new UserError('attendance-staff-left', { name: person.name, date: person.leftDate.split('-').reverse().join('/') });
  }
  const changed = apply(tx, session, [person.id], input.signed ? 'signed' : 'attended', true, 'walkIn', new Set(sheet.ids), now);
  return { version: sheet.version!, changed, counts: countsOf(tx, session.id, sheet.ids.length), undo: lastAction(tx, session.id) };
}

/** Takes the session's last action back: every mark it touched as it was before. */
export function undoLastAction(tx: Tx, sessionId: number, now = new Date()): { undone: UndoableAction } & MarkResult {
  heldSession(tx, sessionId);
  const action = lastAction(tx, sessionId);
  if (!action) throw new UserError('attendance-nothing-to-undo');
  const before = JSON.parse(String(tx.get<{ before: string }>('SELECT before FROM attendance_action WHERE id = ?', [action.id])!.before)) as Before[];
  for (const b of before) {
    setAttendance(tx, sessionId, b.s, b.a, now);
    restoreSessionSignature(tx, sessionId, b.s, b.g);
  }
  tx.run('UPDATE attendance_action SET undone_at = ? WHERE id = ?', [now.toISOString(), action.id]);
  tx.audit('Attendance', sessionId, `urungkan: ${action.kind} ${action.count}`);
  const sheet = sheetIds(tx, sessionId, null);
  return { undone: action, version: sheet.version ?? 0, changed: statesOfIds(tx, sessionId, before.map((b) => b.s)), counts: countsOf(tx, sessionId, sheet.ids.length), undo: lastAction(tx, sessionId) };
}
