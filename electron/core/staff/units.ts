// Units of the OPD (bidang, sub bagian, UPT, seksi): created by an import or by hand, renamable, mergeable.
// Two spellings that differ only in case, spacing or punctuation are the same unit. A merge or a rename keeps the
// old spelling as an alias of the surviving unit, so that the next import of last month's file maps it there
// instead of bringing the old unit back.
import type { Query, Tx } from '../db/database';
import { UserError } from '../errors';
import { followUnitMerge } from '../sessions/audience';
import type { Unit } from './types';

export function unitKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[.,;:()'"`-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Kept in capitals when a unit's name is tidied: school levels, office kinds, agencies. */
const ACRONYMS = new Set([
  'SD', 'SDN', 'SMP', 'SMPN', 'SMA', 'SMAN', 'SMK', 'SMKN', 'SLB', 'MI', 'MIN', 'MTS', 'MA', 'MAN', 'TK', 'PAUD', 'KB', 'TPA',
  'PKBM', 'SKB', 'UPT', 'UPTD', 'SKPD', 'OPD', 'RSUD', 'TU', 'UKPBJ', 'PPID', 'BLUD', 'TIK', 'IT', 'SDM', 'ASN', 'PNS',
  'PPPK', 'DPRD', 'BPBD', 'BKPSDM', 'BKD', 'KUA', 'PKK', 'RT', 'RW', 'KB', 'UMKM', 'IKM', 'PU', 'PUPR', 'LH', 'KTP', 'PTSP',
]);
/** Written in small letters inside a name: "Sub Bagian Umum dan Kepegawaian". */
const SMALL_WORDS = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'pada', 'untuk', 'yang', 'serta', 'dengan']);
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * A unit name as the import stores it when it creates the unit: a name written all in capitals (or all in small
 * letters) gets capitals at the start of words, "BIDANG PEMBINAAN SD" → "Bidang Pembinaan SD", with acronyms and
 * Roman numerals kept. A name already written in mixed case is kept as it is (only spaces are tidied).
 */
export function tidyUnitName(raw: string): string {
  const clean = raw.replace(/\s+/g, ' ').trim();
  const hasUpper = /\p{Lu}/u.test(clean);
  const hasLower = /\p{Ll}/u.test(clean);
  if (hasUpper && hasLower) return clean;
  let first = true;
  return clean.replace(/\p{L}+/gu, (word) => {
    const upper = word.toUpperCase();
    const lower = word.toLowerCase();
    const wasFirst = first;
    first = false;
    if (ACRONYMS.has(upper) || (ROMAN.test(upper) && upper.length > 0)) return upper;
    if (!wasFirst && SMALL_WORDS.has(lower)) return lower;
    return upper.charAt(0) + lower.slice(1);
  });
}

const UNIT_SELECT = `SELECT u.id, u.name,
    COUNT(s.id) AS total, COALESCE(SUM(s.status = 'ACTIVE'), 0) AS active,
    (SELECT json_group_array(a.name) FROM (SELECT name FROM unit_alias WHERE unit_id = u.id ORDER BY name) a) AS aliases
  FROM unit u LEFT JOIN staff s ON s.unit_id = u.id`;

function toUnit(r: Record<string, unknown>): Unit {
  return {
    id: Number(r.id), name: String(r.name), totalStaff: Number(r.total), activeStaff: Number(r.active),
    aliases: JSON.parse(String(r.aliases ?? '[]')) as string[],
  };
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

/** A name given to a unit by hand is that unit's from now on: an old spelling of another unit it matched goes. */
function releaseAlias(tx: Tx, key: string): void {
  const alias = tx.get<{ unit_id: number; name: string }>('SELECT unit_id, name FROM unit_alias WHERE name_key = ?', [key]);
  if (!alias) return;
  tx.run('DELETE FROM unit_alias WHERE name_key = ?', [key]);
  tx.audit('Unit', Number(alias.unit_id), `alias removed: ${String(alias.name)}`);
}

function addAlias(tx: Tx, name: string, unitId: number, now: Date): void {
  const key = unitKey(name);
  if (!key || tx.get('SELECT 1 AS x FROM unit WHERE name_key = ?', [key])) return;
  tx.run(`INSERT INTO unit_alias (name_key, name, unit_id, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (name_key) DO UPDATE SET unit_id = excluded.unit_id, name = excluded.name`, [key, name, unitId, now.toISOString()]);
}

export function createUnit(tx: Tx, rawName: string, now = new Date()): Unit {
  const name = cleanName(rawName);
  assertFree(tx, name);
  releaseAlias(tx, unitKey(name));
  const { lastId } = tx.run('INSERT INTO unit (name, name_key, created_at) VALUES (?, ?, ?)', [name, unitKey(name), now.toISOString()]);
  tx.audit('Unit', lastId, name);
  return getUnit(tx, lastId);
}

/** Renames a unit; the old spelling stays an alias, so files that still use it map here. */
export function renameUnit(tx: Tx, id: number, rawName: string, now = new Date()): Unit {
  const before = getUnit(tx, id);
  const name = cleanName(rawName);
  assertFree(tx, name, id);
  const key = unitKey(name);
  releaseAlias(tx, key);
  tx.run('UPDATE unit SET name = ?, name_key = ? WHERE id = ?', [name, key, id]);
  if (unitKey(before.name) !== key) addAlias(tx, before.name, id, now);
  tx.audit('Unit', id, `rename: ${name}`);
  return getUnit(tx, id);
}

/**
 * Moves every staff member of `sourceId` into `targetId`, then removes the source unit; its name (and its own
 * old spellings) become aliases of the target.
 */
export function mergeUnits(tx: Tx, sourceId: number, targetId: number, now = new Date()): Unit {
  if (sourceId === targetId) throw new UserError('unit-merge-same');
  const source = getUnit(tx, sourceId);
  getUnit(tx, targetId);
  const moved = tx.all<{ id: number }>('SELECT id FROM staff WHERE unit_id = ?', [sourceId]).map((r) => Number(r.id));
  tx.run('UPDATE staff SET unit_id = ?, updated_at = ? WHERE unit_id = ?', [targetId, now.toISOString(), sourceId]);
  tx.auditMany('Staff', moved, `unit merged: ${source.name}`);
  followUnitMerge(tx, sourceId, targetId);
  tx.run('UPDATE unit_alias SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]);
  tx.run('DELETE FROM unit WHERE id = ?', [sourceId]);
  addAlias(tx, source.name, targetId, now);
  tx.audit('Unit', sourceId, `merged into ${targetId}`);
  return getUnit(tx, targetId);
}

/** Unit ids by key, aliases included (a unit's own name wins over an alias of the same key). */
export function unitKeyMap(q: Query): Map<string, number> {
  const map = new Map<string, number>();
  for (const r of q.all<{ id: number; name_key: string }>('SELECT unit_id AS id, name_key FROM unit_alias')) map.set(String(r.name_key), Number(r.id));
  for (const r of q.all<{ id: number; name_key: string }>('SELECT id, name_key FROM unit')) map.set(String(r.name_key), Number(r.id));
  return map;
}

/** What a unit text in a file means: an existing unit (by its name or an alias), or a unit to create. */
export interface ResolvedUnit {
  id: number | null;
  /** the existing unit's name, or the tidy name a new unit gets */
  name: string;
  key: string;
}

export function unitResolver(q: Query): (text: string) => ResolvedUnit {
  const ids = unitKeyMap(q);
  const names = new Map(q.all<{ id: number; name: string }>('SELECT id, name FROM unit').map((r) => [Number(r.id), String(r.name)]));
  const cache = new Map<string, ResolvedUnit>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) return hit;
    const key = unitKey(text);
    const id = ids.get(key);
    const out: ResolvedUnit = id === undefined ? { id: null, name: tidyUnitName(text), key } : { id, name: names.get(id) ?? text, key };
    cache.set(text, out);
    return out;
  };
}

/** For imports: the unit with this name or alias, created (with a tidy name) when missing. `cache` maps unit keys
 * to ids (from unitKeyMap). */
export function unitIdFor(tx: Tx, name: string, cache: Map<string, number>, now: Date): { id: number; created: boolean } {
  const key = unitKey(name);
  const known = cache.get(key);
  if (known !== undefined) return { id: known, created: false };
  const { lastId } = tx.run('INSERT INTO unit (name, name_key, created_at) VALUES (?, ?, ?)', [tidyUnitName(name), key, now.toISOString()]);
  tx.audit('Unit', lastId, 'impor');
  cache.set(key, lastId);
  return { id: lastId, created: true };
}
