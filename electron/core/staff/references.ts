// What refers to a row: found from the schema itself, so that a table added later (attendance, pledges,
// findings) is covered the day it declares its foreign key, without this file changing. A foreign key declared
// ON DELETE CASCADE is data that belongs to the row and goes with it (a unit's aliases); any other foreign key is
// a reference that keeps the row. The import log holds ids without a foreign key on purpose: it is no reference.
import type { Query } from '../db/database';

export interface Reference {
  /** the referring table */
  table: string;
  /** how many of its rows refer to the row */
  count: number;
}

interface ForeignKey {
  table: string;
  column: string;
}

function referringKeys(q: Query, target: string): ForeignKey[] {
  const tables = q.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  const keys: ForeignKey[] = [];
  for (const { name } of tables) {
    const fks = q.all<{ table: string; from: string; to: string | null; on_delete: string }>('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)', [String(name)]);
    for (const fk of fks) {
      if (String(fk.table).toLowerCase() !== target.toLowerCase()) continue;
      if (String(fk.on_delete).toUpperCase() === 'CASCADE') continue;
      // only references to the primary key (`REFERENCES staff(id)` or `REFERENCES staff`)
      if (fk.to !== null && String(fk.to) !== 'id') continue;
      keys.push({ table: String(name), column: String(fk.from) });
    }
  }
  return keys;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** For each of `ids` that something refers to: the referring tables and counts. Ids nothing refers to are absent. */
export function referencesTo(q: Query, target: 'staff' | 'unit', ids: readonly number[]): Map<number, Reference[]> {
  const out = new Map<number, Reference[]>();
  if (ids.length === 0) return out;
  const list = JSON.stringify(ids);
  for (const key of referringKeys(q, target)) {
    const rows = q.all<{ id: number; n: number }>(
      `SELECT ${quote(key.column)} AS id, COUNT(*) AS n FROM ${quote(key.table)}
        WHERE ${quote(key.column)} IN (SELECT value FROM json_each(?)) GROUP BY ${quote(key.column)}`, [list]);
    for (const r of rows) {
      const id = Number(r.id);
      const refs = out.get(id) ?? [];
      refs.push({ table: key.table, count: Number(r.n) });
      out.set(id, refs);
    }
  }
  return out;
}
