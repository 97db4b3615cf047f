// Units of the OPD (bidang, sub bagian, UPT, seksi): created by an import or by hand, renamable, mergeable.
// Two spellings that differ only in case, spacing or punctuation are the same unit.
import type { Query, Tx } from '../db/database';
import { UserError } from '../errors';
import { followUnitMerge } from '../sessions/audience';
import type { Unit } from './types';

export function unitKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[.,;:()'"`-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const UNIT_SELECT = `SELECT u.id, u.name,
    COUNT(s.id) AS total, COALESCE(SUM(s.status = 'ACTIVE'), 0) AS active
  FROM unit u LEFT JOIN staff s ON s.unit_id = u.id`;

function toUnit(r: Record<string, unknown>): Unit {
  return { id: Number(r.id), name: String(r.name), totalStaff: Number(r.total), activeStaff: Number(r.active) };
}

export function listUnits(q: Query): Unit[] {
  return q.all(`${UNIT_SELECT} GROUP BY u.id ORDER BY u.name COLLATE NOCASE`).map(toUnit);
}

export function getUnit(q: Query, id: number): Unit {
  const row = q.get(`${UNIT_SELECT} WHERE u.id = ? GROUP BY u.id`, [id]);
  if (!row) throw new UserError('unit-not-found');
  return toUnit(row);
}

function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new UserError('required', { label: 'Nama unit', field: 'name' });
  return clean;
}

function assertFree(q: Query, name: string, exceptId?: number): void {
  const other = q.get<{ id: number; name: string }>('SELECT id, name FROM unit WHERE name_key = ?', [unitKey(name)]);
  if (other && other.id !== exceptId) throw new UserError('unit-duplicate', { name: String(other.name), field: 'name' });
}

export function createUnit(tx: Tx, rawName: string, now = new Date()): Unit {
  const name = cleanName(rawName);
  assertFree(tx, name);
  const { lastId } = tx.run('INSERT INTO unit (name, name_key, created_at) VALUES (?, ?, ?)', [name, unitKey(name), now.toISOString()]);
  tx.audit('Unit', lastId, name);
  return getUnit(tx, lastId);
}

export function renameUnit(tx: Tx, id: number, rawName: string): Unit {
  getUnit(tx, id);
  const name = cleanName(rawName);
  assertFree(tx, name, id);
  tx.run('UPDATE unit SET name = ?, name_key = ? WHERE id = ?', [name, unitKey(name), id]);
  tx.audit('Unit', id, `rename: ${name}`);
  return getUnit(tx, id);
}

/** Moves every staff member of `sourceId` into `targetId`, then removes the source unit. */
export function mergeUnits(tx: Tx, sourceId: number, targetId: number, now = new Date()): Unit {
  if (sourceId === targetId) throw new UserError('unit-merge-same');
  const source = getUnit(tx, sourceId);
  getUnit(tx, targetId);
  const moved = tx.all<{ id: number }>('SELECT id FROM staff WHERE unit_id = ?', [sourceId]).map((r) => Number(r.id));
  tx.run('UPDATE staff SET unit_id = ?, updated_at = ? WHERE unit_id = ?', [targetId, now.toISOString(), sourceId]);
  tx.auditMany('Staff', moved, `unit merged: ${source.name}`);
  followUnitMerge(tx, sourceId, targetId);
  tx.run('DELETE FROM unit WHERE id = ?', [sourceId]);
  tx.audit('Unit', sourceId, `merged into ${targetId}`);
  return getUnit(tx, targetId);
}

/** For imports: the unit with this name, created when missing. `cache` maps unit keys to ids. */
export function unitIdFor(tx: Tx, name: string, cache: Map<string, number>, now: Date): { id: number; created: boolean } {
  const key = unitKey(name);
  const known = cache.get(key);
  if (known !== undefined) return { id: known, created: false };
  const { lastId } = tx.run('INSERT INTO unit (name, name_key, created_at) VALUES (?, ?, ?)', [name.replace(/\s+/g, ' ').trim(), key, now.toISOString()]);
  tx.audit('Unit', lastId, 'impor');
  cache.set(key, lastId);
  return { id: lastId, created: true };
}

export function unitKeyMap(q: Query): Map<string, number> {
  return new Map(q.all<{ id: number; name_key: string }>('SELECT id, name_key FROM unit').map((r) => [String(r.name_key), Number(r.id)]));
}
