// The foreign keys that point at a table, read from the schema itself: what refers to a person, a unit or an
// evidence row is known the day a new table declares its key, without a list kept by hand.
import type { Query } from './database';

export interface ForeignKey {
  /** the referring table and column */
  table: string;
  column: string;
  /** ON DELETE CASCADE: data that belongs to the target row and goes with it */
  cascade: boolean;
}

/** Every foreign key to `target`'s primary key (`REFERENCES target(id)` or `REFERENCES target`). */
export function foreignKeysTo(q: Query, target: string): ForeignKey[] {
  const tables = q.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  const keys: ForeignKey[] = [];
  for (const { name } of tables) {
    const fks = q.all<{ table: string; from: string; to: string | null; on_delete: string }>('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)', [String(name)]);
    for (const fk of fks) {
      if (String(fk.table).toLowerCase() !== target.toLowerCase()) continue;
      if (fk.to !== null && String(fk.to) !== 'id') continue;
      keys.push({ table: String(name), column: String(fk.from), cascade: String(fk.on_delete).toUpperCase() === 'CASCADE' });
    }
  }
  return keys;
}

export const quoteIdentifier = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
