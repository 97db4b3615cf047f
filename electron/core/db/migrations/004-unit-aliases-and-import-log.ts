// Schema 4: what a re-import needs so that it does not undo the user's work, and so that an import can be taken
// back exactly.
// - unit_alias: an old spelling of a unit (from a merge or a rename) and the unit it now means; later imports map
//   it. Goes with its unit (ON DELETE CASCADE).
// - staff.unit_manual / staff.position_manual: the unit or jabatan was set by hand and no import has confirmed it
//   since (position_type_manual already says the same of the position type). An import keeps such a value and
//   shows the file's as a conflict.
// - staff_import, staff_import_change, staff_import_unit: the import log. One row per committed import; per
//   person what it did (created / updated / marked as left) with the columns before and after; the units it
//   created. The log keeps ids as plain numbers on purpose (no foreign key to staff or unit): a table that
//   declares a foreign key to staff is a reference that keeps a person from being removed, and the log is not.
import type { Database as SqlDatabase } from 'sql.js';

export function updateToSchemaVersion4(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE unit_alias (
      name_key TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL
    );
    CREATE INDEX unit_alias_unit ON unit_alias(unit_id);

    ALTER TABLE staff ADD COLUMN unit_manual INTEGER NOT NULL DEFAULT 0 CHECK (unit_manual IN (0, 1));
    ALTER TABLE staff ADD COLUMN position_manual INTEGER NOT NULL DEFAULT 0 CHECK (position_manual IN (0, 1));

    CREATE TABLE staff_import (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      file_name TEXT NOT NULL,
      created INTEGER NOT NULL,
      updated INTEGER NOT NULL,
      marked_left INTEGER NOT NULL,
      units_created INTEGER NOT NULL,
      reverted_at TEXT
    );

    CREATE TABLE staff_import_change (
      import_id INTEGER NOT NULL REFERENCES staff_import(id) ON DELETE CASCADE,
      staff_id INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'left')),
      before TEXT,
      after TEXT,
      PRIMARY KEY (import_id, staff_id)
    );
    CREATE INDEX staff_import_change_staff ON staff_import_change(staff_id);

    CREATE TABLE staff_import_unit (
      import_id INTEGER NOT NULL REFERENCES staff_import(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL,
      PRIMARY KEY (import_id, unit_id)
    );
  `);
}
