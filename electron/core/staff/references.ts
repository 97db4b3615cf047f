// What refers to a row: found from the schema itself, so that a table added later (attendance, pledges,
// findings) is covered the day it declares its foreign key, without this file changing. A foreign key declared
// ON DELETE CASCADE is data that belongs to the row and goes with it (a unit's aliases); any other foreign key is
// a reference that keeps the row. The import log holds ids without a foreign key on purpose: it is no reference.
import type { Query } from '../db/database';
import { foreignKeysTo, quoteIdentifier } from '../db/foreignKeys';

export interface Reference {
  /** the referring table */
  table: string;
  /** how many of its rows refer to the row */
  count: number;
}

function referringKeys(q: Query, target: string) {
  // a foreign key declared ON DELETE CASCADE is owned data, not a reference that keeps the row
  return foreignKeysTo(q, target).filter((k) => !k.cascade);
}

const quote = quoteIdentifier;

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
