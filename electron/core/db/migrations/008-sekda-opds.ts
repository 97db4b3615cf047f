// Schema 8: the list of OPDs the Sekda office keeps (Sekda mode, "Konsolidasi"): which OPDs are expected to send
// a weekly recap, so that the consolidation can list those that have not. Importable from Excel. `code` is the
// OPD's key (recap/opdCode.ts: its name without case, punctuation and spacing differences), the same key a
// recap's metadata carries; depends on no other area's table.
import type { Database as SqlDatabase } from 'sql.js';

export function updateToSchemaVersion8(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE sekda_opd (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
      created_at TEXT NOT NULL
    );
  `);
}
