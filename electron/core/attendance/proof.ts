// A session's proof: the scan or photo of the signed sheet and photos of the event, kept in the evidence store
// (one file per SHA-256 in bukti/ beside the database) and linked to the session by session_evidence.
import type { Query, Tx } from '../db/database';
import { deleteUnreferencedEvidence, getEvidence, insertEvidenceFile } from '../evidence/service';
import type { StoredFile } from '../evidence/store';
import type { EvidenceItem } from '../evidence/types';
import { UserError } from '../errors';

export function sessionProof(q: Query, sessionId: number): EvidenceItem[] {
  const ids = q.all<{ evidence_id: number }>('SELECT evidence_id FROM session_evidence WHERE session_id = ? ORDER BY evidence_id', [sessionId]).map((r) => Number(r.evidence_id));
  return getEvidence(q, ids);
}

/** Links files already stored (storeEvidenceFile, before the transaction) to the session. */
export function addSessionProof(tx: Tx, sessionId: number, files: readonly { stored: StoredFile; name: string }[], now = new Date()): EvidenceItem[] {
  if (!tx.get('SELECT 1 AS x FROM session WHERE id = ?', [sessionId])) throw new UserError('session-not-found');
  for (const f of files) {
    const id = insertEvidenceFile(tx, f.stored, { originalName: f.name, addedAt: now.toISOString() });
    tx.run('INSERT INTO session_evidence (session_id, evidence_id) VALUES (?, ?)', [sessionId, id]);
  }
  tx.audit('Session', sessionId, `bukti +${files.length}`);
  return sessionProof(tx, sessionId);
}

export function removeSessionProof(tx: Tx, sessionId: number, evidenceId: number): EvidenceItem[] {
  if (tx.run('DELETE FROM session_evidence WHERE session_id = ? AND evidence_id = ?', [sessionId, evidenceId]).changes === 0) throw new UserError('evidence-not-found');
  deleteUnreferencedEvidence(tx);
  tx.audit('Session', sessionId, `bukti -${evidenceId}`);
  return sessionProof(tx, sessionId);
}
