// A finding's evidence, kept in the shared evidence store (evidence/): files copied once under their SHA-256 into
// bukti/ beside the database, or links. The finding refers to its rows through finding_evidence; removing a piece
// or the whole finding drops the link, then the row and the file go only when nothing else refers to them
// (another finding with the same screenshot keeps it). Files are removed after the transaction committed.
import type { Database, Query, Tx } from '../db/database';
import { localToday } from '../elections/dates';
import { UserError } from '../errors';
import { deleteUnreferencedEvidence, getEvidence, insertEvidenceFile, insertEvidenceLink, removeUnreferencedFiles } from '../evidence/service';
import type { StoredFile } from '../evidence/store';
import { storeEvidenceFile } from '../evidence/store';
import type { EvidenceItem } from '../evidence/types';
import { storedText } from '../text/storedText';
import { auditFinding } from './audit';
import { findingRow, getFinding } from './repository';
import { touchFinding } from './service';
import type { FindingDetail } from './types';

export interface ChosenEvidence {
  /** the file on this PC (from files.choose) */
  path: string;
  /** the user's file name, kept as text only */
  name: string;
  caption: string;
}

export function evidenceOf(q: Query, findingId: number): EvidenceItem[] {
  const ids = q.all('SELECT evidence_id FROM finding_evidence WHERE finding_id = ?', [findingId]).map((r) => Number(r.evidence_id));
  return getEvidence(q, ids);
}

/** Copies the files into the store (streamed, outside the transaction), then links them in one write. */
export async function addEvidenceFiles(db: Database, dir: string, findingId: number, files: readonly ChosenEvidence[], now = new Date()): Promise<FindingDetail> {
  db.read((q) => findingRow(q, findingId));
  const stored: { file: ChosenEvidence; stored: StoredFile }[] = [];
  for (const file of files) stored.push({ file, stored: await storeEvidenceFile(dir, file.path, { displayName: file.name }) });
  return db.write('findings.evidenceAdd', (tx) => {
    findingRow(tx, findingId);
    for (const { file, stored: s } of stored) {
      const id = insertEvidenceFile(tx, s, { originalName: storedText(file.name), caption: storedText(file.caption), addedAt: now.toISOString() });
      link(tx, findingId, id);
    }
    touchFinding(tx, findingId, now);
    return getFinding(tx, findingId, localToday(now));
  });
}

export function addEvidenceLink(tx: Tx, findingId: number, url: string, caption: string, now = new Date()): FindingDetail {
  findingRow(tx, findingId);
  const id = insertEvidenceLink(tx, { url, caption: storedText(caption), addedAt: now.toISOString() });
  link(tx, findingId, id);
  touchFinding(tx, findingId, now);
  return getFinding(tx, findingId, localToday(now));
}

function link(tx: Tx, findingId: number, evidenceId: number): void {
  tx.run('INSERT INTO finding_evidence (finding_id, evidence_id) VALUES (?, ?)', [findingId, evidenceId]);
  auditFinding(tx, findingId, `bukti ditambah (#${evidenceId})`);
}

export function removeEvidence(tx: Tx, findingId: number, evidenceId: number, now = new Date()): FindingDetail {
  const { changes } = tx.run('DELETE FROM finding_evidence WHERE finding_id = ? AND evidence_id = ?', [findingId, evidenceId]);
  if (changes === 0) throw new UserError('evidence-not-found');
  deleteUnreferencedEvidence(tx);
  touchFinding(tx, findingId, now);
  auditFinding(tx, findingId, `bukti dihapus (#${evidenceId})`);
  return getFinding(tx, findingId, localToday(now));
}

/** After a committed removal: the stored files no row refers to any more. */
export function cleanEvidenceFiles(db: Database, dir: string): number {
  return db.read((q) => removeUnreferencedFiles(q, dir));
}
