// Signatures of the pledge: one person, one election, a date, the session it was signed at (NULL = outside a
// session) and the text version in force that day. A session's "signed" mark on its sheet is its signature.
import type { Query, Tx } from '../db/database';
import { UserError } from '../errors';
import type { IsoDate } from '../elections/types';
import { firstCountingVersion, textInForce } from './texts';

export interface SessionSignature {
  electionId: number;
  signedOn: IsoDate;
  textId: number;
  createdAt: string;
}

export function sessionSignature(q: Query, sessionId: number, staffId: number): SessionSignature | null {
  const r = q.get('SELECT election_id, signed_on, text_id, created_at FROM pledge_signature WHERE session_id = ? AND staff_id = ?', [sessionId, staffId]);
  return r ? { electionId: Number(r.election_id), signedOn: String(r.signed_on), textId: Number(r.text_id), createdAt: String(r.created_at) } : null;
}

/** Puts back exactly the signature an undo restores (same date, text version and time). */
export function restoreSessionSignature(tx: Tx, sessionId: number, staffId: number, s: SessionSignature | null): void {
  tx.run('DELETE FROM pledge_signature WHERE session_id = ? AND staff_id = ?', [sessionId, staffId]);
  if (s) {
    tx.run('INSERT INTO pledge_signature (election_id, staff_id, signed_on, session_id, text_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [s.electionId, staffId, s.signedOn, sessionId, s.textId, s.createdAt]);
  }
}

export function signAtSession(tx: Tx, electionId: number, sessionId: number, staffId: number, date: IsoDate, now = new Date()): void {
  if (sessionSignature(tx, sessionId, staffId)) return;
  restoreSessionSignature(tx, sessionId, staffId, { electionId, signedOn: date, textId: textInForce(tx, date, now), createdAt: now.toISOString() });
}

/** "Ditandatangani di luar sesi": on a date, without a session. */
export function signOutsideSession(tx: Tx, electionId: number, staffId: number, date: IsoDate, now = new Date()): number {
  const { lastId } = tx.run('INSERT INTO pledge_signature (election_id, staff_id, signed_on, session_id, text_id, created_at) VALUES (?, ?, ?, NULL, ?, ?)',
    [electionId, staffId, date, textInForce(tx, date, now), now.toISOString()]);
  tx.audit('PledgeSignature', lastId, `staff ${staffId}, ${date}, di luar sesi`);
  return lastId;
}

export function removeSignature(tx: Tx, id: number): void {
  if (tx.run('DELETE FROM pledge_signature WHERE id = ? AND session_id IS NULL', [id]).changes === 0) throw new UserError('pledge-signature-not-found');
  tx.audit('PledgeSignature', id, 'hapus');
}

export interface CountingSignature {
  staffId: number;
  signedOn: IsoDate;
  sessionId: number | null;
  textVersion: number;
}

/** Per person, the earliest signature that counts on `asOf`: made on or before it, on a version that still counts. */
export function countingSignatures(q: Query, electionId: number, asOf: IsoDate): Map<number, CountingSignature> {
  const rows = q.all<{ staff_id: number; signed_on: string; session_id: number | null; version: number }>(`SELECT p.staff_id, p.signed_on, p.session_id, t.version
    FROM pledge_signature p JOIN pledge_text t ON t.id = p.text_id
    WHERE p.election_id = ? AND p.signed_on <= ? AND t.version >= ? ORDER BY p.signed_on, p.id`, [electionId, asOf, firstCountingVersion(q)]);
  const out = new Map<number, CountingSignature>();
  for (const r of rows) {
    const id = Number(r.staff_id);
    if (!out.has(id)) out.set(id, { staffId: id, signedOn: String(r.signed_on), sessionId: r.session_id === null ? null : Number(r.session_id), textVersion: Number(r.version) });
  }
  return out;
}
