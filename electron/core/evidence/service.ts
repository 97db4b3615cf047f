// Evidence rows in the database. A row is a stored file (named by its hash) or a link; its owner (a session, a
// finding) refers to it through a link table of its own. Rows and files nobody refers to any more are removed:
// rows inside the owner's transaction, files after it committed (a file is never gone while a row needs it).
import fs from 'node:fs';
import type { SqlValue } from 'sql.js';
import type { Query, Tx } from '../db/database';
import { foreignKeysTo, quoteIdentifier } from '../db/foreignKeys';
import { UserError } from '../errors';
import type { EvidenceFileKind } from './fileType';
import type { StoredFile } from './store';
import { listStoredFiles, storedPathOf } from './store';
import type { EvidenceItem } from './types';

/** The longest caption and original name kept. */
const MAX_TEXT = 500;

interface EvidenceRow {
  id: number;
  sha256: string | null;
  url: string | null;
  original_name: string;
  size: number;
  mime: string;
  ext: string;
  file_kind: string;
  caption: string;
  added_at: string;
  [key: string]: SqlValue;
}

const toItem = (r: EvidenceRow): EvidenceItem => ({
  id: Number(r.id),
  kind: r.sha256 ? 'file' : 'link',
  sha256: r.sha256,
  url: r.url,
  originalName: r.original_name,
  size: Number(r.size),
  mime: r.mime,
  ext: r.ext,
  fileKind: r.file_kind ? (r.file_kind as EvidenceFileKind) : null,
  caption: r.caption,
  addedAt: r.added_at,
});

export interface EvidenceText {
  originalName: string;
  caption?: string;
  addedAt: string;
}

export function insertEvidenceFile(tx: Tx, stored: StoredFile, text: EvidenceText): number {
  const { lastId } = tx.run(
    `INSERT INTO evidence (sha256, original_name, size, mime, ext, file_kind, caption, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [stored.sha256, text.originalName.slice(0, MAX_TEXT), stored.size, stored.mime, stored.ext, stored.kind, (text.caption ?? '').slice(0, MAX_TEXT), text.addedAt]);
  tx.audit('Evidence', lastId, 'file');
  return lastId;
}

/** A link as evidence (a post on social media, a news page): http or https only. */
export function insertEvidenceLink(tx: Tx, link: { url: string; caption?: string; addedAt: string }): number {
  let url: URL;
  try {
    url = new URL(link.url.trim());
  } catch {
    throw new UserError('evidence-link-invalid', { field: 'url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('evidence-link-invalid', { field: 'url' });
  const { lastId } = tx.run(`INSERT INTO evidence (url, caption, added_at) VALUES (?, ?, ?)`, [url.href, (link.caption ?? '').slice(0, MAX_TEXT), link.addedAt]);
  tx.audit('Evidence', lastId, 'link');
  return lastId;
}

export function getEvidence(q: Query, ids: readonly number[]): EvidenceItem[] {
  if (ids.length === 0) return [];
  return q.all<EvidenceRow>('SELECT * FROM evidence WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id', [JSON.stringify(ids)]).map(toItem);
}

export function getEvidenceItem(q: Query, id: number): EvidenceItem {
  const item = getEvidence(q, [id])[0];
  if (!item) throw new UserError('evidence-not-found');
  return item;
}

/** Deletes the evidence rows no owner table refers to; returns how many. */
export function deleteUnreferencedEvidence(tx: Tx): number {
  const keys = foreignKeysTo(tx, 'evidence');
  const referenced = keys.map((k) => `SELECT ${quoteIdentifier(k.column)} FROM ${quoteIdentifier(k.table)}`).join(' UNION ');
  const orphans = tx.all<{ id: number }>(`SELECT id FROM evidence${referenced ? ` WHERE id NOT IN (${referenced})` : ''}`).map((r) => Number(r.id));
  if (orphans.length === 0) return 0;
  tx.run('DELETE FROM evidence WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(orphans)]);
  tx.auditMany('Evidence', orphans, 'removed');
  return orphans.length;
}

/** The stored files no evidence row refers to (to delete after the transaction that dropped their rows). */
export function unreferencedFiles(q: Query, dir: string): string[] {
  const kept = new Set(q.all<{ sha256: string; ext: string }>('SELECT DISTINCT sha256, ext FROM evidence WHERE sha256 IS NOT NULL').map((r) => `${r.sha256}.${r.ext}`));
  return listStoredFiles(dir).filter((f) => !kept.has(`${f.sha256}.${f.ext}`)).map((f) => storedPathOf(dir, f.sha256, f.ext));
}

/** Removes stored files nothing refers to; a file held by another program stays for the next clean-up. */
export function removeUnreferencedFiles(q: Query, dir: string): number {
  let removed = 0;
  for (const file of unreferencedFiles(q, dir)) {
    try {
      fs.rmSync(file);
      removed++;
    } catch {
      // held open by a viewer: removed by a later clean-up
    }
  }
  return removed;
}
